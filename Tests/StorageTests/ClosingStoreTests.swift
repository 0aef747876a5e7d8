import Domain
import Fluent
import Foundation
import Testing
import TestSupport
@testable import Storage

@Suite("Closing time, transfer to a counter and emergency alerts, on SQLite and PostgreSQL")
struct ClosingStoreTests {
    /// Tuesday 22 December 2026, 17:05 — after Ogre's reception.
    let evening = RigaTime.instant(LocalDate(2026, 12, 22), TimeOfDay(17, 5))

    private func ticket(_ queue: FluentQueueStore, _ service: String = "passport", at: Date) async throws -> QueueEntry {
        try await queue.issueTicket(officeSlug: "ogre", serviceSlug: service, prefix: service == "passport" ? "A" : "B",
                                    quota: nil, now: at)
    }

    @Test(arguments: TestDatabase.all)
    func aClientTransferredToACounterIsCalledByThatCounterFirstAndByNoOther(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let queue = FluentQueueStore(db: instance.db)
            let morning = RigaTime.instant(LocalDate(2026, 12, 22), TimeOfDay(9, 0))
            let a1 = try await ticket(queue, at: morning)
            let a2 = try await ticket(queue, at: morning.addingTimeInterval(60))
            let a3 = try await ticket(queue, at: morning.addingTimeInterval(120))
            let first = try await queue.callNext(officeSlug: "ogre", counter: "1", services: ["passport"], staffUserID: nil,
                                                 order: .standard, now: morning.addingTimeInterval(300))
            #expect(first?.id == a1.id)
            // Counter 1 sends A001 to counter 5 (the eID desk) for its eID card.
            let moved = try await queue.act(.transfer, entryID: a1.id, officeSlug: "ogre", counter: "5", transferTo: "eid-card",
                                            idChecked: nil, staffUserID: nil, now: morning.addingTimeInterval(360))
            #expect(moved.status == .waiting && moved.counter == "5" && moved.serviceSlug == "eid-card")
            // Counter 2 serves both services but does not get A001: it was sent to counter 5.
            let second = try await queue.callNext(officeSlug: "ogre", counter: "2", services: ["passport", "eid-card"],
                                                  staffUserID: nil, order: .standard, now: morning.addingTimeInterval(400))
            #expect(second?.id == a2.id)
            // Counter 5 calls A001 before A003, who has waited in line for passports.
            let fifth = try await queue.callNext(officeSlug: "ogre", counter: "5", services: ["passport"], staffUserID: nil,
                                                 order: .standard, now: morning.addingTimeInterval(420))
            #expect(fifth?.id == a1.id && fifth?.counter == "5")
            let next = try await queue.callNext(officeSlug: "ogre", counter: "5", services: ["passport"], staffUserID: nil,
                                                order: .standard, now: morning.addingTimeInterval(480))
            #expect(next?.id == a3.id)
        }
    }

    @Test(arguments: TestDatabase.all)
    func closingReferresThoseStillInLineAndEachPassBooksOnce(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let queue = FluentQueueStore(db: instance.db), bookings = FluentBookingStore(db: instance.db)
            let afternoon = RigaTime.instant(LocalDate(2026, 12, 22), TimeOfDay(16, 0))
            let served = try await ticket(queue, at: afternoon)
            let waiting = try await ticket(queue, at: afternoon.addingTimeInterval(60))
            let parked = try await ticket(queue, "eid-card", at: afternoon.addingTimeInterval(120))
            _ = try await queue.callNext(officeSlug: "ogre", counter: "1", services: ["passport"], staffUserID: nil,
                                         order: .standard, now: afternoon.addingTimeInterval(600))
            _ = try await queue.callNext(officeSlug: "ogre", counter: "2", services: ["eid-card"], staffUserID: nil,
                                         order: .standard, now: afternoon.addingTimeInterval(600))
            _ = try await queue.act(.park, entryID: parked.id, officeSlug: "ogre", counter: nil, transferTo: nil, idChecked: nil,
                                    staffUserID: nil, now: afternoon.addingTimeInterval(700))

            let rule = ClosingRule(policy: .offerBooking, passValidDays: 14, extraDaysAhead: 14)
            let passes = try await queue.closeQueue(officeSlug: "ogre", rule: rule, actor: "supervisor", now: evening)
            #expect(Set(passes.map(\.entry.id)) == [waiting.id, parked.id])
            #expect(passes.allSatisfy { $0.entry.status == .referred && $0.token.hasPrefix("apk_prio_") })
            // The client at the counter is still being served; closing again issues nothing more.
            #expect(try await queue.entry(id: served.id)?.status == .called)
            #expect(try await queue.closeQueue(officeSlug: "ogre", rule: rule, actor: "supervisor", now: evening).isEmpty)
            #expect(try await queue.stillWaiting(officeSlug: "ogre", day: LocalDate(2026, 12, 22)) == 0)

            // The passport pass books a passport appointment once; the eID pass does not book passports.
            let passport = try #require(passes.first { $0.entry.id == waiting.id }).token
            let eid = try #require(passes.first { $0.entry.id == parked.id }).token
            let start = RigaTime.instant(LocalDate(2027, 1, 20), TimeOfDay(9, 0))
            let slot = Slot(start: start, end: start.addingTimeInterval(600), capacity: 2)
            func request(_ n: Int) throws -> BookingRequest {
                BookingRequest(officeSlug: "ogre", serviceSlug: "passport", start: start, name: "P\(n)", surname: "S",
                               identity: .personalCode(try PersonalCode(validating: "3200000000\(n)")), phone: "2200000\(n)",
                               email: nil, language: .lv, interpreter: false)
            }
            await #expect(throws: BookingFailure.passNotUsable) {
                _ = try await bookings.book(try request(1), slot: slot, manageToken: "apk_book_e", now: evening, priorityPass: eid)
            }
            // Refused whole: no booking, no seat taken.
            #expect(try await BookingModel.query(on: instance.db).count() == 0)
            #expect(try await bookings.booked(officeSlug: "ogre", serviceSlug: "passport", from: slot.start, to: slot.end)[slot.start] ?? 0 == 0)
            let booking = try await bookings.book(try request(2), slot: slot, manageToken: "apk_book_p", now: evening,
                                                  priorityPass: passport)
            #expect(try await PriorityPasses.find(token: passport, on: instance.db)?.bookingID == booking.id)
            #expect(try await PriorityPasses.find(token: passport, on: instance.db)?.state(at: evening) == .used)
            await #expect(throws: BookingFailure.passNotUsable) {
                _ = try await bookings.book(try request(3), slot: slot, manageToken: "apk_book_q", now: evening,
                                            priorityPass: passport)
            }
            // A pass past its days is refused too.
            let lapsed = evening.addingTimeInterval(15 * 86400)
            #expect(try await PriorityPasses.find(token: eid, on: instance.db)?.state(at: lapsed) == .expired)
        }
    }

    @Test(arguments: TestDatabase.all)
    func anEmergencyStaysOpenUntilASupervisorAcknowledgesItOnce(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let queue = FluentQueueStore(db: instance.db)
            let clerk = UUID(), supervisor = UUID()
            try await queue.recordEmergency(officeSlug: "ogre", counter: "3", actor: clerk.uuidString, actorID: clerk,
                                            actorName: "Anna Ozola", messages: [], now: evening)
            let open = try await queue.openAlerts(offices: ["ogre"])
            #expect(open.count == 1 && open[0].counter == "3" && open[0].raisedByName == "Anna Ozola")
            #expect(try await queue.openAlerts(offices: ["riga-1"]).isEmpty)
            // A supervisor of another office cannot acknowledge it.
            #expect(try await !queue.acknowledge(alert: open[0].id, officeSlugs: ["riga-1"], by: supervisor, now: evening))
            #expect(try await queue.acknowledge(alert: open[0].id, officeSlugs: ["ogre"], by: supervisor, now: evening))
            #expect(try await !queue.acknowledge(alert: open[0].id, officeSlugs: nil, by: supervisor, now: evening))
            #expect(try await queue.openAlerts(offices: nil).isEmpty)
        }
    }
}
