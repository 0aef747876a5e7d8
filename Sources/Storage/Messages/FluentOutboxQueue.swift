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

    /// The attempts' outcomes in one conditional UPDATE (issue 17: the worker used to write one for
    /// each message, as many statements as bookings in a rush): a table of what each attempt
    /// ended in, joined to the rows still held by that attempt.
    public func record(_ attempts: [DeliveryAttempt], rule: DeliveryRule) async throws -> [UUID: OutboxMessage.Status] {
        guard !attempts.isEmpty else { return [:] }
        // PostgreSQL types a VALUES list from its rows, and a column of nulls would be text.
        let pg = !isSQLite
        func typed(_ type: String) -> String { pg ? "::" + type : "" }
        var next: [UUID: OutboxMessage.Status] = [:]
        var values: SQLQueryString = ""
        for a in attempts {
            let n = rule.next(after: a.outcome, attempt: a.attempt, now: a.endedAt)
            if !next.isEmpty { values += ", " }
            next[a.id] = n.status
            values += """
                (\(bind: a.id)\(unsafeRaw: typed("uuid")), \(bind: a.attempt)\(unsafeRaw: typed("bigint")), \
                \(bind: n.status.rawValue)\(unsafeRaw: typed("text")), \(bind: n.lastError)\(unsafeRaw: typed("text")), \
                \(bind: n.sentAt)\(unsafeRaw: typed("timestamptz")), \(bind: n.nextAttemptAt)\(unsafeRaw: typed("timestamptz")), \
                \(bind: n.providerMessageID)\(unsafeRaw: typed("text")))
                """
        }
        let statement: SQLQueryString = """
            WITH ended (vid, vattempt, vstatus, verror, vsent, vnext, vprovider) AS (VALUES \(values))
            UPDATE outbox SET status = ended.vstatus, lease_until = NULL, last_error = ended.verror, sent_at = ended.vsent,
                              next_attempt_at = COALESCE(ended.vnext, outbox.next_attempt_at),
                              provider_message_id = COALESCE(ended.vprovider, outbox.provider_message_id)
            FROM ended
            WHERE outbox.id = ended.vid AND outbox.status = \(bind: OutboxMessage.Status.sending.rawValue)
              AND outbox.attempts = ended.vattempt
            RETURNING id
            """
        struct Updated: Decodable { let id: UUID }
        let updated = try await write { try await $0.raw(statement).all(decoding: Updated.self) }
        let still = Set(updated.map(\.id))
        return next.filter { still.contains($0.key) }
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
