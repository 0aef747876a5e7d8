import Fluent
import SQLKit

/// The waitlist (issue 4 item 5): entries in line per office and service, and offers that hold a
/// freed seat for one entry. A held seat stays counted in `slot_seats.booked` until the offer is
/// accepted (the booking takes it over), passed on, or released to the public.
struct CreateWaitlist: AsyncMigration {
    var name: String { "0007_CreateWaitlist" }

    func prepare(on db: any Database) async throws {
        try await db.schema("waitlist_entries")
            .id()
            .field("seq", .int64, .required)
            .field("office_slug", .string, .required)
            .field("service_slug", .string, .required)
            .field("from_date", .string, .required)
            .field("through_date", .string, .required)
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("person_key", .string, .required)
            .field("phone", .string)
            .field("email", .string)
            .field("language", .string, .required)
            .field("interpreter", .bool, .required)
            .field("token_hash", .string, .required)
            .field("status", .string, .required)
            .field("created_at", .datetime, .required)
            .field("ended_at", .datetime)
            .create()
        try await db.schema("waitlist_offers")
            .id()
            .field("entry_id", .uuid, .required, .references("waitlist_entries", "id"))
            .field("office_slug", .string, .required)
            .field("service_slug", .string, .required)
            .field("start_epoch", .int64, .required)
            .field("end_epoch", .int64, .required)
            .field("token_hash", .string, .required)
            .field("status", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_epoch", .int64, .required)
            .field("booking_id", .uuid)
            .unique(on: "token_hash")
            .create()
        guard let sql = db as? any SQLDatabase else { return }
        // One place in line per person and service; one open offer per entry.
        try await sql.raw("""
            CREATE UNIQUE INDEX waitlist_one_per_person ON waitlist_entries (person_key, service_slug)
            WHERE status IN ('waiting', 'offered')
            """).run()
        try await sql.raw("CREATE UNIQUE INDEX waitlist_one_open_offer ON waitlist_offers (entry_id) WHERE status = 'open'").run()
        try await sql.raw("CREATE INDEX waitlist_line ON waitlist_entries (office_slug, service_slug, status, seq)").run()
        try await sql.raw("CREATE INDEX waitlist_offers_due ON waitlist_offers (status, expires_epoch)").run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("waitlist_offers").delete()
        try await db.schema("waitlist_entries").delete()
    }
}
