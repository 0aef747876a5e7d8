import Domain
import Fluent
import Foundation

final class CaseModel: Model, @unchecked Sendable {
    static let schema = "cases"

    @ID(key: .id) var id: UUID?
    @Field(key: "reference") var reference: String
    @Field(key: "office_slug") var officeSlug: String
    @Field(key: "channel") var channel: String
    @Field(key: "trust") var trust: String
    @Field(key: "received_at") var receivedAt: Date
    @OptionalField(key: "submitter_name") var submitterName: String?
    @OptionalField(key: "submitter_surname") var submitterSurname: String?
    @OptionalField(key: "personal_code") var personalCode: String?
    @OptionalField(key: "date_of_birth") var dateOfBirth: String?
    @OptionalField(key: "email") var email: String?
    @OptionalField(key: "phone") var phone: String?
    @OptionalField(key: "postal_address") var postalAddress: String?
    @Field(key: "subject") var subject: String
    @Field(key: "text") var text: String
    @Field(key: "language") var language: String
    @OptionalField(key: "more_information_reason") var moreInformationReason: String?
    @Field(key: "term_kind") var termKind: String
    @OptionalField(key: "term_days") var termDays: Int?
    @Field(key: "due_date") var dueDate: String
    @Field(key: "referral_due_date") var referralDueDate: String
    @Field(key: "status") var status: String
    @OptionalField(key: "assigned_to") var assignedTo: UUID?
    @OptionalField(key: "suspended_since") var suspendedSince: String?
    @OptionalField(key: "suspension_reason") var suspensionReason: String?
    @OptionalField(key: "remaining_kind") var remainingKind: String?
    @OptionalField(key: "remaining_count") var remainingCount: Int?
    @OptionalField(key: "referral_institution") var referralInstitution: String?
    @OptionalField(key: "referred_on") var referredOn: String?
    @OptionalField(key: "referred_by") var referredBy: String?
    @OptionalField(key: "decision_outcome") var decisionOutcome: String?
    @OptionalField(key: "decision_reason") var decisionReason: String?
    @OptionalField(key: "decision_legal_basis") var decisionLegalBasis: String?
    @OptionalField(key: "decided_on") var decidedOn: String?
    @OptionalField(key: "decided_by") var decidedBy: String?
    @OptionalField(key: "appeal") var appeal: String?
    @OptionalField(key: "message_id") var messageID: String?
    @OptionalField(key: "division_address") var divisionAddress: String?
    @OptionalField(key: "complaint_about") var complaintAbout: String?
    @OptionalField(key: "complaint_case_id") var complaintCaseID: UUID?
    @OptionalField(key: "copy_handed_over_at") var copyHandedOverAt: Date?
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date

    init() {}

    /// The case's values into the row (all but id, version and created_at).
    func apply(_ c: SubmissionCase) {
        reference = c.reference
        officeSlug = c.officeSlug
        channel = c.channel.rawValue
        trust = c.trust.rawValue
        receivedAt = c.receivedAt
        submitterName = c.submitter?.name
        submitterSurname = c.submitter?.surname
        personalCode = c.submitter?.personalCode
        dateOfBirth = c.submitter?.dateOfBirth?.description
        email = c.submitter?.email
        phone = c.submitter?.phone
        postalAddress = c.submitter?.postalAddress
        subject = c.subject
        text = c.text
        language = c.language.rawValue
        moreInformationReason = c.moreInformationReason
        switch c.term {
        case .workingDays(let n):
            termKind = "working-days"
            termDays = n
        case .oneMonth:
            termKind = "one-month"
            termDays = nil
        }
        dueDate = c.dueDate.description
        referralDueDate = c.referralDueDate.description
        status = c.status.rawValue
        assignedTo = c.assignedTo
        suspendedSince = c.suspension?.since.description
        suspensionReason = c.suspension?.reason
        switch c.suspension?.remaining {
        case .workingDays(let n)?:
            remainingKind = "working-days"
            remainingCount = n
        case .days(let n)?:
            remainingKind = "days"
            remainingCount = n
        case nil:
            remainingKind = nil
            remainingCount = nil
        }
        referralInstitution = c.referral?.institutionID
        referredOn = c.referral?.on.description
        referredBy = c.referral?.by
        decisionOutcome = c.decision?.outcome.rawValue
        decisionReason = c.decision?.reason
        decisionLegalBasis = c.decision.flatMap { Self.json($0.legalBasis) }
        decidedOn = c.decision?.on.description
        decidedBy = c.decision?.by
        appeal = c.decision?.appeal.flatMap { Self.json($0) }
        messageID = c.messageID
        divisionAddress = c.divisionAddress
        complaintAbout = c.complaint?.about.rawValue
        complaintCaseID = c.complaint?.caseID
        copyHandedOverAt = c.copyHandedOverAt
    }

    static func json<T: Encodable>(_ value: T) -> String? {
        (try? JSONEncoder().encode(value)).flatMap { String(data: $0, encoding: .utf8) }
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String?) -> T? {
        text.flatMap { try? JSONDecoder().decode(T.self, from: Data($0.utf8)) }
    }

