import Foundation

/// One line of the audit trail: who changed what, before and after (S-PRIVACY, the auditor's
/// view). Entries are written by the stores in the transaction of the change itself.
public struct AuditEntry: Sendable, Hashable {
    public let at: Date
    public let actor: String
    public let entity: String
    public let entityID: String
    public let action: String
    public let before: String?
    public let after: String?

    public init(at: Date, actor: String, entity: String, entityID: String, action: String, before: String?,
                after: String?) {
        self.at = at
        self.actor = actor
        self.entity = entity
        self.entityID = entityID
        self.action = action
        self.before = before
        self.after = after
    }
}

/// The audit trail as an auditor reads it: newest first, optionally of one entity.
public protocol AuditLog: Sendable {
    func entries(entity: String?, entityID: String?, limit: Int) async throws -> [AuditEntry]
}

