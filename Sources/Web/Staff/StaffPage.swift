import Domain

/// Every staff page's path, written once (issue 12, item 6): `StaffRoutes` registers each route
/// from its case (a parameter given as `":name"` becomes a route parameter), and pages, redirects
/// and forms build their links from the same case with real values. Latvian under `/staff`,
/// English under `/en/staff`.
enum StaffPage: Sendable, Equatable {
    case home
    case login, loginCode, logout
    case profile, profilePassword, profileSignature, profileCode, profileLogoutEverywhere
    case clients, clientsSearch, client(String)
    case accessLog, auditTrail
    case users, user(String), userDisable(String)
    case tokens, tokenRevoke(String), integrations, kiosks
    case calendar, calendarExceptions, calendarHolidays, calendarRelease, calendarVisitSettings
    case calendarTransfers, calendarFestivalDays, calendarRemove
    case referenceData, officeAdd, officeDetails(String), serviceDetails(String), serviceFees(String), agencyContacts
    case appointments(office: String), appointmentNoShow(office: String, code: String),
         appointmentCancel(office: String, code: String), appointment(office: String, code: String)
    case book
    case outbox, outboxMessage(String), outboxResend(String), outboxCorrection(String)
    case alerts, alertAcknowledge(String)
    case counter(office: String), counterCallNext(office: String), counterEmergency(office: String),
         counterClose(office: String), counterAction(office: String, entry: String, action: String)
    case statistics(office: String), statisticsCSV(office: String)
    case cases, caseNew, caseShow(String), caseAction(String, String), caseHandedOver(String), caseCopy(String),
         caseLetter(String, String), caseAttachment(String, String)
    case caseCatalogue, caseCatalogueInstitutions, caseCatalogueActs

    /// The segments after `/staff`.
    var segments: [String] {
        switch self {
        case .home: return []
        case .login: return ["login"]
        case .loginCode: return ["login", "totp"]
        case .logout: return ["logout"]
        case .profile: return ["profile"]
        case .profilePassword: return ["profile", "password"]
        case .profileSignature: return ["profile", "signature"]
        case .profileCode: return ["profile", "totp"]
        case .profileLogoutEverywhere: return ["profile", "logout-everywhere"]
        case .clients: return ["clients"]
        case .clientsSearch: return ["clients", "search"]
        case .client(let id): return ["clients", id]
        case .accessLog: return ["access-log"]
        case .auditTrail: return ["audit-trail"]
        case .users: return ["users"]
        case .user(let id): return ["users", id]
        case .userDisable(let id): return ["users", id, "disable"]
        case .tokens: return ["tokens"]
        case .tokenRevoke(let id): return ["tokens", id, "revoke"]
        case .integrations: return ["integrations"]
        case .kiosks: return ["kiosks"]
        case .calendar: return ["calendar"]
        case .calendarExceptions: return ["calendar", "exceptions"]
        case .calendarHolidays: return ["calendar", "holidays"]
        case .calendarTransfers: return ["calendar", "transfers"]
        case .calendarFestivalDays: return ["calendar", "festival-days"]
        case .calendarRemove: return ["calendar", "remove"]
        case .calendarRelease: return ["calendar", "release"]
        case .referenceData: return ["reference"]
        case .officeAdd: return ["reference", "offices"]
        case .officeDetails(let office): return ["reference", "offices", office]
        case .serviceDetails(let service): return ["reference", "services", service]
        case .serviceFees(let service): return ["reference", "services", service, "fees"]
        case .agencyContacts: return ["reference", "contacts"]
        case .calendarVisitSettings: return ["calendar", "visit-settings"]
        case .appointments(let office): return ["offices", office, "appointments"]
        case .appointmentNoShow(let office, let code): return ["offices", office, "appointments", code, "no-show"]
        case .appointmentCancel(let office, let code): return ["offices", office, "appointments", code, "cancel"]
        case .appointment(let office, let code): return ["offices", office, "appointments", code]
        case .book: return ["book"]
        case .outbox: return ["outbox"]
        case .outboxMessage(let id): return ["outbox", id]
        case .outboxResend(let id): return ["outbox", id, "resend"]
        case .outboxCorrection(let id): return ["outbox", id, "correction"]
        case .alerts: return ["alerts"]
        case .alertAcknowledge(let id): return ["alerts", id, "acknowledge"]
        case .counter(let office): return ["offices", office, "counter"]
        case .counterCallNext(let office): return ["offices", office, "counter", "call-next"]
        case .counterEmergency(let office): return ["offices", office, "counter", "emergency"]
        case .counterClose(let office): return ["offices", office, "counter", "close"]
        case .counterAction(let office, let entry, let action): return ["offices", office, "counter", entry, action]
        case .statistics(let office): return ["offices", office, "statistics"]
        case .statisticsCSV(let office): return ["offices", office, "statistics.csv"]
        case .cases: return ["cases"]
        case .caseNew: return ["cases", "new"]
        case .caseShow(let id): return ["cases", id]
        case .caseAction(let id, let action): return ["cases", id, action]
        case .caseHandedOver(let id): return ["cases", id, "copy-handed-over"]
        case .caseCopy(let id): return ["cases", id, "copy"]
        case .caseLetter(let id, let letter): return ["cases", id, "letters", letter]
        case .caseAttachment(let id, let attachment): return ["cases", id, "attachments", attachment]
        case .caseCatalogue: return ["reference", "case-catalogue"]
        case .caseCatalogueInstitutions: return ["reference", "case-catalogue", "institutions"]
        case .caseCatalogueActs: return ["reference", "case-catalogue", "acts"]
        }
    }

    /// The path without the language prefix, e.g. `/staff/profile` (the navigation compares it).
    var unprefixed: String { "/staff" + segments.map { "/" + $0 }.joined() }

    /// The path a link or redirect uses in language `l`.
    func path(_ l: Language) -> String { StaffLayout.prefix(l) + unprefixed }
}
