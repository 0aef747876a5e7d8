import Domain
import Foundation

/// Who works on cases: a member of staff, with the offices they may see.
public struct CaseWorker: Sendable {
    public let userID: UUID
    public let roles: Set<Role>
    public let offices: Set<String>
    /// Where the work happened, for the access log (`POST /api/v1/cases/{caseId}/decision`, a page).
    public let channel: String

    public init(userID: UUID, roles: Set<Role>, offices: Set<String>, channel: String) {
        self.userID = userID
        self.roles = roles
        self.offices = offices
        self.channel = channel
    }

    /// Agency-wide roles see every office's cases; the others their own offices' (office scoping).
    public func reaches(_ office: String) -> Bool { roles.contains(where: \.isAgencyWide) || offices.contains(office) }

    var reader: ClientReader {
        ClientReader(staffUserID: userID, roles: roles, offices: offices, channel: channel, purpose: "case work")
    }
}

/// What case work refuses beyond the rules: no such case (or one of another office), or a
/// change that overtook another.
public enum CaseWorkProblem: Error, Sendable, Equatable {
    case notFound
    case changedMeanwhile
    case refused(CaseWork.Refusal)
    /// The step writes a letter, and the worker's profile lacks these fields of its signature
    /// (S-MAIL-FORM): nothing is saved until the profile is complete.
    case signatureIncomplete([Signatory.Field])
}

/// "Work on a case" — a case officer suspends, resumes, refers, decides, notes, and records the
/// handing over of an oral submission's copy. One type for the API and the pages: each step reads
/// the case, asks `CaseWork`, and saves the case, its timeline entry and its letters together.
public struct WorkOnCase: Sendable {
    let cases: any CaseStore
    let reference: any ReferenceStore
    let staff: any StaffStore
    let now: Date
    let worker: CaseWorker

    public init(cases: any CaseStore, reference: any ReferenceStore, staff: any StaffStore, now: Date, worker: CaseWorker) {
        self.cases = cases
        self.reference = reference
        self.staff = staff
        self.now = now
        self.worker = worker
    }

    var today: LocalDate { RigaTime.date(of: now) }
    var actor: String { worker.userID.uuidString }

    /// The case, if the worker reaches its office (nothing is logged: nothing is shown).
    public func load(_ id: UUID) async throws -> SubmissionCase {
        guard let c = try await cases.find(id: id), worker.reaches(c.officeSlug) else { throw CaseWorkProblem.notFound }
        return c
    }

    /// The worker as the signatory of the letters a step writes (S-MAIL-FORM).
    func sender() async throws -> LetterSender {
        switch LetterSender.person(try await staff.user(id: worker.userID)) {
        case .success(let sender): return sender
        case .failure(let incomplete): throw CaseWorkProblem.signatureIncomplete(incomplete.missing)
        }
    }

    func calendar() async throws -> WorkingCalendar { WorkingCalendar(adjustments: try await reference.calendarAdjustments()) }

    func commit(_ outcome: CaseWork.Outcome, letters: (SubmissionCase) -> [CaseLetter] = { _ in [] }) async throws -> SubmissionCase {
        switch outcome {
        case .failure(let refusal): throw CaseWorkProblem.refused(refusal)
        case .success(let (c, event)):
            do {
                try await cases.save(c, event: event, letters: letters(c))
            } catch CaseFailure.changedMeanwhile {
                throw CaseWorkProblem.changedMeanwhile
            }
            var saved = c
            saved.version += 1
            return saved
        }
    }

    /// The case and all that belongs to it; the read goes to the access log.
    public func open(_ id: UUID) async throws -> CaseFile {
        // Office first: a case of another office is not read at all, so nothing is logged for it.
        _ = try await load(id)
        guard let file = try await cases.open(id: id, by: worker.reader, now: now) else { throw CaseWorkProblem.notFound }
        return file
    }

