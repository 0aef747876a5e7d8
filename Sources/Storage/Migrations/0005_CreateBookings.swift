import Fluent
import SQLKit

/// Seat counters per slot and bookings (I-BOOK). Capacity is enforced by one conditional
/// UPDATE of `slot_seats.booked`; "one active booking per person per service" by a partial
/// unique index. Start times are epoch seconds, exact on both databases.
struct CreateBookings: AsyncMigration {
    var name: String { "0005_CreateBookings" }

    func prepare(on db: any Database) async throws {
        try await db.schema("slot_seats")
            .id()
            .field("office_slug", .string, .required)
            .field("service_slug", .string, .required)
            .field("start_epoch", .int64, .required)
            .field("capacity", .int, .required)
            .field("booked", .int, .required)
            .unique(on: "office_slug", "service_slug", "start_epoch")
            .create()
        try await db.schema("bookings")
            .id()
            .field("code", .string, .required)
            .field("manage_token_hash", .string, .required)
            .field("office_slug", .string, .required)
            .field("service_slug", .string, .required)
            .field("start_epoch", .int64, .required)
            .field("end_epoch", .int64, .required)
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("person_key", .string, .required)
            .field("phone", .string)
            .field("email", .string)
            .field("language", .string, .required)
            .field("interpreter", .bool, .required)
            .field("status", .string, .required)
            .field("created_at", .datetime, .required)
            .field("cancelled_at", .datetime)
            .unique(on: "code")
            .create()
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.raw("""
            CREATE UNIQUE INDEX bookings_one_active_per_person ON bookings (person_key, service_slug)
            WHERE status = 'active'
            """).run()
        try await sql.raw("CREATE INDEX bookings_office_day ON bookings (office_slug, start_epoch)").run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("bookings").delete()
        try await db.schema("slot_seats").delete()
    }
}
