import Domain
import Foundation
import Synchronization
import Testing
import TestSupport
import UseCases

/// Issue 15, item 2 on fakes: "send what is due" hands each message to its channel's sender, a
/// few at a time, records every outcome, and leaves what is not yet due.
@Suite("Sending what is due, on fakes")
struct DeliveryUseCaseTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func message(_ recipient: String, channel: OutboxMessage.Channel = .email, after: TimeInterval = 0) -> OutboxMessage {
        OutboxMessage(kind: .confirmation, channel: channel, recipient: recipient, language: .lv, subject: "S", body: "B",
                      sendAfter: now.addingTimeInterval(after), bookingID: nil, officeSlug: "ogre", clientID: nil)
    }

    @Test func eachChannelGoesToItsSenderAndEveryOutcomeIsRecorded() async throws {
        let queue = FakeOutboxQueue()
        let email = FakeSender { m in
            m.recipient.hasPrefix("busy") ? .temporaryFailure("451 busy") : m.recipient.hasPrefix("gone") ? .permanentFailure("550 gone") : .sent(providerID: "x")
        }
        let sms = FakeSender()
        let ok = message("a@example.lv"), busy = message("busy@example.lv"), gone = message("gone@example.lv"),
            text = message("+37120000000", channel: .sms), tomorrow = message("later@example.lv", after: 86400)
        for m in [ok, busy, gone, text, tomorrow] { queue.add(m) }
        let now = self.now
        let report = try await DeliverMessages(queue: queue, senders: [.email: email, .sms: sms])(now: { now })
        #expect(report == .init(sent: 2, retrying: 1, failed: 1))
        #expect(sms.sent.withLock { $0.map(\.id) } == [text.id])
        #expect(Set(email.sent.withLock { $0.map(\.id) }) == [ok.id, busy.id, gone.id])
        #expect(queue.status(ok.id) == .sent && queue.status(busy.id) == .temporaryFailure)
        #expect(queue.status(gone.id) == .permanentFailure && queue.status(tomorrow.id) == .queued)
    }

    @Test func aChannelWithoutASenderIsAPermanentFailureNotALoop() async throws {
        let queue = FakeOutboxQueue()
        let m = message("+37120000000", channel: .sms)
        queue.add(m)
        let now = self.now
        let report = try await DeliverMessages(queue: queue, senders: [:])(now: { now })
        #expect(report == .init(failed: 1))
        #expect(queue.status(m.id) == .permanentFailure)
    }

    @Test func aLargeBacklogIsSentAFewAtATimeInBatchesUntilNothingIsDue() async throws {
        let queue = FakeOutboxQueue()
        for n in 0..<120 { queue.add(message("client\(n)@example.lv")) }
        let sender = FakeSender()
        let now = self.now
        let report = try await DeliverMessages(queue: queue, senders: [.email: sender], concurrency: 4)(now: { now }, batch: 50)
        #expect(report.sent == 120)
        #expect(sender.inFlight.withLock { $0.most } == 4)
        #expect(Set(sender.sent.withLock { $0.map(\.recipient) }).count == 120)
    }

    /// Issue 17: outcomes are recorded while other messages are still being sent, and the attempts
    /// that end while a record is being written go together in the next one — not one write for
    /// every message of a rush.
    @Test func attemptsThatEndDuringARecordAreRecordedTogetherInTheNext() async throws {
        let queue = FakeOutboxQueue(recordPause: .milliseconds(20))
        let messages = (0..<40).map { message("client\($0)@example.lv") }
        for m in messages { queue.add(m) }
        let now = self.now
        let report = try await DeliverMessages(queue: queue, senders: [.email: FakeSender()], concurrency: 4)(now: { now })
        #expect(report.sent == 40)
        let calls = queue.recordCalls.withLock { $0 }
        let recorded = calls.flatMap { $0.map(\.id) }
        #expect(recorded.count == 40 && Set(recorded) == Set(messages.map(\.id)), "each message recorded once")
        #expect(calls.count <= 15, "\(calls.count) writes for 40 messages")
        #expect((calls.first?.count ?? 0) < 40, "the first outcomes are written while the rest are still being sent")
        #expect(messages.allSatisfy { queue.status($0.id) == .sent })
    }
}