    /// The case as a clerk or officer sees it on its page: the file (its read logged), the
    /// office, who it is assigned to, and — for one who may work it while it is open — whom it
    /// may be given to and the referral list and acts to choose from.
    public struct Desk: Sendable {
        public let file: CaseFile
        public let office: Office?
        public let assignee: StaffUser?
        public let officers: [StaffUser]
        public let catalogue: CaseCatalogue
    }

    public func desk(_ id: UUID, canWork: Bool) async throws -> Desk {
        let file = try await open(id)
        let c = file.case
        let working = canWork && !c.status.isClosed
        var assignee: StaffUser?
        if let who = c.assignedTo { assignee = try await staff.user(id: who) }
        return Desk(file: file, office: try await reference.office(slug: c.officeSlug), assignee: assignee,
                    officers: working ? try await officers(office: c.officeSlug) : [],
                    catalogue: try await reference.caseCatalogue())
    }

    public func suspend(_ id: UUID, reason: String?) async throws -> SubmissionCase {
        let c = try await load(id)
        return try await commit(CaseWork.suspend(c, reason: reason, on: today, at: now, by: actor, calendar: try await calendar()))
    }

    public func resume(_ id: UUID) async throws -> SubmissionCase {
        let c = try await load(id)
        return try await commit(CaseWork.resume(c, on: today, at: now, by: actor, calendar: try await calendar()))
    }

    /// S-REFER: the forwarding and the submitter's notice are produced with the referral.
    public func refer(_ id: UUID, to institutionID: String) async throws -> SubmissionCase {
        let c = try await load(id)
        switch CaseWork.refer(c, to: institutionID, on: today, at: now, by: actor, catalogue: try await reference.caseCatalogue()) {
        case .failure(let refusal): throw CaseWorkProblem.refused(refusal)
        case .success(let (next, event, institution)):
            let sender = try await sender()
            return try await commit(.success((next, event))) { c in
                [CaseLetters.forwarding(c, to: institution, id: UUID.random(), at: now, from: sender)]
                    + (c.submitter == nil ? [] : [CaseLetters.referralNotice(c, to: institution, id: UUID.random(), at: now, from: sender)])
            }
        }
    }

    public func decide(_ id: UUID, outcome: DecisionOutcome, reason: String?, legalBasis: [LegalBasis]) async throws -> SubmissionCase {
        let c = try await load(id)
        let agency = try await reference.agencyContacts()
        let catalogue = try await reference.caseCatalogue()
        let outcome = CaseWork.decide(c, outcome: outcome, reason: reason, legalBasis: legalBasis, on: today, at: now, by: actor,
                                      agency: agency, calendar: try await calendar(), catalogue: catalogue)
        // The rules first: a refusal names the case's fields before the profile's.
        guard case .success = outcome else { return try await commit(outcome) }
        let sender = try await sender()
        return try await commit(outcome) { c in
            CaseLetters.decision(c, id: UUID.random(), at: now, agency: agency, acts: catalogue.acts, from: sender).map { [$0] } ?? []
        }
    }

    /// A letter the officer writes (issue 15, item 1): composed from a template or their own
    /// words, framed and signed from their profile (422 when it lacks a field). `preview` shows
    /// it without saving anything; otherwise it is kept on the case and — to an e-mail or
    /// e-address — queued in the outbox in the same transaction.
    public func write(_ id: UUID, letter request: LetterComposer.Request, preview: Bool) async throws -> CaseLetter {
        let c = try await load(id)
        let sender = try await sender()
        let composed = LetterComposer.compose(request, for: c, id: UUID.random(), at: now, agency: try await reference.agencyContacts(),
                                              from: sender)
        let letter: CaseLetter
        switch composed {
        case .failure(let refusal): throw CaseWorkProblem.refused(refusal)
        case .success(let l): letter = l
        }
        if preview { return letter }
        _ = try await commit(.success((c, CaseEvent(at: now, actor: actor, kind: .letterWritten, detail: letter.subject)))) { _ in [letter] }
        return letter
    }

