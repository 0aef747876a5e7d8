import Domain
import Fluent
import Foundation
import Testing
import TestSupport
@testable import Storage

@Suite("Bookings: capacity under concurrency on SQLite and PostgreSQL")
struct BookingStoreTests {
    let now = RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(10, 0))
    var slot: Slot {
        let start = RigaTime.instant(LocalDate(2026, 12, 22), TimeOfDay(9, 0))
        return Slot(start: start, end: start.addingTimeInterval(600), capacity: 3)
    }

    func request(_ n: Int, service: String = "passport") throws -> BookingRequest {
        let code = "32" + String(format: "%09d", n)
        return BookingRequest(officeSlug: "riga-1", serviceSlug: service, start: slot.start, name: "Vārds\(n)",
                              surname: "Uzvārds", identity: .personalCode(try PersonalCode(validating: code)),
                              phone: "2000000\(n % 10)", email: nil, language: .lv, interpreter: n % 2 == 0)
    }

    @Test(arguments: TestDatabase.all)
    func exactlyCapacityWinAConcurrentRush(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let store = FluentBookingStore(db: instance.db)
            let slot = self.slot
            let requests = try (0..<24).map { try request($0) }
            let outcomes = await withTaskGroup(of: String.self) { group in
                for r in requests {
                    group.addTask {
                        do {
                            _ = try await store.book(r, slot: slot, code: BookingCode.generate(),
                                                     manageToken: SecretToken.generate(.booking), now: now)
                            return "booked"
                        } catch BookingFailure.slotFull {
                            return "full"
                        } catch {
                            return "error: \(error)"
                        }
                    }
                }
                var all: [String] = []
                for await o in group { all.append(o) }
                return all
            }
            #expect(outcomes.filter { $0 == "booked" }.count == 3)
            #expect(outcomes.filter { $0 == "full" }.count == 21)
            #expect(outcomes.filter { $0.hasPrefix("error") }.isEmpty, "\(outcomes.filter { $0.hasPrefix("error") })")
            let booked = try await store.booked(officeSlug: "riga-1", serviceSlug: "passport", from: slot.start,
                                                to: slot.end)
            #expect(booked[slot.start] == 3)
            #expect(try await BookingModel.query(on: instance.db).count() == 3)
        }
    }

    @Test(arguments: TestDatabase.all)
    func cancelAndRescheduleMoveTheSeat(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let store = FluentBookingStore(db: instance.db)
            let token = SecretToken.generate(.booking)
            let b = try await store.book(try request(1), slot: slot, code: "ABCDEFGH", manageToken: token, now: now)
            #expect(b.status == .active)
            #expect(try await store.booking(code: "abcd-efgh", manageToken: token)?.id == b.id)
            #expect(try await store.booking(code: "ABCDEFGH", manageToken: token + "x") == nil)

            let later = Slot(start: slot.start.addingTimeInterval(600), end: slot.end.addingTimeInterval(600), capacity: 3)
            let moved = try await store.reschedule(code: "ABCDEFGH", manageToken: token, to: later)
            #expect(moved.start == later.start)
            var seats = try await store.booked(officeSlug: "riga-1", serviceSlug: "passport", from: slot.start,
                                               to: later.end)
            #expect(seats[slot.start] == 0 && seats[later.start] == 1)

            // One active booking per person and service.
            await #expect(throws: BookingFailure.secondActiveBooking) {
                _ = try await store.book(try request(1), slot: slot, code: "BCDEFGHJ",
                                         manageToken: SecretToken.generate(.booking), now: now)
            }
            try await store.cancel(code: "ABCDEFGH", manageToken: token, now: now)
            seats = try await store.booked(officeSlug: "riga-1", serviceSlug: "passport", from: slot.start, to: later.end)
            #expect(seats[later.start] == 0)
            #expect(try await store.booking(code: "ABCDEFGH", manageToken: token)?.status == .cancelled)
            _ = try await store.book(try request(1), slot: slot, code: "BCDEFGHJ",
                                     manageToken: SecretToken.generate(.booking), now: now)   // allowed again
            await #expect(throws: BookingFailure.notFound) {
                try await store.cancel(code: "ABCDEFGH", manageToken: "apk_book_wrong", now: now)
            }
            // The same person links to one client record.
            #expect(try await ClientModel.query(on: instance.db).count() == 1)
        }
    }
}
