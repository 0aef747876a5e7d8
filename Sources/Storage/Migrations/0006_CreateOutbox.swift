import Fluent
import SQLKit

/// Messages waiting to be sent; written in the same transaction as the change they announce.
struct CreateOutbox: AsyncMigration {
    var name: String { "0006_CreateOutbox" }

    func prepare(on db: any Database) async throws {
        try await db.schema("outbox")
            .id()
            .field("kind", .string, .required)
            .field("channel", .string, .required)
            .field("recipient", .string, .required)
            .field("language", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("send_after", .datetime, .required)
            .field("booking_id", .uuid)
            .field("status", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        if let sql = db as? any SQLDatabase {
            try await sql.raw("CREATE INDEX outbox_pending ON outbox (status, send_after)").run()
        }
    }

    func revert(on db: any Database) async throws {
        try await db.schema("outbox").delete()
    }
}
