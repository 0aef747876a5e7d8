/// Whose messages a member of staff may see in the mailbox (issue 11, item 4; S-PRIVACY).
/// Messages carry names, contacts and times of clients, so the mailbox follows the client
/// register: a reader sees the messages of their own offices, and the whole agency only through
/// an agency-wide role that both reads the mailbox and reads clients (the auditor).
public enum MailboxScope {
    /// `nil`: every office; otherwise the offices whose messages may be listed and opened.
    /// No `outbox:read` at all is the policy's to refuse before this is asked.
    public static func offices(for principal: StaffPrincipal) -> Set<String>? {
        let agencyWide = principal.roles.contains { role in
            let granted = Permission.granted(to: role)
            return role.isAgencyWide && granted.contains(.outboxRead) && granted.contains(.clientsRead)
        }
        let scoped = principal.scopes.map { $0.contains(.outboxRead) && $0.contains(.clientsRead) } ?? true
        return agencyWide && scoped ? nil : principal.offices
    }
}
