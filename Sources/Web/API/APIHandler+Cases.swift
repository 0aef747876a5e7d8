import Domain
import Foundation
import OpenAPIRuntime
import UseCases
import Vapor

/// Written submissions and their cases (issue 14): registration from any channel, the case list
/// and the case, and the case officer's steps. The same use cases as the staff pages.
extension APIHandler {
    func worker(_ permission: Permission, channel: String) throws -> CaseWorker {
        let (user, principal) = try request.requireStaff(permission)
        return CaseWorker(userID: user.id, roles: principal.roles, offices: principal.offices, channel: channel)
    }

    static func intake(_ body: Components.Schemas.SubmissionInput) throws -> SubmissionIntake.Input {
        var i = SubmissionIntake.Input(channel: SubmissionChannel(rawValue: body.channel.rawValue) ?? .webForm)
        if let text = body.receivedAt {
            // Parsed here, not by the generated decoder: any year is a 422 naming the field, never a 400.
            guard let at = RigaTime.parse(text) else {
                throw APIProblem(SubmissionProblem([.init("receivedAt", .intake(.notADate))]))
            }
            i.receivedAt = at
        }
        i.anonymous = body.anonymous ?? (body.submitter == nil)
        i.name = body.submitter?.name
        i.surname = body.submitter?.surname
        i.personalCode = body.submitter?.personalCode
        i.dateOfBirth = body.submitter?.dateOfBirth
        i.email = body.submitter?.email
        i.phone = body.submitter?.phone
        i.postalAddress = body.submitter?.postalAddress
        i.subject = body.subject
        i.text = body.text
        i.moreInformationNeeded = body.moreInformationNeeded ?? false
        i.moreInformationReason = body.moreInformationReason
        i.signatureVerified = body.signatureVerified ?? false
        return i
    }

    func registerSubmission(_ input: Operations.RegisterSubmission.Input) async throws -> Operations.RegisterSubmission.Output {
        let req = try request
        let (user, principal) = try req.requireStaff(.submissionsRegister)
        guard case .json(let body) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        var envelope = RegisterSubmission.Envelope(actor: user.id.uuidString, officeSlug: body.officeId)
        envelope.language = body.language.flatMap { Language(rawValue: $0.rawValue) } ?? .lv
        // Staff register for their own offices; agency-wide roles for any.
        if let office = body.officeId, !principal.roles.contains(where: \.isAgencyWide), !principal.offices.contains(office) {
            throw APIProblem(.forbidden, detail: { $0.notAllowed })
        }
        do {
            let registered = try await useCases.registerSubmission(try Self.intake(body), envelope)
            return .created(.init(body: .json(APIMapping.case(registered.case))))
        } catch let problem as SubmissionProblem {
            throw APIProblem(problem)
        }
    }

    func listCases(_ input: Operations.ListCases.Input) async throws -> Operations.ListCases.Output {
        let w = try worker(.casesRead, channel: "GET /api/v1/cases")
        // `office` outside the contract's pattern was refused by ContractLimitsMiddleware; one of that
        // shape that is no office lists nothing.
        var assignee: UUID?
        if let text = input.query.assignedTo {
            guard let id = UUID(uuidString: text) else { throw APIProblem.parameter("assignedTo", { $0.malformedRequest }) }
            assignee = id
        }
        let list = try await useCases.workOnCase(w).list(
            status: input.query.status.flatMap { CaseStatus(rawValue: $0.rawValue) }, office: input.query.office,
            due: input.query.due.flatMap { CaseFilter.Due(rawValue: $0.rawValue) }, assignedTo: assignee)
        return .ok(.init(body: .json(.init(items: list.map(APIMapping.caseSummary)))))
    }

    func caseID(_ text: String) throws -> UUID {
        guard let id = UUID(uuidString: text) else { throw APIProblem.parameter("caseId", { $0.malformedRequest }) }
        return id
    }

