import Fluent
import Foundation
import SQLKit

/// Issue 17, item 3: a booking's one read for what stands in its way (FluentBookingStore
/// .bookingsInTheWay) asks by person and service, by code, and by phone or e-mail among active
/// bookings ahead. The first two had indexes (one partial, which neither database can use for a
/// bound status list); the contact cap (FairAccess) scanned the whole table on every booking.
struct BookingCheckIndexes: AsyncMigration {
    var name: String { "0025_BookingCheckIndexes" }

    func prepare(on db: any Database) async throws {
        let sql = try db.sql()
        try await sql.raw("CREATE INDEX bookings_person_service ON bookings (person_key, service_slug)").run()
        try await sql.raw("CREATE INDEX bookings_phone_ahead ON bookings (phone, start_epoch)").run()
        try await sql.raw("CREATE INDEX bookings_email_ahead ON bookings (email, start_epoch)").run()
    }

    func revert(on db: any Database) async throws {
        let sql = try db.sql()
        for index in ["bookings_person_service", "bookings_phone_ahead", "bookings_email_ahead"] {
            try await sql.raw("DROP INDEX \(unsafeRaw: index)").run()
        }
    }
}
