import Fluent
import SQLKit

/// Issue 11: the mailbox is scoped to the viewer's offices and names the client in the access
/// log when a message is opened, so each message carries its office and client (rows from
/// before take them from their booking); and sign-in throttling remembers the addresses an
/// account has signed in from, so that strangers' failures never delay the owner there.
struct ScopeOutboxAndKnownSignIns: AsyncMigration {
    var name: String { "0012_ScopeOutboxAndKnownSignIns" }

    func prepare(on db: any Database) async throws {
        // One column a statement: SQLite adds only one per ALTER TABLE.
        try await db.schema("outbox").field("office_slug", .string).update()
        try await db.schema("outbox").field("client_id", .uuid).update()
        if let sql = db as? any SQLDatabase {
            try await sql.raw("""
                UPDATE outbox SET
                  office_slug = (SELECT b.office_slug FROM bookings b WHERE b.id = outbox.booking_id),
                  client_id = (SELECT b.client_id FROM bookings b WHERE b.id = outbox.booking_id)
                WHERE booking_id IS NOT NULL
                """).run()
            try await sql.raw("CREATE INDEX outbox_office ON outbox (office_slug, created_at)").run()
        }
        try await db.schema("login_known_addresses")
            .id()
            .field("key", .string, .required)
            .field("last_success_at", .datetime, .required)
            .unique(on: "key")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("login_known_addresses").delete()
        try await db.schema("outbox").deleteField("client_id").update()
        try await db.schema("outbox").deleteField("office_slug").update()
    }
}