    /// Runs a case step, turning its refusals into problem+json.
    func caseStep<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let problem as CaseWorkProblem {
            throw APIProblem(problem)
        } catch let problem as SubmissionProblem {
            throw APIProblem(problem)
        }
    }

    func getCase(_ input: Operations.GetCase.Input) async throws -> Operations.GetCase.Output {
        let id = try caseID(input.path.caseId)
        let w = try worker(.casesRead, channel: "GET /api/v1/cases/{caseId}")
        let file = try await caseStep { try await useCases.workOnCase(w).open(id) }
        return .ok(.init(body: .json(APIMapping.caseDetail(file))))
    }

    func suspendCase(_ input: Operations.SuspendCase.Input) async throws -> Operations.SuspendCase.Output {
        let id = try caseID(input.path.caseId)
        let w = try worker(.casesWork, channel: "POST /api/v1/cases/{caseId}/suspension")
        guard case .json(let body) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        let c = try await caseStep { try await useCases.workOnCase(w).suspend(id, reason: body.reason) }
        return .ok(.init(body: .json(APIMapping.case(c))))
    }

    func resumeCase(_ input: Operations.ResumeCase.Input) async throws -> Operations.ResumeCase.Output {
        let id = try caseID(input.path.caseId)
        let w = try worker(.casesWork, channel: "POST /api/v1/cases/{caseId}/resumption")
        let c = try await caseStep { try await useCases.workOnCase(w).resume(id) }
        return .ok(.init(body: .json(APIMapping.case(c))))
    }

    func referCase(_ input: Operations.ReferCase.Input) async throws -> Operations.ReferCase.Output {
        let id = try caseID(input.path.caseId)
        let w = try worker(.casesWork, channel: "POST /api/v1/cases/{caseId}/referral")
        guard case .json(let body) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        let c = try await caseStep { try await useCases.workOnCase(w).refer(id, to: body.institutionId) }
        return .ok(.init(body: .json(APIMapping.case(c))))
    }

    func decideCase(_ input: Operations.DecideCase.Input) async throws -> Operations.DecideCase.Output {
        let id = try caseID(input.path.caseId)
        let w = try worker(.casesWork, channel: "POST /api/v1/cases/{caseId}/decision")
        guard case .json(let body) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        let outcome = DecisionOutcome(rawValue: body.outcome.rawValue) ?? .generalInformation
        let bases = (body.legalBasis ?? []).map { LegalBasis(act: $0.act, section: $0.section, paragraph: $0.paragraph) }
        let c = try await caseStep { try await useCases.workOnCase(w).decide(id, outcome: outcome, reason: body.reason, legalBasis: bases) }
        return .created(.init(body: .json(APIMapping.case(c))))
    }

    func assignCase(_ input: Operations.AssignCase.Input) async throws -> Operations.AssignCase.Output {
        let id = try caseID(input.path.caseId)
        let w = try worker(.casesWork, channel: "POST /api/v1/cases/{caseId}/assignment")
        guard case .json(let body) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        guard let officer = UUID(uuidString: body.officerId) else { throw APIProblem.parameter("officerId", { $0.malformedRequest }) }
        let c = try await caseStep { try await useCases.workOnCase(w).assign(id, to: officer) }
        return .ok(.init(body: .json(APIMapping.case(c))))
    }

    func unassignCase(_ input: Operations.UnassignCase.Input) async throws -> Operations.UnassignCase.Output {
        let id = try caseID(input.path.caseId)
        let w = try worker(.casesWork, channel: "DELETE /api/v1/cases/{caseId}/assignment")
        let c = try await caseStep { try await useCases.workOnCase(w).assign(id, to: nil) }
        return .ok(.init(body: .json(APIMapping.case(c))))
    }

    func addCaseNote(_ input: Operations.AddCaseNote.Input) async throws -> Operations.AddCaseNote.Output {
        let id = try caseID(input.path.caseId)
        let w = try worker(.casesWork, channel: "POST /api/v1/cases/{caseId}/notes")
        guard case .json(let body) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        try await caseStep { try await useCases.workOnCase(w).note(id, text: body.text) }
        return .noContent(.init())
    }

    func fileComplaint(_ input: Operations.FileComplaint.Input) async throws -> Operations.FileComplaint.Output {
        let id = try caseID(input.path.caseId)
        let w = try worker(.submissionsRegister, channel: "POST /api/v1/cases/{caseId}/complaints")
        guard case .json(let body) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        let about = ComplaintSubject(rawValue: body.value2.about.rawValue) ?? .act
        let c = try await caseStep { try await useCases.fileComplaint(w)(about: id, subject: about, input: try Self.intake(body.value1)) }
        return .created(.init(body: .json(APIMapping.case(c))))
    }

    func listInstitutions(_ input: Operations.ListInstitutions.Input) async throws -> Operations.ListInstitutions.Output {
        _ = try request.requireStaff(.casesRead)
        return .ok(.init(body: .json(.init(items: try await store.caseCatalogue().institutions.map(APIMapping.institution)))))
    }

    func listLegalActs(_ input: Operations.ListLegalActs.Input) async throws -> Operations.ListLegalActs.Output {
        _ = try request.requireStaff(.casesRead)
        return .ok(.init(body: .json(.init(items: try await store.caseCatalogue().acts.map(APIMapping.legalAct)))))
    }

    func putInstitution(_ input: Operations.PutInstitution.Input) async throws -> Operations.PutInstitution.Output {
        let (user, _) = try request.requireStaff(.referenceEdit)
        guard case .json(let b) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        let saved = try await Self.catalogueChange {
            try await useCases.changeReferenceData(actor: user.id.uuidString).saveInstitution(
                id: input.path.institutionId, nameLv: b.name.lv, nameEn: b.name.en, eAddress: b.eAddress, email: b.email,
                postalAddress: b.postalAddress, active: b.active ?? true)
        }
        return .ok(.init(body: .json(APIMapping.institution(saved))))
    }

    func putLegalAct(_ input: Operations.PutLegalAct.Input) async throws -> Operations.PutLegalAct.Output {
        let (user, _) = try request.requireStaff(.referenceEdit)
        guard case .json(let b) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        let saved = try await Self.catalogueChange {
            try await useCases.changeReferenceData(actor: user.id.uuidString).saveLegalAct(
                id: input.path.actId, nameLv: b.name.lv, nameEn: b.name.en, active: b.active ?? true)
        }
        return .ok(.init(body: .json(APIMapping.legalAct(saved))))
    }

    /// A refused catalogue entry: 422 naming each field as a pointer into the body (`/name/lv`).
    static func catalogueChange<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let problem as CatalogueProblem {
            let fields = problem.fields
            let pointer: @Sendable (String) -> String = { ["nameLv": "/name/lv", "nameEn": "/name/en"][$0] ?? "/\($0)" }
            throw APIProblem(.ruleViolated, detail: { s in CatalogueWording.detail(fields[0].issue, s.language) },
                             errors: { s in fields.map { .init(pointer: pointer($0.name), detail: CatalogueWording.detail($0.issue, s.language)) } })
        }
    }
}

