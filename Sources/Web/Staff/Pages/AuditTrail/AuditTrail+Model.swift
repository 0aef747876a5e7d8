import Domain

/// The audit trail for auditors: who changed what, before → after.
enum AuditTrailPage {
    struct Model: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let entries: [AuditEntry]
    }
}
