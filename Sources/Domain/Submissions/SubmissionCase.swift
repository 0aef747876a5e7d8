import Foundation

/// Where a case stands. `referred` and `decided` close it; a suspended case's clock is stopped.
public enum CaseStatus: String, Sendable, Codable, CaseIterable {
    case open, suspended, referred, decided

    public var isClosed: Bool { self == .referred || self == .decided }
}

/// What a complaint is about (issue 14, item 7): a decision, another act, or an employee's conduct.
public enum ComplaintSubject: String, Sendable, Codable, CaseIterable {
    case decision, act, conduct
}

/// A written submission being worked: the intake as received, the deadlines the law gives it,
/// and what has been done (K-INTAKE, S-REFER, S-REFUSAL). Changed only through `CaseWork`.
public struct SubmissionCase: Hashable, Sendable, Identifiable {
    public struct Suspension: Hashable, Sendable {
        public let since: LocalDate
        public let reason: String
        public let remaining: SubmissionDeadline.Remaining

        public init(since: LocalDate, reason: String, remaining: SubmissionDeadline.Remaining) {
            self.since = since
            self.reason = reason
            self.remaining = remaining
        }
    }

    public struct Referral: Hashable, Sendable {
        public let institutionID: String
        public let on: LocalDate
        public let by: String

        public init(institutionID: String, on: LocalDate, by: String) {
            self.institutionID = institutionID
            self.on = on
            self.by = by
        }
    }

    public struct Decision: Hashable, Sendable {
        public let outcome: DecisionOutcome
        public let reason: String
        public let legalBasis: [LegalBasis]
        public let on: LocalDate
        public let by: String
        /// The notice of the right to contest, in the submitter's language (unfavourable only).
        public let appeal: ContestNotice?

        public init(outcome: DecisionOutcome, reason: String, legalBasis: [LegalBasis], on: LocalDate, by: String,
                    appeal: ContestNotice?) {
            self.outcome = outcome
            self.reason = reason
            self.legalBasis = legalBasis
            self.on = on
            self.by = by
            self.appeal = appeal
        }
    }

    /// A complaint is its own case pointing at what it complains of.
    public struct Complaint: Hashable, Sendable {
        public let about: ComplaintSubject
        public let caseID: UUID

        public init(about: ComplaintSubject, caseID: UUID) {
            self.about = about
            self.caseID = caseID
        }
    }

    public let id: UUID
    public let reference: String
    public var officeSlug: String
    public let channel: SubmissionChannel
    public let trust: SubmissionTrust
    public let receivedAt: Date
    public let submitter: SubmissionIntake.Submitter?
    public let subject: String
    public let text: String
    /// The submitter's language: letters and the contest notice are written in it.
    public let language: Language
    public let moreInformationReason: String?
    public var term: SubmissionDeadline.Term
    public var dueDate: LocalDate
    public let referralDueDate: LocalDate
    public var status: CaseStatus
    public var assignedTo: UUID?
    public var suspension: Suspension?
    public var referral: Referral?
    public var decision: Decision?
    /// An e-mail's Message-ID: the same message twice is one submission.
    public let messageID: String?
    /// The division address an e-mail was sent to (K-INTAKE).
    public let divisionAddress: String?
    public let complaint: Complaint?
    /// S-ORAL: when the written copy of an oral submission was handed to the client.
    public var copyHandedOverAt: Date?
    /// Bumped on every change; a save that finds another version was overtaken.
    public var version: Int

    public init(id: UUID, reference: String, officeSlug: String, intake: SubmissionIntake, language: Language,
                messageID: String? = nil, divisionAddress: String? = nil, complaint: Complaint? = nil) {
        self.id = id
        self.reference = reference
        self.officeSlug = officeSlug
        channel = intake.channel
        trust = intake.trust
        receivedAt = intake.receivedAt
        submitter = intake.submitter
        subject = intake.subject
        text = intake.text
        self.language = language
        moreInformationReason = intake.moreInformationReason
        term = intake.term
        dueDate = intake.answerDue
        referralDueDate = intake.referralDue
        status = .open
        self.messageID = messageID
        self.divisionAddress = divisionAddress
        self.complaint = complaint
        version = 1
    }

