import Domain
import Fluent
import Foundation
import Testing
import TestSupport
@testable import Storage

@Suite("The office queue on SQLite and PostgreSQL: numbers, quota, check-in, call-next race, transitions")
struct QueueStoreTests {
    let now = RigaTime.instant(LocalDate(2026, 12, 22), TimeOfDay(10, 0))

    @Test(arguments: TestDatabase.all)
    func ticketsAreNumberedPerServiceAndDayAndTheQuotaIsExactUnderARace(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let queue = FluentQueueStore(db: instance.db)
            let first = try await queue.issueTicket(officeSlug: "ogre", serviceSlug: "passport", prefix: "A", quota: 5, now: now)
            #expect(first.number == "A001" && first.kind == .walkIn && first.status == .waiting)
            let other = try await queue.issueTicket(officeSlug: "ogre", serviceSlug: "eid-card", prefix: "B", quota: 5, now: now)
            #expect(other.number == "B001")
            // Eight kiosks press at once for the last four tickets: exactly four get one.
            let outcomes = await withTaskGroup(of: String.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        do {
                            return try await queue.issueTicket(officeSlug: "ogre", serviceSlug: "passport", prefix: "A", quota: 5,
                                                               now: now).number
                        } catch QueueFailure.quotaReached {
                            return "quota"
                        } catch {
                            return "error: \(error)"
                        }
                    }
                }
                var all: [String] = []
                for await o in group { all.append(o) }
                return all
            }
            #expect(outcomes.filter { $0 == "quota" }.count == 4, "\(outcomes)")
            #expect(Set(outcomes.filter { $0.hasPrefix("A") }) == ["A002", "A003", "A004", "A005"])
            // The next day starts again at 001.
            let tomorrow = try await queue.issueTicket(officeSlug: "ogre", serviceSlug: "passport", prefix: "A", quota: 5,
                                                       now: now.addingTimeInterval(86400))
            #expect(tomorrow.number == "A001")
        }
    }

    @Test(arguments: TestDatabase.all)
    func twoCountersCallingAtOnceNeverGetTheSameClient(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let queue = FluentQueueStore(db: instance.db)
            for _ in 0..<6 {
                _ = try await queue.issueTicket(officeSlug: "ogre", serviceSlug: "passport", prefix: "A", quota: nil, now: now)
            }
            // Eight counters press "call next" at the same moment for six waiting clients.
            let called = await withTaskGroup(of: String?.self) { group in
                for c in 1...8 {
                    group.addTask {
                        try? await queue.callNext(officeSlug: "ogre", counter: "\(c)", services: ["passport"], staffUserID: nil,
                                                  order: .standard, now: now.addingTimeInterval(60))?.number
                    }
                }
                var all: [String?] = []
                for await n in group { all.append(n) }
                return all
            }
            let numbers = called.compactMap { $0 }
            #expect(numbers.count == 6, "\(called)")
            #expect(Set(numbers).count == 6)                    // nobody called twice
            #expect(try await QueueEntryModel.query(on: instance.db).filter(\.$status == "called").count() == 6)
            #expect(try await queue.callNext(officeSlug: "ogre", counter: "1", services: ["passport"], staffUserID: nil,
                                             order: .standard, now: now) == nil)
        }
    }

    @Test(arguments: TestDatabase.all)
    func checkInIsOncePerBookingAndTheFairnessRuleHoldsAcrossCalls(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let queue = FluentQueueStore(db: instance.db), bookings = FluentBookingStore(db: instance.db)
            let booked = now.addingTimeInterval(-86400)
            var ids: [UUID] = []
            for n in 0..<4 {
                let start = now.addingTimeInterval(Double(n * 600))
                let b = try await bookings.book(
                    BookingRequest(officeSlug: "ogre", serviceSlug: "passport", start: start, name: "K\(n)", surname: "S",
                                   identity: .personalCode(try PersonalCode(validating: "3200000000\(n)")), phone: "2100000\(n)",
                                   email: nil, language: .lv, interpreter: false),
                    slot: Slot(start: start, end: start.addingTimeInterval(600), capacity: 2), manageToken: "apk_book_x\(n)",
                    now: booked)
                ids.append(b.id)
            }
            // All four check in at 09:50; a walk-in arrived at 09:30.
            let walkIn = try await queue.issueTicket(officeSlug: "ogre", serviceSlug: "passport", prefix: "A", quota: nil,
                                                     now: now.addingTimeInterval(-30 * 60))
            var entries: [QueueEntry] = []
            for id in ids { entries.append(try await queue.checkIn(bookingID: id, prefix: "A", now: now.addingTimeInterval(-600)).0) }
            let (again, isNew) = try await queue.checkIn(bookingID: ids[0], prefix: "A", now: now)
            #expect(!isNew && again.id == entries[0].id)
            #expect(entries.map(\.number) == ["A002", "A003", "A004", "A005"])

            // At 10:31 every appointment is due: three appointments, then the walk-in (waiting over 20 minutes).
            let later = now.addingTimeInterval(31 * 60)
            var order: [String] = []
            for _ in 0..<5 {
                let e = try await queue.callNext(officeSlug: "ogre", counter: "1", services: ["passport"], staffUserID: nil,
                                                 order: .standard, now: later)
                order.append(e?.number ?? "-")
            }
            #expect(order == ["A002", "A003", "A004", walkIn.number, "A005"])
        }
    }

    @Test(arguments: TestDatabase.all)
    func transitionsAreCheckedAndHappenOnce(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let queue = FluentQueueStore(db: instance.db)
            let t = try await queue.issueTicket(officeSlug: "ogre", serviceSlug: "passport", prefix: "A", quota: nil, now: now)
            await #expect(throws: QueueFailure.illegalTransition) {
                _ = try await queue.act(.start, entryID: t.id, officeSlug: "ogre", counter: nil, transferTo: nil, idChecked: nil,
                                        staffUserID: nil, now: now)
            }
            _ = try await queue.callNext(officeSlug: "ogre", counter: "3", services: ["passport"], staffUserID: nil,
                                         order: .standard, now: now)
            for _ in 0..<QueueAction.maximumRecalls {
                _ = try await queue.act(.recall, entryID: t.id, officeSlug: "ogre", counter: nil, transferTo: nil, idChecked: nil,
                                        staffUserID: nil, now: now)
            }
            await #expect(throws: QueueFailure.illegalTransition) {
                _ = try await queue.act(.recall, entryID: t.id, officeSlug: "ogre", counter: nil, transferTo: nil, idChecked: nil,
                                        staffUserID: nil, now: now)
            }
            let started = try await queue.act(.start, entryID: t.id, officeSlug: "ogre", counter: nil, transferTo: nil,
                                              idChecked: true, staffUserID: nil, now: now.addingTimeInterval(60))
            #expect(started.status == .serving && started.startedAt != nil)
            // Sent to the eID desk: back in line for that service, same number.
            let moved = try await queue.act(.transfer, entryID: t.id, officeSlug: "ogre", counter: nil, transferTo: "eid-card",
                                            idChecked: nil, staffUserID: nil, now: now.addingTimeInterval(120))
            #expect(moved.status == .waiting && moved.serviceSlug == "eid-card" && moved.number == t.number)
            await #expect(throws: QueueFailure.notFound) {
                _ = try await queue.act(.park, entryID: t.id, officeSlug: "riga-1", counter: nil, transferTo: nil, idChecked: nil,
                                        staffUserID: nil, now: now)
            }
            // Two counters finishing the same visit at once: one succeeds.
            _ = try await queue.callNext(officeSlug: "ogre", counter: "4", services: ["eid-card"], staffUserID: nil,
                                         order: .standard, now: now)
            _ = try await queue.act(.start, entryID: t.id, officeSlug: "ogre", counter: nil, transferTo: nil, idChecked: nil,
                                    staffUserID: nil, now: now)
            async let a = try? queue.act(.finish, entryID: t.id, officeSlug: "ogre", counter: nil, transferTo: nil, idChecked: nil,
                                         staffUserID: nil, now: now)
            async let b = try? queue.act(.finish, entryID: t.id, officeSlug: "ogre", counter: nil, transferTo: nil, idChecked: nil,
                                         staffUserID: nil, now: now)
            let results = await [a, b]
            #expect(results.compactMap { $0 }.count == 1)
        }
    }
}
