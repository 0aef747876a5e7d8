import Fluent
import SQLKit

/// The office visit (issue 5): queue entries (appointments checked in, walk-in tickets), number
/// sequences per office, service and day (with the walk-in count, so the quota is one
/// conditional update), and each office's run of appointment calls for the fairness rule.
struct CreateQueue: AsyncMigration {
    var name: String { "0009_CreateQueue" }

    func prepare(on db: any Database) async throws {
        try await db.schema("queue_entries")
            .id()
            .field("office_slug", .string, .required)
            .field("service_slug", .string, .required)
            .field("day", .string, .required)
            .field("number", .string, .required)
            .field("kind", .string, .required)
            .field("status", .string, .required)
            .field("appointment_start_epoch", .int64)
            .field("booking_id", .uuid)
            .field("client_id", .uuid)
            .field("checked_in_epoch", .int64, .required)
            .field("called_epoch", .int64)
            .field("started_epoch", .int64)
            .field("finished_epoch", .int64)
            .field("counter", .string)
            .field("recalls", .int, .required)
            .field("id_checked", .bool, .required)
            .field("staff_user_id", .uuid)
            .unique(on: "office_slug", "day", "number")
            .unique(on: "booking_id")
            .create()
        try await db.schema("queue_sequences")
            .id()
            .field("office_slug", .string, .required)
            .field("service_slug", .string, .required)
            .field("day", .string, .required)
            .field("last", .int, .required)
            .field("walk_ins", .int, .required)
            .unique(on: "office_slug", "service_slug", "day")
            .create()
        try await db.schema("queue_office_days")
            .id()
            .field("office_slug", .string, .required)
            .field("day", .string, .required)
            .field("appointment_streak", .int, .required)
            .unique(on: "office_slug", "day")
            .create()
        if let sql = db as? any SQLDatabase {
            try await sql.raw("CREATE INDEX queue_waiting ON queue_entries (office_slug, day, status)").run()
        }
    }

    func revert(on db: any Database) async throws {
        try await db.schema("queue_office_days").delete()
        try await db.schema("queue_sequences").delete()
        try await db.schema("queue_entries").delete()
    }
}
