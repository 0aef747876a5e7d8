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
}