    public func note(_ id: UUID, text: String?) async throws {
        let c = try await load(id)
        switch CaseWork.note(c, text: text, at: now, by: actor) {
        case .failure(let refusal): throw CaseWorkProblem.refused(refusal)
        case .success(let event): try await cases.append(event, to: c.id)
        }
    }

    /// S-ORAL: the client read the written-down submission back and took the copy.
    public func copyHandedOver(_ id: UUID) async throws -> SubmissionCase {
        var c = try await load(id)
        guard c.copyHandedOverAt == nil else { return c }
        c.copyHandedOverAt = now
        return try await commit(.success((c, CaseEvent(at: now, actor: actor, kind: .copyHandedOver))))
    }

    /// The case goes to an officer of its office (or back to nobody): an active member of staff
    /// who may work cases and reaches the case's office.
    public func assign(_ id: UUID, to officer: UUID?) async throws -> SubmissionCase {
        var c = try await load(id)
        if c.status.isClosed { throw CaseWorkProblem.refused(.init([.init("status", .closed)])) }
        if let officer {
            guard let user = try await staff.user(id: officer), Self.canWork(user, office: c.officeSlug) else {
                throw CaseWorkProblem.refused(.init([.init("officerId", .notAnOfficer)]))
            }
        }
        c.assignedTo = officer
        return try await commit(.success((c, CaseEvent(at: now, actor: actor, kind: .assigned, detail: officer?.uuidString ?? ""))))
    }

    static func canWork(_ user: StaffUser, office: String) -> Bool {
        user.active && AccessPolicy.decide(user.principal(), .casesWork, office: office) == .allow
    }

    /// Who a case of `office` may be assigned to.
    public func officers(office: String) async throws -> [StaffUser] {
        try await staff.users().filter { Self.canWork($0, office: office) }
            .sorted { ($0.surname, $0.name) < ($1.surname, $1.name) }
    }

    /// Cases the worker may see. `due` turns into days on the working calendar: overdue is past
    /// its last day and still open; soon is due within the next three working days.
    public func list(status: CaseStatus?, office: String?, due: CaseFilter.Due?, assignedTo: UUID? = nil) async throws -> [SubmissionCase] {
        if let office, !OfficeDetailsRule.isSlug(office) || !worker.reaches(office) { return [] }
        var filter = CaseFilter(status: status, office: office,
                                offices: worker.roles.contains(where: \.isAgencyWide) ? nil : worker.offices, assignedTo: assignedTo)
        switch due {
        case .overdue?:
            filter.status = .open
            filter.dueOnOrBefore = DeadlineDigest.Window(today: today, calendar: try await calendar()).overdueThrough
        case .soon?:
            let window = DeadlineDigest.Window(today: today, calendar: try await calendar())
            filter.status = .open
            filter.dueOnOrAfter = window.today
            filter.dueOnOrBefore = window.soonThrough
        case nil: break
        }
        if let status, filter.status != status { return [] }
        return try await cases.list(filter)
    }
}

/// "File a complaint" (issue 14, item 7): about a decision, another act or an employee's conduct
/// in a case — its own case, with its own deadline, pointing at what it complains of.
public struct FileComplaint: Sendable {
    let register: RegisterSubmission
    let work: WorkOnCase

    public init(register: RegisterSubmission, work: WorkOnCase) {
        self.register = register
        self.work = work
    }

    public func callAsFunction(about caseID: UUID, subject: ComplaintSubject, input: SubmissionIntake.Input) async throws -> SubmissionCase {
        let original = try await work.load(caseID)
        var envelope = RegisterSubmission.Envelope(actor: work.actor, officeSlug: original.officeSlug)
        envelope.language = original.language
        envelope.complaint = .init(about: subject, caseID: original.id)
        let registered = try await register(input, envelope)
        try await work.cases.append(CaseEvent(at: work.now, actor: work.actor, kind: .complaintFiled,
                                              detail: registered.case.reference), to: original.id)
        return registered.case
    }
}
