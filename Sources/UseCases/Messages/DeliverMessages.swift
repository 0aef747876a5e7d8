import Domain
import Foundation

/// "Send what is due" (issue 15, item 2): the worker every instance runs. It takes a batch of due
/// messages from the outbox, hands each to the sender of its channel, and records the outcome by
/// the delivery rule, until nothing is due. Several instances run it side by side; the queue makes
/// sure each message is held by one at a time.
public struct DeliverMessages: Sendable {
    let queue: any OutboxQueue
    let senders: [OutboxMessage.Channel: any MessageSender]
    let rule: DeliveryRule
    /// Messages sent at once by one worker (each holds a connection to the relay).
    let concurrency: Int

    public init(queue: any OutboxQueue, senders: [OutboxMessage.Channel: any MessageSender], rule: DeliveryRule = .standard,
                concurrency: Int = 4) {
        self.queue = queue
        self.senders = senders
        self.rule = rule
        self.concurrency = max(1, concurrency)
    }

    public struct Report: Sendable, Equatable {
        public var sent = 0, retrying = 0, failed = 0
        public var attempts: Int { sent + retrying + failed }
        public init(sent: Int = 0, retrying: Int = 0, failed: Int = 0) {
            self.sent = sent
            self.retrying = retrying
            self.failed = failed
        }
    }

    /// Delivers until nothing is due at `now` (or `maximumBatches` have been taken, so one run
    /// never holds the worker forever).
    public func callAsFunction(now: @Sendable () -> Date, batch: Int = 50, maximumBatches: Int = 100) async throws -> Report {
        var report = Report()
        for _ in 0..<maximumBatches {
            let started = now()
            let due = try await queue.claim(now: started, limit: batch, leaseUntil: started.addingTimeInterval(rule.lease))
            if due.isEmpty { break }
            let outcomes = try await withThrowingTaskGroup(of: (OutboxMessage, DeliveryOutcome).self) { group in
                var results: [(OutboxMessage, DeliveryOutcome)] = []
                var pending = due[...]
                func start(_ m: OutboxMessage) {
                    let sender = senders[m.channel]
                    group.addTask {
                        guard let sender else { return (m, .permanentFailure("No sender for the \(m.channel.rawValue) channel")) }
                        return (m, await sender.send(m))
                    }
                }
                for _ in 0..<concurrency { if let m = pending.popFirst() { start(m) } }
                while let done = try await group.next() {
                    results.append(done)
                    if let m = pending.popFirst() { start(m) }
                }
                return results
            }
            for (message, outcome) in outcomes {
                try await queue.record(message.id, attempt: message.delivery.attempts, outcome: outcome, rule: rule, now: now())
                switch rule.next(after: outcome, attempt: message.delivery.attempts, now: now()).status {
                case .sent: report.sent += 1
                case .temporaryFailure: report.retrying += 1
                default: report.failed += 1
                }
            }
            if due.count < batch { break }
        }
        return report
    }
}
