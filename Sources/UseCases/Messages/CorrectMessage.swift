import Domain
import Foundation

/// What correcting a message refuses beyond the rule's fields.
public enum CorrectionProblem: Error, Sendable, Equatable {
    /// No such message, or one the corrector may not correct (another office's; a booking
    /// message for one who works cases only).
    case notFound
    case refused(MessageCorrection.Refusal)
    /// The corrector's profile lacks these fields of the signature (S-MAIL-FORM).
    case signatureIncomplete([Signatory.Field])
}

/// "Send a correction" (S-MAIL-FIX, issue 15, item 6): a member of staff names what was wrong in a
/// sent message and what is right; a correcting message with an apology, in the client's
/// language and signed by them, goes to the same recipient over the same channel, linked to the
/// original. The audit trail keeps the error (the staff-error register of a later issue reads
/// it), and a case's letter gets a timeline entry — all in one transaction with the new row.
public struct CorrectMessage: Sendable {
    let outbox: any OutboxReader
    let queue: any OutboxQueue
    let staff: any StaffStore
    let now: Date

    public init(outbox: any OutboxReader, queue: any OutboxQueue, staff: any StaffStore, now: Date) {
        self.outbox = outbox
        self.queue = queue
        self.staff = staff
        self.now = now
    }

    /// `ofCase`: only a letter of that case (the case page corrects its own letters).
    public func callAsFunction(_ id: UUID, wrong: String?, right: String?, by principal: StaffPrincipal, userID: UUID,
                               channel: String, ofCase: UUID? = nil) async throws -> OutboxMessage {
        let agencyWide = principal.roles.contains(where: \.isAgencyWide)
        let reader = ClientReader(staffUserID: userID, roles: principal.roles, offices: principal.offices, channel: channel,
                                  purpose: "correction of a message sent to the client")
        // Office first (the reader's offices), then whether this kind of message is theirs to correct.
        guard let original = try await outbox.open(id: id, offices: agencyWide ? nil : principal.offices, by: reader, now: now),
              MessageCorrection.mayCorrect(principal, original), ofCase == nil || original.caseID == ofCase else {
            throw CorrectionProblem.notFound
        }
        let sender: LetterSender
        switch LetterSender.person(try await staff.user(id: userID)) {
        case .success(let s): sender = s
        case .failure(let incomplete): throw CorrectionProblem.signatureIncomplete(incomplete.missing)
        }
        switch MessageCorrection.compose(original, wrong: wrong, right: right, id: UUID.random(), at: now, from: sender) {
        case .failure(let refusal): throw CorrectionProblem.refused(refusal)
        case .success(let correction):
            let audit = AuditEntry(at: now, actor: userID.uuidString, entity: "outbox", entityID: original.id.uuidString,
                                   action: "corrected", before: wrong?.trimmingCharacters(in: .whitespacesAndNewlines),
                                   after: right?.trimmingCharacters(in: .whitespacesAndNewlines))
            let event = original.caseID.map { _ in
                CaseEvent(at: now, actor: userID.uuidString, kind: .letterCorrected, detail: correction.subject)
            }
            try await queue.queue(correction, audit: audit, caseEvent: event)
            return correction
        }
    }
}
