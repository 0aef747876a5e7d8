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
    /// How long each record takes, as a database's write would.
    let recordPause: Duration
    public init(recordPause: Duration = .zero) { self.recordPause = recordPause }

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

    /// Each call to `record`, with the attempts it was given: how many writes the worker made.
    public let recordCalls = Mutex<[[DeliveryAttempt]]>([])

    public func record(_ attempts: [DeliveryAttempt], rule: DeliveryRule) async throws -> [UUID: OutboxMessage.Status] {
        recordCalls.withLock { $0.append(attempts) }
        if recordPause > .zero { try await Task.sleep(for: recordPause) }
        return entries.withLock { all in
            var now: [UUID: OutboxMessage.Status] = [:]
            for a in attempts {
                guard var e = all[a.id], e.status == .sending, e.message.delivery.attempts == a.attempt else { continue }
                let next = rule.next(after: a.outcome, attempt: a.attempt, now: a.endedAt)
                e.status = next.status
                e.leaseUntil = nil
                if let at = next.nextAttemptAt { e.due = at }
                e.message.delivery.lastError = next.lastError
                e.message.delivery.sentAt = next.sentAt
                all[a.id] = e
                now[a.id] = next.status
            }
            return now
        }
    }

    public func status(_ id: UUID) -> OutboxMessage.Status? { entries.withLock { $0[id]?.status } }

    /// What staff queued, with the audit and timeline entries that came with it.
    public let queued = Mutex<[(message: OutboxMessage, audit: AuditEntry, caseEvent: CaseEvent?)]>([])

    public func queue(_ message: OutboxMessage, audit: AuditEntry, caseEvent: CaseEvent?) async throws {
        add(message)
        queued.withLock { $0.append((message, audit, caseEvent)) }
    }
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

/// The outbox as staff read it, over a FakeOutboxQueue's rows; every opening in `reads`.
public final class FakeOutboxReader: OutboxReader {
    let queue: FakeOutboxQueue
    public let reads = Mutex<[(UUID, ClientReader)]>([])
    public init(_ queue: FakeOutboxQueue) { self.queue = queue }

    func all() -> [OutboxMessage] {
        queue.entries.withLock { all in
            all.values.map { e in
                OutboxMessage(id: e.message.id, kind: e.message.kind, channel: e.message.channel, recipient: e.message.recipient,
                              language: e.message.language, subject: e.message.subject, body: e.message.body,
                              sendAfter: e.message.sendAfter, bookingID: e.message.bookingID, officeSlug: e.message.officeSlug,
                              clientID: e.message.clientID, status: e.status, createdAt: e.message.createdAt)
                    .with(e.message)
            }
        }
    }

    public func messages(offices: Set<String>?, status: OutboxMessage.Status?, limit: Int) async throws -> [OutboxMessage] {
        Array(all().filter { m in (offices.map { $0.contains(m.officeSlug ?? "") } ?? true) && (status.map { m.status == $0 } ?? true) }
            .sorted { $0.sendAfter > $1.sendAfter }.prefix(limit))
    }

    public func open(id: UUID, offices: Set<String>?, by reader: ClientReader, now: Date) async throws -> OutboxMessage? {
        guard let m = all().first(where: { $0.id == id }), offices.map({ $0.contains(m.officeSlug ?? "") }) ?? true else { return nil }
        reads.withLock { $0.append((id, reader)) }
        return m
    }

    public func messages(bookingID: UUID) async throws -> [OutboxMessage] { all().filter { $0.bookingID == bookingID } }
}

extension OutboxMessage {
    /// This row with `other`'s delivery and links (the status is this row's).
    func with(_ other: OutboxMessage) -> OutboxMessage {
        var m = self
        m.delivery = other.delivery
        m.caseID = other.caseID
        m.correctsID = other.correctsID
        return m
    }
}
