import Fluent
import SQLKit

/// Issue 13, defect 1: a booking gets its whole life (BookingLifecycle). Bookings already checked
/// in become `checked-in`, those whose visit ended `attended` or `no-show`, from the queue entry
/// that served them; the one-per-person index now covers every status that still holds a place
/// (`active`, `checked-in`) — the time part of the rule is kept by closing a past day's open
/// booking in the transaction that needs the place.
struct BookingLifecycleMigration: AsyncMigration {
    var name: String { "0014_BookingLifecycle" }

    func prepare(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        // Finished visits first, so a booking is only ever moved forward.
        for (visit, booking) in [("done", "attended"), ("no-show", "no-show")] {
            try await sql.raw("""
                UPDATE bookings SET status = \(bind: booking)
                WHERE status = 'active' AND id IN (SELECT booking_id FROM queue_entries WHERE status = \(bind: visit) AND booking_id IS NOT NULL)
                """).run()
        }
        try await sql.raw("""
            UPDATE bookings SET status = 'checked-in'
            WHERE status = 'active' AND id IN (SELECT booking_id FROM queue_entries WHERE booking_id IS NOT NULL)
            """).run()
        try await sql.raw("DROP INDEX bookings_one_active_per_person").run()
        try await sql.raw("""
            CREATE UNIQUE INDEX bookings_one_open_per_person ON bookings (person_key, service_slug)
            WHERE status IN ('active', 'checked-in')
            """).run()
    }

    func revert(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.raw("DROP INDEX bookings_one_open_per_person").run()
        try await sql.raw("UPDATE bookings SET status = 'active' WHERE status = 'checked-in'").run()
        try await sql.raw("""
            CREATE UNIQUE INDEX bookings_one_active_per_person ON bookings (person_key, service_slug)
            WHERE status = 'active'
            """).run()
    }
}
