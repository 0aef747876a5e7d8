import Domain
import Fluent
import Foundation
import SQLKit

final class AuditEntryModel: Model, @unchecked Sendable {
    static let schema = "audit_trail"

    @ID(key: .id) var id: UUID?
    @Field(key: "at") var at: Date
    @Field(key: "actor") var actor: String
    @Field(key: "entity") var entity: String
    @Field(key: "entity_id") var entityID: String
    @Field(key: "action") var action: String
    @OptionalField(key: "before") var before: String?
    @OptionalField(key: "after") var after: String?

    init() {}
}

/// Who changed what, before → after, written in the same transaction as the change.
public enum AuditTrail {
    public typealias Entry = AuditEntry

    static func record(on db: any Database, at: Date, actor: String, entity: String, id: String, action: String,
                       before: String?, after: String?) async throws {
        try await db.sql().raw(insertStatement(at: at, actor: actor, entity: entity, id: id, action: action, before: before,
                                               after: after).statement).run()
    }

    /// One plain INSERT (issue 17, item 3): every write in the system records here, and Fluent's
    /// model insert spent more CPU finding the model's fields by reflection than the row costs.
    static func insertStatement(at: Date, actor: String, entity: String, id: String, action: String, before: String?,
                                after: String?) -> RowInsert {
        RowInsert(into: "audit_trail", columns: "id, at, actor, entity, entity_id, action, before, after", rows: ["""
            \(bind: UUID.random()), \(bind: at), \(bind: actor), \(bind: entity), \(bind: id), \(bind: action), \(bind: before),
            \(bind: after)
            """])
    }

    public static func entries(on db: any Database, entity: String? = nil, entityID: String? = nil,
                               limit: Int = 200) async throws -> [Entry] {
        var q = AuditEntryModel.query(on: db)
        if let entity { q = q.filter(\.$entity == entity) }
        if let entityID { q = q.filter(\.$entityID == entityID) }
        return try await q.sort(\.$at, .descending).limit(limit).all().map {
            Entry(at: $0.at, actor: $0.actor, entity: $0.entity, entityID: $0.entityID, action: $0.action,
                  before: $0.before, after: $0.after)
        }
    }

    static func describe(_ u: StaffUser) -> String {
        "email=\(u.email) name=\(u.name) \(u.surname) roles=\(u.roles.map(\.rawValue).sorted().joined(separator: "+")) "
            + "offices=\(u.offices.sorted().joined(separator: "+")) active=\(u.active)"
    }

    /// A client's fields for the trail; the personal code masked, as in lists.
    static func describe(_ c: Client) -> String {
        let identity: String
        switch c.identity {
        case .personalCode(let code): identity = "code=\(code.masked)"
        case .foreigner(let born, _): identity = "born=\(born) document=***"
        }
        return "name=\(c.name) \(c.surname) \(identity) phone=\(c.phone ?? "-") email=\(c.email ?? "-") lang=\(c.language.rawValue)"
    }
}
