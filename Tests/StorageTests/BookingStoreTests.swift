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

    /// The seat decides and the rest of the booking stands or falls with it (issue 17, item 3: on
    /// PostgreSQL one statement writes the seat, the new client, the booking, the audit entries and
    /// the messages). A refused seat leaves no client, booking, message or audit entry behind.
    @Test(arguments: TestDatabase.all)
    func aRefusedSeatLeavesNothingBehind(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let store = FluentBookingStore(db: instance.db)
            let one = Slot(start: slot.start, end: slot.end, capacity: 1)
            let messages: @Sendable (Booking) -> [OutboxMessage] = { b in
                [.email, .sms].map { OutboxMessage(kind: .confirmation, channel: $0, recipient: "c@example.lv", language: .lv,
                                                  subject: "Pieraksts \(b.code)", body: "Kods \(b.code)", sendAfter: now,
                                                  bookingID: b.id, officeSlug: b.officeSlug, clientID: b.clientID) }
            }
            let first = try await store.book(try request(1), slot: one, code: nil, manageToken: SecretToken.generate(.booking), now: now,
                                             actor: "clerk@example.lv", messages: messages)
            await #expect(throws: BookingFailure.slotFull) {
                _ = try await store.book(try request(2), slot: one, code: nil, manageToken: SecretToken.generate(.booking), now: now,
                                         actor: "clerk@example.lv", messages: messages)
            }
            #expect(try await BookingModel.query(on: instance.db).all().map(\.code) == [first.code])
            #expect(try await ClientModel.query(on: instance.db).all().map(\.id) == [first.clientID])
            let outbox = try await OutboxModel.query(on: instance.db).all()
            #expect(outbox.count == 2 && outbox.allSatisfy { $0.bookingID == first.id && $0.subject == "Pieraksts \(first.code)" })
            let audit = try await AuditEntryModel.query(on: instance.db).all()
            #expect(audit.filter { $0.entity == "client" && $0.action == "create" }.map(\.entityID) == [first.clientID.uuidString])
            #expect(audit.filter { $0.entity == "booking" && $0.action == "create" }.map(\.entityID) == [first.code])
            // The client booked again for another service is the same entry in the register.
            let again = try await store.book(try request(1, service: "eid-card"), slot: slot, code: nil,
                                             manageToken: SecretToken.generate(.booking), now: now, messages: messages)
            #expect(again.clientID == first.clientID)
            #expect(try await ClientModel.query(on: instance.db).count() == 1)
        }
    }

    /// One person pressing "book" on eight devices at once gets one booking (BookingLifecycle: one
    /// active booking per person and service). On PostgreSQL the losers are refused by the unique
    /// index inside the one statement that also took their seat, with no transaction around it —
    /// so the seat goes back with the refusal: the counter says one, not eight.
    @Test(arguments: TestDatabase.all)
    func onePersonRacingThemselvesGetsOneBookingAndOneSeat(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let store = FluentBookingStore(db: instance.db)
            let wide = Slot(start: slot.start, end: slot.end, capacity: 8)
            let r = try request(7)
            let outcomes = await withTaskGroup(of: String.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        do {
                            _ = try await store.book(r, slot: wide, code: nil, manageToken: SecretToken.generate(.booking), now: now)
                            return "booked"
                        } catch BookingFailure.secondActiveBooking {
                            return "second"
                        } catch {
                            return "error: \(error)"
                        }
                    }
                }
                var all: [String] = []
                for await o in group { all.append(o) }
                return all
            }
            #expect(outcomes.filter { $0 == "booked" }.count == 1, "\(outcomes)")
            #expect(outcomes.filter { $0 == "second" }.count == 7, "\(outcomes)")
            #expect(try await store.booked(officeSlug: "riga-1", serviceSlug: "passport", from: wide.start, to: wide.end)[wide.start] == 1)
            #expect(try await BookingModel.query(on: instance.db).count() == 1)
            #expect(try await ClientModel.query(on: instance.db).count() == 1)
        }
    }

    /// A drawn code that another booking already has is replaced (in the transaction that checks
    /// it), and the booking is made with a code of its own.
    @Test(arguments: TestDatabase.all)
    func aCodeAlreadyTakenIsDrawnAgain(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let store = FluentBookingStore(db: instance.db)
            let first = try await store.book(try request(1), slot: slot, code: nil, manageToken: SecretToken.generate(.booking), now: now)
            let second = try await store.book(try request(2), slot: slot, code: first.code,
                                              manageToken: SecretToken.generate(.booking), now: now)
            #expect(second.code != first.code)
            #expect(Set(try await BookingModel.query(on: instance.db).all().map(\.code)) == [first.code, second.code])
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
