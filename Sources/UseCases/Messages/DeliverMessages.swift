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
    /// Where a case letter's sending is recorded with the day it counts as notified (FACTS.md §2).
    let notices: CaseNotices?

    /// The case side of delivery: its timeline and the calendar the notification day is counted on.
    public struct CaseNotices: Sendable {
        let cases: any CaseStore
        let reference: any ReferenceStore
        let rule: NotificationRule
        public init(cases: any CaseStore, reference: any ReferenceStore, rule: NotificationRule) {
            self.cases = cases
            self.reference = reference
            self.rule = rule
        }
    }

    public init(queue: any OutboxQueue, senders: [OutboxMessage.Channel: any MessageSender], rule: DeliveryRule = .standard,
                concurrency: Int = 4, notices: CaseNotices? = nil) {
        self.queue = queue
        self.senders = senders
        self.rule = rule
        self.concurrency = max(1, concurrency)
        self.notices = notices
    }

    public struct Report: Sendable, Equatable {
        public var sent = 0, retrying = 0, failed = 0, overtaken = 0
        public var attempts: Int { sent + retrying + failed + overtaken }
        public init(sent: Int = 0, retrying: Int = 0, failed: Int = 0, overtaken: Int = 0) {
            self.sent = sent
            self.retrying = retrying
            self.failed = failed
            self.overtaken = overtaken
        }
    }

    /// A case letter that left goes on the case's timeline with the day it counts as notified
    /// (an e-address: the 2nd working day after sending; FACTS.md §2).
    func notice(_ m: OutboxMessage, sentAt: Date) async throws {
        guard let notices, let caseID = m.caseID else { return }
        let channel: LetterComposer.Channel = m.channel == .eAddress ? .eAddress : .email
        let calendar = WorkingCalendar(adjustments: try await notices.reference.calendarAdjustments())
        let day = notices.rule.notifiedOn(sentOn: RigaTime.date(of: sentAt), channel: channel, calendar: calendar)
        try await notices.cases.append(.letterDelivered(m.id, notifiedOn: day, at: sentAt), to: caseID)
    }

    /// Delivers until nothing is due at `now` (or `maximumBatches` have been taken, so one run
    /// never holds the worker forever).
    public func callAsFunction(now: @escaping @Sendable () -> Date, batch: Int = 50, maximumBatches: Int = 100) async throws -> Report {
        var report = Report()
        for _ in 0..<maximumBatches {
            let started = now()
            let due = try await queue.claim(now: started, limit: batch, leaseUntil: started.addingTimeInterval(rule.lease))
            if due.isEmpty { break }
            // Outcomes are recorded while other messages are still being sent (Benchmarks/outbox-delivery),
            // so a worker that dies mid-batch has recorded what it sent. Attempts that end while a
            // record is being written wait for it and go together in the next one (issue 17: with a
            // fast relay, one statement for many messages instead of one for each).
            enum Done: Sendable {
                case attempted(OutboxMessage, DeliveryAttempt)
                case recorded([OutboxMessage.Status?])
            }
            let recorded = try await withThrowingTaskGroup(of: Done.self) { group in
                var statuses: [OutboxMessage.Status?] = []
                var pending = due[...]
                var ended: [(OutboxMessage, DeliveryAttempt)] = []
                var recording = false
                func start(_ m: OutboxMessage) {
                    let sender = senders[m.channel]
                    group.addTask {
                        let outcome = await sender?.send(m) ?? .permanentFailure("No sender for the \(m.channel.rawValue) channel")
                        return .attempted(m, DeliveryAttempt(id: m.id, attempt: m.delivery.attempts, outcome: outcome, endedAt: now()))
                    }
                }
                func recordEnded() {
                    guard !recording, !ended.isEmpty else { return }
                    recording = true
                    let batch = ended
                    ended = []
                    group.addTask {
                        let now = try await queue.record(batch.map(\.1), rule: rule)
                        for (m, attempt) in batch where now[m.id] == .sent { try await notice(m, sentAt: attempt.endedAt) }
                        return .recorded(batch.map { now[$0.0.id] })
                    }
                }
                for _ in 0..<concurrency { if let m = pending.popFirst() { start(m) } }
                while let done = try await group.next() {
                    switch done {
                    case .attempted(let m, let attempt):
                        ended.append((m, attempt))
                        if let m = pending.popFirst() { start(m) }
                    case .recorded(let these):
                        statuses += these
                        recording = false
                    }
                    recordEnded()
                }
                return statuses
            }
            for status in recorded {
                switch status {
                case .sent?: report.sent += 1
                case .temporaryFailure?: report.retrying += 1
                case .permanentFailure?: report.failed += 1
                // No longer this attempt's (cancelled, or another worker's after the lease ran out).
                default: report.overtaken += 1
                }
            }
            if due.count < batch { break }
        }
        return report
    }
}
