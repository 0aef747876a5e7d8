import Domain
import Fluent
import Foundation
import SQLKit

/// The outbox as the delivery worker sees it (issue 15, item 2). Workers in several instances
/// claim at once: on PostgreSQL each takes rows no other is taking (`FOR UPDATE SKIP LOCKED`);
/// SQLite has one writer, so its claims follow each other.
public struct FluentOutboxQueue: OutboxQueue {
    let db: any Database

    public init(db: any Database) { self.db = db }

    public func claim(now: Date, limit: Int, leaseUntil: Date) async throws -> [OutboxMessage] {
        try await db.writeTransaction { tx in
            let sql = try tx.sql()
            let lock = sql.dialect.name == "sqlite" ? "" : " FOR UPDATE SKIP LOCKED"
            struct Row: Decodable { let id: UUID }
            let ids = try await sql.raw("""
                SELECT id FROM outbox
                WHERE (status IN ('queued', 'temporary-failure') AND next_attempt_at <= \(bind: now))
                   OR (status = 'sending' AND lease_until <= \(bind: now))
                ORDER BY next_attempt_at LIMIT \(bind: max(1, limit))\(unsafeRaw: lock)
                """).all(decoding: Row.self).map(\.id)
            guard !ids.isEmpty else { return [] }
            try await sql.update(OutboxModel.schema)
                .set("status", to: OutboxMessage.Status.sending.rawValue)
                .set("lease_until", to: leaseUntil)
                .set(SQLIdentifier("attempts"), to: SQLRaw("attempts + 1"))
                .where("id", .in, ids)
                .run()
            return try await OutboxModel.query(on: tx).filter(\.$id ~~ ids).all()
                .sorted { ($0.nextAttemptAt ?? $0.sendAfter) < ($1.nextAttemptAt ?? $1.sendAfter) }
                .map { $0.toDomain() }
        }
    }

    public func record(_ id: UUID, attempt: Int, outcome: DeliveryOutcome, rule: DeliveryRule, now: Date) async throws -> OutboxMessage.Status? {
        try await db.writeTransaction { tx -> OutboxMessage.Status? in
            guard let m = try await OutboxModel.find(id, on: tx),
                  m.status == OutboxMessage.Status.sending.rawValue, m.attempts == attempt else { return nil }
            let next = rule.next(after: outcome, attempt: attempt, now: now)
            m.status = next.status.rawValue
            m.leaseUntil = nil
            m.lastError = next.lastError
            if let at = next.nextAttemptAt { m.nextAttemptAt = at }
            if let provider = next.providerMessageID { m.providerMessageID = provider }
            m.sentAt = next.sentAt
            try await m.update(on: tx)
            return next.status
        }
    }

    public func queue(_ message: OutboxMessage, audit: AuditEntry, caseEvent: CaseEvent?) async throws {
        try await db.writeTransaction { tx in
            try await Outbox.enqueue([message], on: tx, now: audit.at)
            try await AuditTrail.record(on: tx, at: audit.at, actor: audit.actor, entity: audit.entity, id: audit.entityID,
                                        action: audit.action, before: audit.before, after: audit.after)
            if let caseEvent, let caseID = message.caseID { try await CaseEventModel(caseEvent, caseID: caseID).create(on: tx) }
        }
    }
}
