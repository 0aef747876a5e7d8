import Fluent
import FluentSQL
import SQLKit

/// Issue 15: the outbox is delivered. Each row keeps its delivery — attempts, when it is next due,
/// the lease of the worker holding it, the last error, the provider's id, when it was sent — and
/// its HTML body beside the text — and the case whose letter it is, or the message it corrects.
/// `pending` becomes `queued`, due at its `send_after`.
struct OutboxDelivery: AsyncMigration {
    var name: String { "0021_OutboxDelivery" }

    func prepare(on db: any Database) async throws {
        // One column a statement: SQLite adds only one per ALTER TABLE.
        try await db.schema("outbox").field("html_body", .string).update()
        try await db.schema("outbox").field("attempts", .int, .required, .sql(.default(0))).update()
        try await db.schema("outbox").field("next_attempt_at", .datetime).update()
        try await db.schema("outbox").field("lease_until", .datetime).update()
        try await db.schema("outbox").field("last_error", .string).update()
        try await db.schema("outbox").field("provider_message_id", .string).update()
        try await db.schema("outbox").field("sent_at", .datetime).update()
        try await db.schema("outbox").field("case_id", .uuid).update()
        try await db.schema("outbox").field("corrects_id", .uuid).update()
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.raw("UPDATE outbox SET status = 'queued', next_attempt_at = send_after WHERE status = 'pending'").run()
        // The worker's question: what is due now, in order.
        try await sql.raw("CREATE INDEX outbox_due ON outbox (status, next_attempt_at)").run()
        try await sql.raw("CREATE INDEX outbox_case ON outbox (case_id)").run()
    }

    func revert(on db: any Database) async throws {
        if let sql = db as? any SQLDatabase {
            try await sql.raw("DROP INDEX outbox_case").run()
            try await sql.raw("DROP INDEX outbox_due").run()
            try await sql.raw("UPDATE outbox SET status = 'pending' WHERE status IN ('queued', 'sending', 'temporary-failure')").run()
        }
        for field in ["corrects_id", "case_id", "sent_at", "provider_message_id", "last_error", "lease_until", "next_attempt_at", "attempts", "html_body"] {
            try await db.schema("outbox").deleteField(.key(FieldKey(stringLiteral: field))).update()
        }
    }
}
