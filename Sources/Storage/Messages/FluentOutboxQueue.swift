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

    var isSQLite: Bool { (db as? any SQLDatabase)?.dialect.name == "sqlite" }

    /// One statement claims a batch (issue 17: the worker delivers two messages for every booking,
    /// so its statements count as much as the booking's): the due rows are marked as sending and
    /// returned as they are now.
    public func claim(now: Date, limit: Int, leaseUntil: Date) async throws -> [OutboxMessage] {
        let lock = isSQLite ? "" : " FOR UPDATE SKIP LOCKED"
        let statement: SQLQueryString = """
            UPDATE outbox SET status = \(bind: OutboxMessage.Status.sending.rawValue), lease_until = \(bind: leaseUntil),
                              attempts = attempts + 1
            WHERE id IN (SELECT id FROM outbox
                         WHERE (status IN ('queued', 'temporary-failure') AND next_attempt_at <= \(bind: now))
                            OR (status = 'sending' AND lease_until <= \(bind: now))
                         ORDER BY next_attempt_at LIMIT \(bind: max(1, limit))\(unsafeRaw: lock))
            RETURNING \(unsafeRaw: OutboxRow.columns)
            """
        let rows = try await write { try await $0.raw(statement).all(decoding: OutboxRow.self) }
        return rows.sorted { ($0.next_attempt_at ?? $0.send_after) < ($1.next_attempt_at ?? $1.send_after) }.map(\.message)
    }

    /// The attempt's outcome, if the message is still this attempt's: one conditional UPDATE.
    public func record(_ id: UUID, attempt: Int, outcome: DeliveryOutcome, rule: DeliveryRule, now: Date) async throws -> OutboxMessage.Status? {
        let next = rule.next(after: outcome, attempt: attempt, now: now)
        var set: SQLQueryString = """
            status = \(bind: next.status.rawValue), lease_until = NULL, last_error = \(bind: next.lastError), \
            sent_at = \(bind: next.sentAt)
            """
        if let at = next.nextAttemptAt { set += ", next_attempt_at = \(bind: at)" }
        if let provider = next.providerMessageID { set += ", provider_message_id = \(bind: provider)" }
        let statement: SQLQueryString = """
            UPDATE outbox SET \(set)
            WHERE id = \(bind: id) AND status = \(bind: OutboxMessage.Status.sending.rawValue) AND attempts = \(bind: attempt)
            RETURNING id
            """
        let updated = try await write { try await $0.raw(statement).all() }
        return updated.isEmpty ? nil : next.status
    }

    /// A single statement needs no transaction on PostgreSQL; SQLite's write path waits out a busy
    /// writer (Database.writeTransaction).
    private func write<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        if isSQLite { return try await db.writeTransaction { try await body(try $0.sql()) } }
        return try await body(try db.sql())
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