/// A raw e-mail posted by a mail server (issue 14): the same reader as `apkalpe mail ingest`.
extension APIHandler {
    func ingestMail(_ input: Operations.IngestMail.Input) async throws -> Operations.IngestMail.Output {
        let req = try request
        _ = try req.requireStaff(.submissionsRegister)
        guard case .messageRfc822(let body) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        let raw = try await Data(collecting: body, upTo: MailIngest.maximumSize)
        guard !raw.isEmpty else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        if let to = input.query.to, !EmailAddress.isValid(to) {
            throw APIProblem.parameter("to", { $0.notAnEmail })
        }
        let registered: RegisterSubmission.Registered
        do {
            registered = try await MailIngest.ingest(raw, to: input.query.to, register: useCases.registerSubmission,
                                                     reference: useCases.reference)
        } catch let problem as SubmissionProblem {
            throw APIProblem(problem)
        }
        let c = registered.case
        let answer = Components.Schemas.MailIngested(id: c.id.uuidString, reference: c.reference,
                                                     trust: .init(rawValue: c.trust.rawValue) ?? .unsigned, officeId: c.officeSlug,
                                                     isNew: registered.isNew)
        return registered.isNew ? .created(.init(body: .json(answer))) : .ok(.init(body: .json(answer)))
    }
}
