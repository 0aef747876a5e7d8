import Domain
import Fluent
import Foundation
import Testing
import TestSupport
@testable import Storage

/// Issue 15, item 2 on both databases: workers claiming at once never hold the same message; a
/// claim counts the attempt; cancelled reminders are not sent; the backlog counts what waits.
@Suite("The outbox queue on SQLite and PostgreSQL")
struct OutboxQueueTests {
    static let now = RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(10, 0))

    static func messages(_ n: Int, kind: OutboxMessage.Kind = .confirmation, after: TimeInterval = 0) -> [OutboxMessage] {
        (0..<n).map { i in
            OutboxMessage(kind: kind, channel: .email, recipient: "c\(i)@example.lv", language: .lv, subject: "S", body: "B",
                          sendAfter: now.addingTimeInterval(after), bookingID: nil, officeSlug: "ogre", clientID: nil)
        }
    }

    @Test(arguments: TestDatabase.all)
    func workersClaimingAtOnceNeverHoldTheSameMessage(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { i in
            try await Outbox.enqueue(Self.messages(60), on: i.db, now: Self.now)
            try await Outbox.enqueue(Self.messages(5, after: 3600), on: i.db, now: Self.now)
            let queue = FluentOutboxQueue(db: i.db)
            let claims = try await withThrowingTaskGroup(of: [UUID].self) { group in
                for _ in 0..<6 {
                    group.addTask {
                        try await queue.claim(now: Self.now, limit: 15, leaseUntil: Self.now.addingTimeInterval(300)).map(\.id)
                    }
                }
                return try await group.reduce(into: [[UUID]]()) { $0.append($1) }
            }
            let all = claims.flatMap { $0 }
            #expect(all.count == 60, "every due message claimed once")
            #expect(Set(all).count == all.count, "no message held by two workers")
            let rows = try await OutboxModel.query(on: i.db).all()
            #expect(rows.filter { $0.status == "sending" }.allSatisfy { $0.attempts == 1 })
            #expect(rows.filter { $0.status == "queued" }.count == 5)
            #expect(try await OperationalFigures.read(on: i.db, now: Self.now).outboxBacklog == 65)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aCancelledReminderIsNeverSent(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { i in
            let booking = UUID()
            let reminder = OutboxMessage(kind: .reminder, channel: .email, recipient: "a@example.lv", language: .lv, subject: "S",
                                         body: "B", sendAfter: Self.now, bookingID: booking, officeSlug: "ogre", clientID: nil)
            try await Outbox.enqueue([reminder], on: i.db, now: Self.now)
            try await Outbox.withdrawReminders(bookingID: booking, on: i.db)
            #expect(try await FluentOutboxQueue(db: i.db).claim(now: Self.now, limit: 10, leaseUntil: Self.now.addingTimeInterval(60)).isEmpty)
            #expect(try await OutboxModel.find(reminder.id, on: i.db)?.status == "cancelled")
        }
    }

    /// Issue 17: the worker records the attempts that ended together in one write; each message
    /// gets its own outcome, and one no longer held by its attempt is left alone.
    @Test(arguments: TestDatabase.all)
    func attemptsEndedTogetherAreRecordedTogetherEachWithItsOwnOutcome(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { i in
            let all = Self.messages(5)
            try await Outbox.enqueue(all, on: i.db, now: Self.now)
            let queue = FluentOutboxQueue(db: i.db)
            let held = try await queue.claim(now: Self.now, limit: 10, leaseUntil: Self.now.addingTimeInterval(300))
            #expect(held.count == 5 && held.allSatisfy { $0.delivery.attempts == 1 })
            let sent = all[0].id, busy = all[1].id, gone = all[2].id, stale = all[3].id, plain = all[4].id
            let t1 = Self.now.addingTimeInterval(2), t2 = Self.now.addingTimeInterval(3)
            let now = try await queue.record([
                DeliveryAttempt(id: sent, attempt: 1, outcome: .sent(providerID: "250 queued as A1"), endedAt: t1),
                DeliveryAttempt(id: busy, attempt: 1, outcome: .temporaryFailure("451 busy"), endedAt: t2),
                DeliveryAttempt(id: gone, attempt: 1, outcome: .permanentFailure("550 no such user"), endedAt: t2),
                // An earlier attempt's late answer: this message is held by attempt 1, not 0.
                DeliveryAttempt(id: stale, attempt: 0, outcome: .sent(providerID: "late"), endedAt: t2),
                DeliveryAttempt(id: plain, attempt: 1, outcome: .sent(providerID: nil), endedAt: t2),
            ], rule: .standard)
            #expect(now == [sent: .sent, busy: .temporaryFailure, gone: .permanentFailure, plain: .sent])
            func row(_ id: UUID) async throws -> OutboxMessage { try #require(try await OutboxModel.find(id, on: i.db)).toDomain() }
            let a = try await row(sent), b = try await row(busy), c = try await row(gone), d = try await row(stale), e = try await row(plain)
            #expect(a.status == .sent && a.delivery.providerMessageID == "250 queued as A1" && a.delivery.lastError == nil)
            #expect(a.delivery.sentAt.map { abs($0.timeIntervalSince(t1)) < 0.001 } == true)
            #expect(b.status == .temporaryFailure && b.delivery.lastError == "451 busy" && b.delivery.sentAt == nil)
            #expect(b.delivery.nextAttemptAt.map { abs($0.timeIntervalSince(t2.addingTimeInterval(60))) < 0.001 } == true,
                    "due again after the rule's first pause")
            #expect(c.status == .permanentFailure && c.delivery.lastError == "550 no such user")
            #expect(d.status == .sending && d.delivery.sentAt == nil, "a late answer of another attempt changes nothing")
            #expect(e.status == .sent && e.delivery.providerMessageID == nil)
            // Recorded messages are no longer anyone's: the retry is due after its pause, and the
            // stale one only when its own lease runs out.
            #expect(try await queue.claim(now: t2.addingTimeInterval(61), limit: 10, leaseUntil: t2.addingTimeInterval(400)).map(\.id) == [busy])
            #expect(try await queue.record([], rule: .standard).isEmpty)
        }
    }
}