    /// Everything, as storage gives it back.
    public init(id: UUID, reference: String, officeSlug: String, channel: SubmissionChannel, trust: SubmissionTrust,
                receivedAt: Date, submitter: SubmissionIntake.Submitter?, subject: String, text: String, language: Language,
                moreInformationReason: String?, term: SubmissionDeadline.Term, dueDate: LocalDate, referralDueDate: LocalDate,
                status: CaseStatus, assignedTo: UUID?, suspension: Suspension?, referral: Referral?, decision: Decision?,
                messageID: String?, divisionAddress: String?, complaint: Complaint?, copyHandedOverAt: Date?, version: Int) {
        self.id = id
        self.reference = reference
        self.officeSlug = officeSlug
        self.channel = channel
        self.trust = trust
        self.receivedAt = receivedAt
        self.submitter = submitter
        self.subject = subject
        self.text = text
        self.language = language
        self.moreInformationReason = moreInformationReason
        self.term = term
        self.dueDate = dueDate
        self.referralDueDate = referralDueDate
        self.status = status
        self.assignedTo = assignedTo
        self.suspension = suspension
        self.referral = referral
        self.decision = decision
        self.messageID = messageID
        self.divisionAddress = divisionAddress
        self.complaint = complaint
        self.copyHandedOverAt = copyHandedOverAt
        self.version = version
    }
}

/// One line of a case's timeline: who did what, when.
public struct CaseEvent: Hashable, Sendable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case received, assigned, note, suspended, resumed, referred, decided, copyHandedOver = "copy-handed-over",
             complaintFiled = "complaint-filed", attachmentAdded = "attachment-added",
             /// An officer wrote a letter (issue 15); its detail is the subject.
             letterWritten = "letter-written",
             /// A letter left (sent to an e-mail or e-address); its detail names the day it counts as notified.
             letterDelivered = "letter-delivered",
             /// A correction of a sent letter, with an apology, was queued (S-MAIL-FIX); its detail is the subject.
             letterCorrected = "letter-corrected"
    }

    public let at: Date
    /// The staff user's id, or `mail`, `web-form`, `gateway` for what arrived by itself.
    public let actor: String
    public let kind: Kind
    public let detail: String

    public init(at: Date, actor: String, kind: Kind, detail: String = "") {
        self.at = at
        self.actor = actor
        self.kind = kind
        self.detail = detail
    }
}

extension CaseEvent {
    /// The timeline entry of a letter that left: the letter's id and, when the law gives one, the
    /// day it counts as notified (FACTS.md §2), as `<id> <yyyy-mm-dd>`.
    public static func letterDelivered(_ letterID: UUID, notifiedOn: LocalDate?, at: Date) -> CaseEvent {
        CaseEvent(at: at, actor: "outbox", kind: .letterDelivered,
                  detail: [letterID.uuidString, notifiedOn?.description].compactMap { $0 }.joined(separator: " "))
    }

    /// Of a `letter-delivered` entry: which letter, and its notification day.
    public var deliveredLetter: (id: UUID, notifiedOn: LocalDate?)? {
        guard kind == .letterDelivered else { return nil }
        let parts = detail.split(separator: " ")
        guard let first = parts.first, let id = UUID(uuidString: String(first)) else { return nil }
        return (id, parts.dropFirst().first.flatMap { LocalDate(iso: String($0)) })
    }
}

extension CaseFile {
    /// Each sent letter's notification day, from its timeline entry.
    public var notifiedOn: [UUID: LocalDate] {
        var days: [UUID: LocalDate] = [:]
        for e in events { if let d = e.deliveredLetter, let day = d.notifiedOn { days[d.id] = day } }
        return days
    }
}

/// A letter the case produced (a referral's forwarding and the client's notice, a decision):
/// kept on the case and shown as a letter page until the correspondence issue sends it.
public struct CaseLetter: Hashable, Sendable, Identifiable {
    public enum Purpose: String, Sendable, Codable, CaseIterable {
        case forwarding, referralNotice = "referral-notice", decision, moreInformation = "more-information",
             generalInformation = "general-information", howToSubmit = "how-to-submit",
             /// The officer's own subject and text (issue 15, item 7).
             answer
    }

    public let id: UUID
    public let purpose: Purpose
    public let language: Language
    /// Who it is for: the institution or the submitter, by name.
    public let recipient: String
    /// Where it goes: an e-address, an e-mail or a postal address (nil when unknown: handed over).
    public let address: String?
    public let subject: String
    public let body: String
    public let createdAt: Date

    public init(id: UUID, purpose: Purpose, language: Language, recipient: String, address: String?, subject: String,
                body: String, createdAt: Date) {
        self.id = id
        self.purpose = purpose
        self.language = language
        self.recipient = recipient
        self.address = address
        self.subject = subject
        self.body = body
        self.createdAt = createdAt
    }
}
