import Domain
import Foundation

/// What a registration refuses: the intake's fields, the attachments, or an unknown office.
public struct SubmissionProblem: Error, Sendable, Equatable {
    public enum Issue: Sendable, Equatable {
        case intake(SubmissionIntake.Issue)
        case attachment(AttachmentRule.Issue)
        case unknownOffice
    }

    public let fields: [FieldProblem<Issue>]
    public init(_ fields: [FieldProblem<Issue>]) { self.fields = fields }
}

/// "Register a submission" — from any channel (K-INTAKE): a clerk at the desk (in person, oral),
/// a clerk opening the post, the mail gateway, the e-address/portal gateway, the public form and
/// the API all come here. The intake is checked, its trust and deadlines fixed on the day it was
/// received, its files written outside the database (and removed again if the case is not
/// saved), and an e-mail seen before returns its existing case.
public struct RegisterSubmission: Sendable {
    let cases: any CaseStore
    let files: any FileStore
    let reference: any ReferenceStore
    let now: Date

    public init(cases: any CaseStore, files: any FileStore, reference: any ReferenceStore, now: Date) {
        self.cases = cases
        self.files = files
        self.reference = reference
        self.now = now
    }

    /// What arrived besides the intake's fields.
    public struct Envelope: Sendable {
        /// nil: the headquarters, which distributes unaddressed mail.
        public var officeSlug: String?
        public var language: Language = .lv
        public var messageID: String?
        public var divisionAddress: String?
        public var attachments: [AttachmentRule.Candidate] = []
        public var complaint: SubmissionCase.Complaint?
        /// Who registered it: a staff user's id, or the channel's name for what arrived by itself.
        public var actor: String

        public init(actor: String, officeSlug: String? = nil) {
            self.actor = actor
            self.officeSlug = officeSlug
        }
    }

    public struct Registered: Sendable {
        public let `case`: SubmissionCase
        /// false when the same e-mail had been registered before: this is that case.
        public let isNew: Bool
    }

    /// Where mail that names no division goes.
    public static let centralOffice = "headquarters"

    public func callAsFunction(_ input: SubmissionIntake.Input, _ envelope: Envelope) async throws -> Registered {
        // The same message twice is one submission, whatever else it says.
        if let id = envelope.messageID, let existing = try await cases.find(messageID: id) {
            return Registered(case: existing, isNew: false)
        }
        var problems: [FieldProblem<SubmissionProblem.Issue>] = []
        let officeSlug = envelope.officeSlug ?? Self.centralOffice
        // Only something shaped like an office's id is looked up.
        let office = OfficeDetailsRule.isSlug(officeSlug) ? try await reference.office(slug: officeSlug) : nil
        if office == nil { problems.append(.init("officeId", .unknownOffice)) }
        let calendar = WorkingCalendar(adjustments: try await reference.calendarAdjustments())
        let intake: SubmissionIntake?
        switch SubmissionIntake.check(input, now: now, calendar: calendar) {
        case .success(let i): intake = i
        case .failure(let p):
            intake = nil
            problems += p.fields.map { .init($0.name, .intake($0.issue)) }
        }
        problems += AttachmentRule.check(envelope.attachments).map { .init($0.name, .attachment($0.issue)) }
        guard problems.isEmpty, let intake, let office else { throw SubmissionProblem(problems) }

        let c = SubmissionCase(id: UUID.random(), reference: CaseReference.generate(year: RigaTime.date(of: now).year),
                               officeSlug: officeSlug, intake: intake, language: envelope.language,
                               messageID: envelope.messageID, divisionAddress: envelope.divisionAddress,
                               complaint: envelope.complaint)
        var stored: [CaseAttachment] = []
        do {
            for file in envelope.attachments {
                let a = CaseAttachment(id: UUID.random(), fileName: AttachmentRule.safeName(file.fileName),
                                       mediaType: AttachmentRule.mediaType(of: file) ?? "application/octet-stream",
                                       size: file.data.count, sha256: AttachmentRule.sha256(file.data))
                try await files.put(file.data, key: a.id.uuidString)
                stored.append(a)
            }
            let detail = [intake.channel.rawValue, intake.trust.rawValue, envelope.complaint.map { "complaint:\($0.caseID)" }]
                .compactMap { $0 }.joined(separator: " ")
            // From 2026-03-01 the longer term is told to the submitter with its reason.
            // Written at registration by the system, so signed by the office's unit with its phone.
            let sender = LetterSender.office(office, agency: try await reference.agencyContacts())
            let letters = CaseLetters.moreInformation(c, id: UUID.random(), at: now, from: sender).map { [$0] } ?? []
            try await cases.register(c, event: CaseEvent(at: now, actor: envelope.actor, kind: .received, detail: detail),
                                     attachments: stored, letters: letters)
            return Registered(case: c, isNew: true)
        } catch {
            // Nothing half-saved: the files of a case that was not saved go too.
            for a in stored { try? await files.delete(key: a.id.uuidString) }
            if case CaseFailure.duplicateMessage(let existing) = error { return Registered(case: existing, isNew: false) }
            throw error
        }
    }
}
