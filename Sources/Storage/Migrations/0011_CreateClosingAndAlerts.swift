import Fluent
import FluentSQL
import SQLKit

/// Closing time and the emergency alert (issue 5): what each office does with people still
/// waiting at closing (its visit settings), the priority booking passes handed to them, and
/// the emergency alerts a supervisor sees on screen until acknowledged.
struct CreateClosingAndAlerts: AsyncMigration {
    var name: String { "0011_CreateClosingAndAlerts" }

    func prepare(on db: any Database) async throws {
        // One column a statement: SQLite adds only one per ALTER TABLE.
        try await db.schema("visit_settings").field("closing_policy", .string, .required, .sql(.default("serve"))).update()
        try await db.schema("visit_settings").field("pass_valid_days", .int, .required, .sql(.default(14))).update()
        try await db.schema("visit_settings").field("extra_days_ahead", .int, .required, .sql(.default(14))).update()
        try await db.schema("priority_passes")
            .id()
            .field("token_hash", .string, .required)
            .field("office_slug", .string, .required)
            .field("service_slug", .string, .required)
            .field("queue_entry_id", .uuid, .required)
            .field("number", .string, .required)
            .field("issued_epoch", .int64, .required)
            .field("expires_epoch", .int64, .required)
            .field("booking_id", .uuid)
            .unique(on: "token_hash")
            .unique(on: "queue_entry_id")
            .create()
        try await db.schema("emergency_alerts")
            .id()
            .field("office_slug", .string, .required)
            .field("counter", .string, .required)
            .field("raised_by", .uuid, .required)
            .field("raised_by_name", .string, .required)
            .field("raised_epoch", .int64, .required)
            .field("acknowledged_by", .uuid)
            .field("acknowledged_epoch", .int64)
            .create()
        if let sql = db as? any SQLDatabase {
            try await sql.raw("CREATE INDEX emergency_open ON emergency_alerts (office_slug, acknowledged_epoch)").run()
        }
    }

    func revert(on db: any Database) async throws {
        try await db.schema("emergency_alerts").delete()
        try await db.schema("priority_passes").delete()
        for field in ["closing_policy", "pass_valid_days", "extra_days_ahead"] {
            try await db.schema("visit_settings").deleteField(.string(field)).update()
        }
    }
}
