import Domain
import Foundation
import Synchronization
import Testing
import TestSupport
import UseCases

/// Issue 15, items 5 and 6 on fakes: "send a correction" writes the corrected message with the
/// audit entry and, for a case's letter, the timeline entry; refuses another office's message, an
/// unsigned profile and an unsent message; and the worker records a sent case letter's
/// notification day on its case.
@Suite("Corrections and notification days, on fakes")
struct CorrectionUseCaseTests {
    let now = RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(12, 0))
    let officer = StaffUser(email: "o@pmlp.gov.lv", name: "Anna", surname: "Liepa", unit: "Ogres nodaļa", position: "Referente",
                            phone: "65000000", roles: [.caseOfficer], offices: ["ogre"])

    func letter(caseID: UUID, status: OutboxMessage.Status = .sent, channel: OutboxMessage.Channel = .email) -> OutboxMessage {
        var m = OutboxMessage(kind: .letter, channel: channel, recipient: channel == .eAddress ? "_DEFAULT@161175-19997" : "janis@example.lv",
                              language: .lv, subject: "Atbilde", body: "Labdien, Jānis Ozols!\n\nPase gatava 10.00.", sendAfter: now,
                              bookingID: nil, officeSlug: "ogre", clientID: UUID(), status: status)
        m.caseID = caseID
        return m
    }

    func setUp(_ messages: [OutboxMessage], user: StaffUser? = nil) -> (FakeOutboxQueue, CorrectMessage) {
        let queue = FakeOutboxQueue()
        for m in messages {
            queue.add(m)
            queue.entries.withLock { $0[m.id]?.status = m.status }
        }
        let staff = FakeStaff()
        staff.add(user ?? officer, hash: "")
        return (queue, CorrectMessage(outbox: FakeOutboxReader(queue), queue: queue, staff: staff, now: now))
    }

    @Test func aCorrectionIsQueuedWithItsAuditAndTimelineEntriesAndTheReadIsLogged() async throws {
        let caseID = UUID()
        let original = letter(caseID: caseID)
        let (queue, correct) = setUp([original])
        let fix = try await correct(original.id, wrong: "10.00", right: "11.00", by: officer.principal(), userID: officer.id, channel: "test")
        let queued = try #require(queue.queued.withLock { $0.first })
        #expect(queued.message.id == fix.id && fix.correctsID == original.id && fix.caseID == caseID)
        #expect(queued.audit.action == "corrected" && queued.audit.entityID == original.id.uuidString)
        #expect(queued.audit.before == "10.00" && queued.audit.after == "11.00" && queued.audit.actor == officer.id.uuidString)
        #expect(queued.caseEvent?.kind == .letterCorrected)
        #expect(queue.status(fix.id) == .queued)
    }

    @Test func whatIsNotTheirsUnsentOrUnsignableIsRefusedAndNothingIsQueued() async throws {
        let caseID = UUID()
        let unsent = letter(caseID: caseID, status: .queued)
        var booking = letter(caseID: caseID)
        booking.caseID = nil
        var otherOffice = letter(caseID: caseID)
        otherOffice = OutboxMessage(id: otherOffice.id, kind: .letter, channel: .email, recipient: "x@example.lv", language: .lv,
                                    subject: "S", body: "B", sendAfter: now, bookingID: nil, officeSlug: "riga-1", clientID: nil, status: .sent)
        let (queue, correct) = setUp([unsent, booking, otherOffice])
        await #expect(throws: CorrectionProblem.refused(.init([.init("messageId", .notSent)]))) {
            try await correct(unsent.id, wrong: "a", right: "b", by: officer.principal(), userID: officer.id, channel: "test")
        }
        // A case officer corrects case letters, not a booking's messages; nor another office's.
        for id in [booking.id, otherOffice.id, UUID()] {
            await #expect(throws: CorrectionProblem.notFound) {
                try await correct(id, wrong: "a", right: "b", by: officer.principal(), userID: officer.id, channel: "test")
            }
        }
        var noPhone = officer
        noPhone.phone = nil
        let sent = letter(caseID: caseID)
        let (_, unsigned) = setUp([sent], user: noPhone)
        await #expect(throws: CorrectionProblem.signatureIncomplete([.phone])) {
            try await unsigned(sent.id, wrong: "a", right: "b", by: noPhone.principal(), userID: noPhone.id, channel: "test")
        }
        #expect(queue.queued.withLock { $0.isEmpty })
    }

    @Test func aSentCaseLetterGoesOnItsCaseWithTheDayItCountsAsNotified() async throws {
        let caseID = UUID()
        let toEAddress = letter(caseID: caseID, status: .queued, channel: .eAddress)
        let queue = FakeOutboxQueue()
        queue.add(toEAddress)
        let cases = FakeCaseStore()
        let now = self.now
        let report = try await DeliverMessages(queue: queue, senders: [.eAddress: FakeSender()],
                                               notices: .init(cases: cases, reference: FakeReference(), rule: .standard))(now: { now })
        #expect(report.sent == 1)
        let event = try #require(cases.state.withLock { $0.events[caseID]?.first })
        // Monday 21 December 2026 → Wednesday 23 December, the 2nd working day after.
        #expect(event.kind == .letterDelivered && event.deliveredLetter?.id == toEAddress.id
                && event.deliveredLetter?.notifiedOn == LocalDate(2026, 12, 23))
    }
}
