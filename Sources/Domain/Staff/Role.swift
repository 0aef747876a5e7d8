/// What a member of staff does. A user may hold several roles.
public enum Role: String, CaseIterable, Sendable, Codable, Comparable {
    case clerk
    case `operator`
    case caseOfficer = "case-officer"
    case supervisor
    case administrator
    case auditor

    /// Roles whose reach is the whole agency; every other role sees its own offices only.
    public var isAgencyWide: Bool { self == .administrator || self == .auditor }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One thing a principal may do. Token scopes are permissions by the same names.
public enum Permission: String, CaseIterable, Sendable, Codable, Comparable {
    /// Read a client's personal data (logged in the access log, S-PRIVACY).
    case clientsRead = "clients:read"
    /// Create or change a client record.
    case clientsWrite = "clients:write"
    /// Look up a person by personal code outside a case: needs a stated purpose.
    case clientsSearch = "clients:search"
    case usersManage = "users:manage"
    case tokensManage = "tokens:manage"
    case kiosksManage = "kiosks:manage"
    case referenceEdit = "reference:edit"
    case accessLogRead = "access-log:read"
    case auditTrailRead = "audit-trail:read"
    /// The local mailbox: messages that would have been sent (they hold personal data).
    case outboxRead = "outbox:read"
    /// Book, cancel or mark a no-show for a caller or a visitor (I-BOOK), by the clients' rules.
    case bookingsManage = "bookings:manage"
    /// Work a counter: call clients, serve them, issue tickets at the desk (issue 5).
    case queueServe = "queue:serve"
    /// The office visit's statistics (aggregates, no personal data).
    case visitStatsRead = "visit-stats:read"
    /// See and acknowledge the emergency alerts raised at counters of one's offices (issue 5).
    case alertsReceive = "alerts:receive"
    /// Register a written submission from any channel (K-INTAKE) and file a complaint (issue 14).
    case submissionsRegister = "submissions:register"
    /// See the cases of one's offices (a list without personal data; opening one is logged).
    case casesRead = "cases:read"
    /// Work a case: suspend, resume, refer, decide, note (issue 14).
    case casesWork = "cases:work"
    /// Send a correction of a sent message, with an apology (S-MAIL-FIX, issue 15).
    case messagesCorrect = "messages:correct"

    public static func < (lhs: Permission, rhs: Permission) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The permissions each role grants.
    public static func granted(to role: Role) -> Set<Permission> {
        switch role {
        case .clerk:
            // A clerk writes down and registers submissions at the desk and hands over the copy (S-ORAL).
            return [.clientsRead, .clientsWrite, .clientsSearch, .bookingsManage, .queueServe, .submissionsRegister, .casesRead]
        case .operator:
            return [.clientsRead, .clientsWrite, .clientsSearch, .bookingsManage]
        case .caseOfficer:
            return [.clientsRead, .clientsWrite, .clientsSearch, .submissionsRegister, .casesRead, .casesWork, .messagesCorrect]
        case .supervisor:
            return [.clientsRead, .clientsWrite, .clientsSearch, .outboxRead, .bookingsManage, .queueServe, .visitStatsRead,
                    .alertsReceive, .submissionsRegister, .casesRead, .casesWork, .messagesCorrect]
        case .administrator:
            // No mailbox: messages hold clients' data, which administrators do not read (issue 11).
            return [.usersManage, .tokensManage, .kiosksManage, .referenceEdit, .visitStatsRead]
        case .auditor:
            // The mailbox too, agency-wide: what was sent to a client is evidence after a complaint.
            return [.clientsRead, .accessLogRead, .auditTrailRead, .visitStatsRead, .outboxRead, .casesRead]
        }
    }
}
