import Domain
import Fluent
import SQLKit
import Foundation
import Testing
import TestSupport
@testable import Storage

/// Issue 13, defect 1: a booking ends. Each of these failed before the booking had a life
/// (check-in and the end of a visit left it `active`, and the one-per-person rule held forever).
@Suite("A booking's life on SQLite and PostgreSQL: checked in, attended, no-show, and booking again")
struct BookingLifecycleStoreTests {
    let morning = RigaTime.instant(LocalDate(2026, 12, 22), TimeOfDay(9, 0))

    func request(_ start: Date, code: String = "32000000009") throws -> BookingRequest {
        BookingRequest(officeSlug: "ogre", serviceSlug: "passport", start: start, name: "Anna", surname: "Bērziņa",
                       identity: .personalCode(try PersonalCode(validating: code)), phone: "21000009", email: nil,
                       language: .lv, interpreter: false)
    }

    func slot(_ start: Date) -> Slot { Slot(start: start, end: start.addingTimeInterval(900), capacity: 2) }

    func status(_ db: any Database, _ id: UUID) async throws -> String? { try await BookingModel.find(id, on: db)?.status }

    @Test(arguments: TestDatabase.all)
    func aFinishedVisitEndsTheBookingAndTheClientMayBookTheServiceAgain(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let bookings = FluentBookingStore(db: instance.db), queue = FluentQueueStore(db: instance.db)
            let start = morning.addingTimeInterval(3600)
            let b = try await bookings.book(try request(start), slot: slot(start), manageToken: "apk_book_a",
                                            now: morning.addingTimeInterval(-86400))
            let (entry, _) = try await queue.checkIn(bookingID: b.id, prefix: "A", now: start.addingTimeInterval(-600))
            #expect(try await status(instance.db, b.id) == "checked-in")
            // Checked in: not movable by its manage link any more, and still one booking per person today.
            await #expect(throws: BookingFailure.self) {
                _ = try await bookings.book(try request(start.addingTimeInterval(7200)), slot: slot(start.addingTimeInterval(7200)),
                                            manageToken: "apk_book_b", now: start)
            }
            _ = try await queue.callNext(officeSlug: "ogre", counter: "1", services: ["passport"], staffUserID: nil,
                                         order: .standard, now: start)
            for action in [QueueAction.start, .finish] {
                _ = try await queue.act(action, entryID: entry.id, officeSlug: "ogre", counter: nil, transferTo: nil,
                                        idChecked: true, staffUserID: nil, now: start.addingTimeInterval(300))
            }
            #expect(try await status(instance.db, b.id) == "attended")
            // The same afternoon the client books the same service again (a collection visit).
            let later = start.addingTimeInterval(4 * 86400)
            let again = try await bookings.book(try request(later), slot: slot(later), manageToken: "apk_book_c",
                                                now: start.addingTimeInterval(3600))
            #expect(again.status == .active)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aNoShowMayBookAgainButABookingAheadStillBlocksASecond(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let bookings = FluentBookingStore(db: instance.db), queue = FluentQueueStore(db: instance.db)
            let start = morning.addingTimeInterval(3600), then = morning.addingTimeInterval(-86400)
            // A called client who never came to the counter.
            let first = try await bookings.book(try request(start), slot: slot(start), manageToken: "apk_book_a", now: then)
            let (entry, _) = try await queue.checkIn(bookingID: first.id, prefix: "A", now: start)
            _ = try await queue.callNext(officeSlug: "ogre", counter: "1", services: ["passport"], staffUserID: nil,
                                         order: .standard, now: start)
            _ = try await queue.act(.noShow, entryID: entry.id, officeSlug: "ogre", counter: nil, transferTo: nil,
                                    idChecked: nil, staffUserID: nil, now: start.addingTimeInterval(300))
            #expect(try await status(instance.db, first.id) == "no-show")
            let next = start.addingTimeInterval(2 * 86400)
            let second = try await bookings.book(try request(next), slot: slot(next), manageToken: "apk_book_b",
                                                 now: start.addingTimeInterval(600))
            // A booking still ahead blocks another one for the same service.
            await #expect(throws: BookingFailure.secondActiveBooking) {
                _ = try await bookings.book(try request(next.addingTimeInterval(86400)), slot: slot(next.addingTimeInterval(86400)),
                                            manageToken: "apk_book_c", now: start.addingTimeInterval(900))
            }
            // Nobody marked the second one: once its day has passed it no longer holds a place; the
            // next booking closes it as a no-show, with the system named in the audit trail.
            let weekLater = next.addingTimeInterval(7 * 86400)
            _ = try await bookings.book(try request(weekLater), slot: slot(weekLater), manageToken: "apk_book_d",
                                        now: next.addingTimeInterval(86400))
            #expect(try await status(instance.db, second.id) == "no-show")
            let audit = try await AuditEntryModel.query(on: instance.db).filter(\.$entityID == second.code).all()
            #expect(audit.contains { $0.action == "close-past" && $0.actor == "system" })
        }
    }

    @Test(arguments: TestDatabase.all)
    func theMigrationCarriesBookingsMadeBeforeTheLifecycle(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let bookings = FluentBookingStore(db: instance.db), queue = FluentQueueStore(db: instance.db)
            let start = morning.addingTimeInterval(3600), then = morning.addingTimeInterval(-86400)
            let served = try await bookings.book(try request(start), slot: slot(start), manageToken: "apk_book_a", now: then)
            let waiting = try await bookings.book(try request(start, code: "32000000017"), slot: slot(start),
                                                  manageToken: "apk_book_b", now: then)
            let ahead = try await bookings.book(try request(start.addingTimeInterval(1800), code: "32000000025"),
                                                slot: slot(start.addingTimeInterval(1800)),
                                                manageToken: "apk_book_c", now: then)
            let (entry, _) = try await queue.checkIn(bookingID: served.id, prefix: "A", now: start)
            _ = try await queue.checkIn(bookingID: waiting.id, prefix: "A", now: start)
            _ = try await queue.callNext(officeSlug: "ogre", counter: "1", services: ["passport"], staffUserID: nil,
                                         order: .standard, now: start)
            for action in [QueueAction.start, .finish] {
                _ = try await queue.act(action, entryID: entry.id, officeSlug: "ogre", counter: nil, transferTo: nil,
                                        idChecked: true, staffUserID: nil, now: start)
            }
            // The rows as the release before the lifecycle left them: every booking `active`.
            let sql = try #require(instance.db as? any SQLDatabase)
            try await sql.raw("UPDATE bookings SET status = 'active'").run()
            try await sql.raw("DROP INDEX bookings_one_open_per_person").run()
            try await sql.raw("CREATE UNIQUE INDEX bookings_one_active_per_person ON bookings (person_key, service_slug) WHERE status = 'active'").run()
            try await BookingLifecycleMigration().prepare(on: instance.db)
            #expect(try await status(instance.db, served.id) == "attended")
            #expect(try await status(instance.db, waiting.id) == "checked-in")
            #expect(try await status(instance.db, ahead.id) == "active")
        }
    }
}