    /// The row as the domain's case; nil for a row no version of Apkalpe would write.
    func toDomain() -> SubmissionCase? {
        guard let id, let channel = SubmissionChannel(rawValue: channel), let trust = SubmissionTrust(rawValue: trust),
              let status = CaseStatus(rawValue: status), let due = LocalDate(iso: dueDate),
              let referralDue = LocalDate(iso: referralDueDate) else { return nil }
        let submitter = submitterName.map {
            SubmissionIntake.Submitter(name: $0, surname: submitterSurname ?? "", personalCode: personalCode,
                                       dateOfBirth: dateOfBirth.flatMap(LocalDate.init(iso:)), email: email, phone: phone,
                                       postalAddress: postalAddress)
        }
        let term: SubmissionDeadline.Term = termKind == "working-days" ? .workingDays(termDays ?? 10) : .oneMonth
        var suspension: SubmissionCase.Suspension?
        if let since = suspendedSince.flatMap(LocalDate.init(iso:)), let count = remainingCount {
            suspension = .init(since: since, reason: suspensionReason ?? "",
                               remaining: remainingKind == "working-days" ? .workingDays(count) : .days(count))
        }
        let referral = referralInstitution.flatMap { inst in
            referredOn.flatMap(LocalDate.init(iso:)).map { SubmissionCase.Referral(institutionID: inst, on: $0, by: referredBy ?? "") }
        }
        var decision: SubmissionCase.Decision?
        if let outcome = decisionOutcome.flatMap(DecisionOutcome.init(rawValue:)), let on = decidedOn.flatMap(LocalDate.init(iso:)) {
            decision = .init(outcome: outcome, reason: decisionReason ?? "",
                             legalBasis: Self.decode([LegalBasis].self, decisionLegalBasis) ?? [], on: on, by: decidedBy ?? "",
                             appeal: Self.decode(ContestNotice.self, appeal))
        }
        let complaint = complaintCaseID.flatMap { cid in
            complaintAbout.flatMap(ComplaintSubject.init(rawValue:)).map { SubmissionCase.Complaint(about: $0, caseID: cid) }
        }
        return SubmissionCase(
            id: id, reference: reference, officeSlug: officeSlug, channel: channel, trust: trust, receivedAt: receivedAt,
            submitter: submitter, subject: subject, text: text, language: Language(rawValue: language) ?? .lv,
            moreInformationReason: moreInformationReason, term: term, dueDate: due, referralDueDate: referralDue, status: status,
            assignedTo: assignedTo, suspension: suspension, referral: referral, decision: decision, messageID: messageID,
            divisionAddress: divisionAddress, complaint: complaint, copyHandedOverAt: copyHandedOverAt, version: version)
    }
}

final class CaseEventModel: Model, @unchecked Sendable {
    static let schema = "case_events"

    @ID(key: .id) var id: UUID?
    @Field(key: "case_id") var caseID: UUID
    @Field(key: "at") var at: Date
    @Field(key: "actor") var actor: String
    @Field(key: "kind") var kind: String
    @Field(key: "detail") var detail: String

    init() {}

    init(_ e: CaseEvent, caseID: UUID) {
        id = UUID.random()
        self.caseID = caseID
        at = e.at
        actor = e.actor
        kind = e.kind.rawValue
        detail = e.detail
    }

    func toDomain() -> CaseEvent? {
        CaseEvent.Kind(rawValue: kind).map { CaseEvent(at: at, actor: actor, kind: $0, detail: detail) }
    }
}

final class CaseLetterModel: Model, @unchecked Sendable {
    static let schema = "case_letters"

    @ID(key: .id) var id: UUID?
    @Field(key: "case_id") var caseID: UUID
    @Field(key: "purpose") var purpose: String
    @Field(key: "language") var language: String
    @Field(key: "recipient") var recipient: String
    @OptionalField(key: "address") var address: String?
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(_ l: CaseLetter, caseID: UUID) {
        id = l.id
        self.caseID = caseID
        purpose = l.purpose.rawValue
        language = l.language.rawValue
        recipient = l.recipient
        address = l.address
        subject = l.subject
        body = l.body
        createdAt = l.createdAt
    }

    func toDomain() -> CaseLetter? {
        guard let id, let purpose = CaseLetter.Purpose(rawValue: purpose) else { return nil }
        return CaseLetter(id: id, purpose: purpose, language: Language(rawValue: language) ?? .lv, recipient: recipient,
                          address: address, subject: subject, body: body, createdAt: createdAt)
    }
}

final class CaseAttachmentModel: Model, @unchecked Sendable {
    static let schema = "case_attachments"

    @ID(key: .id) var id: UUID?
    @Field(key: "case_id") var caseID: UUID
    @Field(key: "file_name") var fileName: String
    @Field(key: "media_type") var mediaType: String
    @Field(key: "size") var size: Int
    @Field(key: "sha256") var sha256: String

    init() {}

    init(_ a: CaseAttachment, caseID: UUID) {
        id = a.id
        self.caseID = caseID
        fileName = a.fileName
        mediaType = a.mediaType
        size = a.size
        sha256 = a.sha256
    }

    func toDomain() -> CaseAttachment? {
        id.map { CaseAttachment(id: $0, fileName: fileName, mediaType: mediaType, size: size, sha256: sha256) }
    }
}
