import Domain
import Foundation
import Synchronization

/// The outbox in memory, with the real queue's rules: a claim marks `sending` until the lease and
/// counts the attempt; a record applies the delivery rule only for the attempt that holds it.
public final class FakeOutboxQueue: OutboxQueue {
    public struct Entry: Sendable {
        public var message: OutboxMessage
        public var status: OutboxMessage.Status
        public var due: Date
        public var leaseUntil: Date?
    }

    public let entries = Mutex<[UUID: Entry]>([:])
    public init() {}

    public func add(_ m: OutboxMessage) {
        entries.withLock { $0[m.id] = Entry(message: m, status: .queued, due: m.sendAfter) }
    }

    public func claim(now: Date, limit: Int, leaseUntil: Date) async throws -> [OutboxMessage] {
        entries.withLock { all in
            let due = all.values.filter {
                (($0.status == .queued || $0.status == .temporaryFailure) && $0.due <= now)
                    || ($0.status == .sending && ($0.leaseUntil ?? now) <= now)
            }.sorted { $0.due < $1.due }.prefix(limit)
            return due.map { e in
                var entry = e
                entry.status = .sending
                entry.leaseUntil = leaseUntil
                entry.message.delivery.attempts += 1
                all[e.message.id] = entry
                return entry.message
            }
        }
    }

    public func record(_ id: UUID, attempt: Int, outcome: DeliveryOutcome, rule: DeliveryRule, now: Date) async throws {
        entries.withLock { all in
            guard var e = all[id], e.status == .sending, e.message.delivery.attempts == attempt else { return }
            let next = rule.next(after: outcome, attempt: attempt, now: now)
            e.status = next.status
            e.leaseUntil = nil
            if let at = next.nextAttemptAt { e.due = at }
            e.message.delivery.lastError = next.lastError
            e.message.delivery.sentAt = next.sentAt
            all[id] = e
        }
    }

    public func status(_ id: UUID) -> OutboxMessage.Status? { entries.withLock { $0[id]?.status } }
}

/// A sender that answers from a script by recipient and remembers what it was given.
public final class FakeSender: MessageSender {
    public let sent = Mutex<[OutboxMessage]>([])
    public let inFlight = Mutex<(now: Int, most: Int)>((0, 0))
    let answer: @Sendable (OutboxMessage) -> DeliveryOutcome

    public init(_ answer: @escaping @Sendable (OutboxMessage) -> DeliveryOutcome = { _ in .sent(providerID: "fake") }) {
        self.answer = answer
    }

    public func send(_ message: OutboxMessage) async -> DeliveryOutcome {
        inFlight.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
        try? await Task.sleep(for: .milliseconds(5))
        inFlight.withLock { $0.now -= 1 }
        sent.withLock { $0.append(message) }
        return answer(message)
    }
}
