import Domain
import Foundation
import UseCases
import Vapor

/// The submission and case pages (issue 14): the same use cases as the API. After a change the
/// browser is sent to the case page (post/redirect/get), so reloading it sends nothing again.
struct CasesController: Sendable {
    /// A form with attachments: 25 MB of files and the form around them.
    static let uploadLimit = AttachmentRule.maximumTotal + 1024 * 1024

    func worker(_ req: Request, _ permission: Permission, channel: String) throws -> (StaffUser, CaseWorker) {
        let (user, principal) = try req.requireStaff(permission)
        return (user, CaseWorker(userID: user.id, roles: principal.roles, offices: principal.offices, channel: channel))
    }

    func id(_ req: Request) throws -> UUID {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        return id
    }

    func list(_ req: Request, _ l: Language) async throws -> Response {
        let (user, worker) = try worker(req, .casesRead, channel: "page /staff/cases")
        let status = (try? req.query.get(String.self, at: "status")).flatMap(CaseStatus.init(rawValue:))
        let due = (try? req.query.get(String.self, at: "due")).flatMap(CaseFilter.Due.init(rawValue:))
        let mine = (try? req.query.get(String.self, at: "mine")) != nil
        let cases = try await req.useCases.workOnCase(worker).list(status: status, office: nil, due: due, assignedTo: mine ? user.id : nil)
        let canRegister = user.principal().permissions.contains(.submissionsRegister)
        return html(CasePages.list(.init(language: l, csrf: try await req.formToken(), user: user, cases: cases, status: status,
                                         due: due, mine: mine, today: req.today, canRegister: canRegister), .of(l)))
    }

    /// The offices a member of staff registers for: their own, or all for agency-wide roles.
    func offices(_ req: Request, _ user: StaffUser) async throws -> [Office] {
        let all = try await req.stores.reference.offices().filter(\.active)
        return user.roles.contains(where: \.isAgencyWide) ? all : all.filter { user.offices.contains($0.slug) }
    }

    func newForm(_ req: Request, _ l: Language, refill: Form.Refill, status: HTTPResponseStatus = .ok) async throws -> Response {
        let (user, worker) = try worker(req, .submissionsRegister, channel: "page /staff/cases/new")
        // A complaint names the case it is about (from the case page, or the refused form's hidden field).
        var original: SubmissionCase?
        let about = (try? req.query.get(String.self, at: "complaintOf")) ?? (try? req.content.get(String.self, at: "complaintOf"))
        if let id = about.flatMap(UUID.init(uuidString:)) {
            original = try? await req.useCases.workOnCase(worker).load(id)
            if original == nil { throw Abort(.notFound) }
        }
        return html(CasePages.new(.init(language: l, csrf: try await req.formToken(), user: user, offices: try await offices(req, user),
                                        refill: refill, complaintOf: original), .of(l)), status: status)
    }

    struct IntakeForm: Content {
        var channel: String?
        var officeId: String?
        var receivedAt: String?
        var anonymous: String?
        var name: String?
        var surname: String?
        var personalCode: String?
        var dateOfBirth: String?
        var email: String?
        var phone: String?
        var postalAddress: String?
        var language: String?
        var subject: String?
        var text: String?
        var moreInformationNeeded: String?
        var moreInformationReason: String?
        var complaintOf: String?
        var about: String?
        var attachments: [File]?

        /// What was typed, to show again with the errors (never the files).
        var typed: [String: String] {
            var t: [String: String] = [:]
            for (k, v) in [("channel", channel), ("officeId", officeId), ("receivedAt", receivedAt), ("anonymous", anonymous),
                           ("name", name), ("surname", surname), ("personalCode", personalCode), ("dateOfBirth", dateOfBirth),
                           ("email", email), ("phone", phone), ("postalAddress", postalAddress), ("language", language),
                           ("subject", subject), ("text", text), ("moreInformationNeeded", moreInformationNeeded),
                           ("moreInformationReason", moreInformationReason)] {
                if let v { t[k] = v }
            }
            return t
        }

        var candidates: [AttachmentRule.Candidate] {
            (attachments ?? []).filter { !$0.filename.isEmpty || $0.data.readableBytes > 0 }.map {
                AttachmentRule.Candidate(fileName: $0.filename, mediaType: $0.contentType?.serialize() ?? "application/octet-stream",
                                         data: Array($0.data.readableBytesView))
            }
        }
    }

    /// "2026-12-01 09:30" or "2026-12-01" (09:00) in Riga; nil when it is neither.
    static func receivedAt(_ text: String) -> Date? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: " ", omittingEmptySubsequences: true)
        guard (1...2).contains(parts.count), let day = LocalDate(iso: String(parts[0])), day.isInInputYears else { return nil }
        let time = parts.count == 2 ? TimeOfDay(text: String(parts[1])) : TimeOfDay(9, 0)
        return time.map { RigaTime.instant(day, $0) }
    }

    func register(_ req: Request, _ l: Language) async throws -> Response {
        let (user, principal) = try req.requireStaff(.submissionsRegister)
        let form = try req.content.decode(IntakeForm.self)
        var errors: [(field: String, message: String)] = []
        let channel = form.channel.flatMap(SubmissionChannel.init(rawValue:)).flatMap {
            SubmissionIntake.datedByClerk.contains($0) ? $0 : nil
        }
        if channel == nil { errors.append(("channel", SubmissionWording.detail(.intake(.required), l))) }
        let office = form.officeId ?? ""
        if !principal.roles.contains(where: \.isAgencyWide), !principal.offices.contains(office) {
            errors.append(("officeId", SubmissionWording.detail(.unknownOffice, l)))
        }
        var input = SubmissionIntake.Input(channel: channel ?? .oral)
        if let given = form.receivedAt?.trimmingCharacters(in: .whitespaces), !given.isEmpty {
            if let at = Self.receivedAt(given) { input.receivedAt = at } else {
                errors.append(("receivedAt", SubmissionWording.detail(.intake(.notADate), l)))
            }
        }
        input.anonymous = form.anonymous != nil
        input.name = form.name
        input.surname = form.surname
        input.personalCode = form.personalCode
        input.dateOfBirth = form.dateOfBirth
        input.email = form.email
        input.phone = form.phone
        input.postalAddress = form.postalAddress
        input.subject = form.subject
        input.text = form.text
        input.moreInformationNeeded = form.moreInformationNeeded != nil
        input.moreInformationReason = form.moreInformationReason
        var envelope = RegisterSubmission.Envelope(actor: user.id.uuidString, officeSlug: office)
        envelope.language = form.language.flatMap(Language.init(rawValue:)) ?? .lv
        envelope.attachments = form.candidates
        func again() async throws -> Response {
            try await newForm(req, l, refill: .init(errors: errors, typed: form.typed), status: .unprocessableEntity)
        }
        guard errors.isEmpty else { return try await again() }
        do {
            let registered: SubmissionCase
            if let original = form.complaintOf.flatMap(UUID.init(uuidString:)) {
                let worker = CaseWorker(userID: user.id, roles: principal.roles, offices: principal.offices, channel: "page /staff/cases/new")
                let subject = form.about.flatMap(ComplaintSubject.init(rawValue:)) ?? .act
                do {
                    registered = try await req.useCases.fileComplaint(worker)(about: original, subject: subject, input: input)
                } catch CaseWorkProblem.notFound {
                    throw Abort(.notFound)
                }
            } else {
                registered = try await req.useCases.registerSubmission(input, envelope).case
            }
            return req.redirect(to: StaffPage.caseShow(registered.id.uuidString).path(l) + "?done=received", redirectType: .normal)
        } catch let problem as SubmissionProblem {
            errors = problem.fields.map { (Self.formField($0.name), SubmissionWording.detail($0.issue, l)) }
            return try await again()
        }
    }

    /// The use case's field name as the form's (`attachments/1` is the one file input).
    static func formField(_ name: String) -> String { name.hasPrefix("attachments") ? "attachments" : name }

    func show(_ req: Request, _ l: Language, notice: String?, errors: [(field: String, message: String)],
              status: HTTPResponseStatus = .ok, draft: [String: String]? = nil, preview: CaseLetter? = nil) async throws -> Response {
        let (user, worker) = try worker(req, .casesRead, channel: "page /staff/cases/{id}")
        let permissions = user.principal().permissions
        let canWork = permissions.contains(.casesWork)
        let desk: WorkOnCase.Desk
        do {
            desk = try await req.useCases.workOnCase(worker).desk(try id(req), canWork: canWork)
        } catch CaseWorkProblem.notFound {
            throw Abort(.notFound)
        }
        let done = (try? req.query.get(String.self, at: "done")).flatMap(CaseEvent.Kind.init(rawValue:))
        let words = CaseStrings.of(l)
        let shown = notice ?? done.map { $0 == .received ? words.registered(desk.file.case.reference) : words.done($0) }
        return html(CasePages.show(.init(language: l, csrf: try await req.formToken(), user: user, file: desk.file,
                                         officeName: desk.office?.name.text(l) ?? desk.file.case.officeSlug,
                                         canWork: canWork, canRegister: permissions.contains(.submissionsRegister),
                                         notice: shown, errors: errors, agency: AgencyContacts.current,
                                         today: req.today, officers: desk.officers, assignee: desk.assignee,
                                         catalogue: desk.catalogue, draft: draft, preview: preview), .of(l)), status: status)
    }

    struct ActionForm: Content {
        var reason: String?
        var institutionId: String?
        var outcome: String?
        var decisionReason: String?
        var act0: String?, section0: String?, paragraph0: String?
        var act1: String?, section1: String?, paragraph1: String?
        var act2: String?, section2: String?, paragraph2: String?
        var note: String?
        var officerId: String?
        var letterTemplate: String?, letterLanguage: String?, letterChannel: String?
        var letterSubject: String?, letterReason: String?, letterText: String?
        var intent: String?

        /// The composer as typed, to show again after a preview or a refusal.
        var draft: [String: String] {
            ["letterTemplate": letterTemplate, "letterLanguage": letterLanguage, "letterChannel": letterChannel,
             "letterSubject": letterSubject, "letterReason": letterReason, "letterText": letterText].compactMapValues { $0 }
        }

        /// The composer's request: a template's blanks from the reason and the text.
        var letter: LetterComposer.Request {
            let template = letterTemplate.flatMap(LetterTemplate.Purpose.init(rawValue:))
            var variables: [String: String] = [:]
            if template != nil, let reason = letterReason, !reason.isEmpty { variables["reason"] = reason }
            return LetterComposer.Request(template: template, language: letterLanguage.flatMap(Language.init(rawValue:)),
                                          channel: letterChannel.flatMap(LetterComposer.Channel.init(rawValue:)) ?? .post,
                                          subject: letterSubject, text: letterText, variables: variables)
        }

        var legalBasis: [LegalBasis] {
            [(act0, section0, paragraph0), (act1, section1, paragraph1), (act2, section2, paragraph2)].compactMap { act, section, paragraph in
                let a = (act ?? "").trimmingCharacters(in: .whitespaces), s = (section ?? "").trimmingCharacters(in: .whitespaces)
                let p = (paragraph ?? "").trimmingCharacters(in: .whitespaces)
                guard !a.isEmpty || !s.isEmpty else { return nil }
                return LegalBasis(act: a, section: s, paragraph: p.isEmpty ? nil : p)
            }
        }
    }

    func act(_ req: Request, _ l: Language) async throws -> Response {
        let caseID = try id(req)
        let action = req.parameters.get("action") ?? ""
        if action == "correct" { return try await correctLetter(req, l, caseID: caseID) }
        let (_, worker) = try worker(req, .casesWork, channel: "page /staff/cases/{id}/\(action)")
        let form = try req.content.decode(ActionForm.self)
        let work = req.useCases.workOnCase(worker)
        let done: CaseEvent.Kind
        do {
            switch action {
            case "suspend": _ = try await work.suspend(caseID, reason: form.reason); done = .suspended
            case "resume": _ = try await work.resume(caseID); done = .resumed
            case "refer": _ = try await work.refer(caseID, to: form.institutionId ?? ""); done = .referred
            case "decide":
                let outcome = form.outcome.flatMap(DecisionOutcome.init(rawValue:)) ?? .generalInformation
                _ = try await work.decide(caseID, outcome: outcome, reason: form.decisionReason, legalBasis: form.legalBasis)
                done = .decided
            case "note": try await work.note(caseID, text: form.note); done = .note
            case "letter":
                // Preview: the letter as it would leave, nothing saved; the form keeps what was typed.
                let preview = form.intent == "preview"
                let letter = try await work.write(caseID, letter: form.letter, preview: preview)
                if preview { return try await show(req, l, notice: nil, errors: [], draft: form.draft, preview: letter) }
                done = .letterWritten
            case "assign":
                let officer = form.officerId.flatMap { $0.isEmpty ? nil : $0 }
                if let officer, UUID(uuidString: officer) == nil { throw Abort(.badRequest) }
                _ = try await work.assign(caseID, to: officer.flatMap(UUID.init(uuidString:)))
                done = .assigned
            default: throw Abort(.notFound)
            }
        } catch CaseWorkProblem.notFound {
            throw Abort(.notFound)
        } catch CaseWorkProblem.changedMeanwhile {
            return try await show(req, l, notice: l == .lv ? "Lietu tikko mainīja kāds cits; pārbaudiet un mēģiniet vēlreiz."
                                                         : "Someone else has just changed the case; check it and try again.",
                                  errors: [], status: .conflict)
        } catch CaseWorkProblem.signatureIncomplete(let missing) {
            // S-MAIL-FORM: the step would send a letter the officer cannot sign; nothing was saved.
            return try await show(req, l, notice: SignatureWording.incomplete(missing, l), errors: [], status: .unprocessableEntity,
                                  draft: action == "letter" ? form.draft : nil)
        } catch CaseWorkProblem.refused(let refusal) {
            let errors = refusal.fields.map { (Self.pageField($0.name, action: action), SubmissionWording.detail($0.issue, l)) }
            return try await show(req, l, notice: nil, errors: errors, status: refusal.isUnsigned || refusal.isClosed ? .conflict : .unprocessableEntity,
                                  draft: action == "letter" ? form.draft : nil)
        }
        return req.redirect(to: StaffPage.caseShow(caseID.uuidString).path(l) + "?done=\(done.rawValue)", redirectType: .normal)
    }

    /// A use case's field as the id of the control on the case page.
    static func pageField(_ name: String, action: String) -> String {
        if action == "decide" {
            if name == "reason" { return "decisionReason" }
            let parts = name.split(separator: "/")
            if parts.count == 3, parts[0] == "legalBasis" { return "\(parts[2])\(parts[1])" }
            if name == "legalBasis" { return "legalBasis" }
        }
        if action == "note", name == "text" { return "note" }
        if action == "letter" {
            switch name {
            case "subject": return "letterSubject"
            case "text", "variables/text": return "letterText"
            case "variables/reason": return "letterReason"
            case "channel": return "letterChannel"
            case "template": return "letterTemplate"
            default: return name
            }
        }
        return name
    }

    /// The case on the path, its read logged; 404 when unknown or another office's.
    func open(_ req: Request, _ worker: CaseWorker) async throws -> CaseFile {
        do {
            return try await req.useCases.workOnCase(worker).open(try id(req))
        } catch CaseWorkProblem.notFound {
            throw Abort(.notFound)
        }
    }

    func handedOver(_ req: Request, _ l: Language) async throws -> Response {
        let caseID = try id(req)
        let (_, worker) = try worker(req, .submissionsRegister, channel: "page /staff/cases/{id}/copy-handed-over")
        do {
            _ = try await req.useCases.workOnCase(worker).copyHandedOver(caseID)
        } catch CaseWorkProblem.notFound {
            throw Abort(.notFound)
        }
        return req.redirect(to: StaffPage.caseShow(caseID.uuidString).path(l) + "?done=copy-handed-over", redirectType: .normal)
    }

    func copy(_ req: Request, _ l: Language) async throws -> Response {
        let (user, worker) = try worker(req, .casesRead, channel: "page /staff/cases/{id}/copy")
        let file = try await open(req, worker)
        let office = try await req.stores.reference.office(slug: file.case.officeSlug)
        // The copy is for the submitter: in their language.
        let cl = file.case.language
        return html(CasePages.copy(.init(language: cl, csrf: try await req.formToken(), user: user, file: file,
                                         officeName: office?.name.text(cl) ?? file.case.officeSlug), .of(cl)))
    }

    func letter(_ req: Request, _ l: Language) async throws -> Response {
        guard let letterID = req.parameters.get("letter").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        return try await letter(req, l, letterID: letterID)
    }

    func letter(_ req: Request, _ l: Language, letterID: UUID, refill: Form.Refill = .init(errors: [], typed: nil), notice: String? = nil,
                status: HTTPResponseStatus = .ok) async throws -> Response {
        let (user, worker) = try worker(req, .casesRead, channel: "page /staff/cases/{id}/letters/{letter}")
        let file = try await open(req, worker)
        guard let letter = file.letters.first(where: { $0.id == letterID }) else { throw Abort(.notFound) }
        // S-MAIL-FIX: a letter that left can be corrected by one who may work the case's office.
        let canCorrect = file.deliveries[letter.id].map { $0.status == .sent && MessageCorrection.mayCorrect(user.principal(), $0) } ?? false
        return html(CasePages.letter(.init(language: l, csrf: try await req.formToken(), user: user, case: file.case, letter: letter,
                                           canCorrect: canCorrect, refill: refill, notice: notice), .of(l)), status: status)
    }

    struct CorrectionForm: Content {
        var letterId: String?
        var wrong: String?
        var right: String?
    }

    /// S-MAIL-FIX from a case's letter page: the correction of the letter's outbox row (the same id).
    func correctLetter(_ req: Request, _ l: Language, caseID: UUID) async throws -> Response {
        let (user, _) = try worker(req, .casesWork, channel: "page /staff/cases/{id}/correct")
        let form = try req.content.decode(CorrectionForm.self)
        guard let letterID = form.letterId.flatMap(UUID.init(uuidString:)) else { throw Abort(.badRequest) }
        let typed = ["wrong": form.wrong, "right": form.right].compactMapValues { $0 }
        do {
            let correction = try await req.useCases.correctMessage(letterID, wrong: form.wrong, right: form.right, by: user.principal(),
                                                                   userID: user.id, channel: "page /staff/cases/{id}/correct",
                                                                   ofCase: caseID)
            return req.redirect(to: StaffPage.caseShow(caseID.uuidString).path(l) + "?done=\(CaseEvent.Kind.letterCorrected.rawValue)",
                                redirectType: .normal)
        } catch CorrectionProblem.notFound {
            throw Abort(.notFound)
        } catch CorrectionProblem.signatureIncomplete(let missing) {
            return try await letter(req, l, letterID: letterID, refill: .init(errors: [], typed: typed),
                                    notice: SignatureWording.incomplete(missing, l), status: .unprocessableEntity)
        } catch CorrectionProblem.refused(let refusal) {
            return try await letter(req, l, letterID: letterID,
                                    refill: .init(errors: refusal.fields.map { ($0.name, CorrectionWording.detail($0.issue, l)) }, typed: typed),
                                    status: .unprocessableEntity)
        }
    }

    func attachment(_ req: Request, _ l: Language) async throws -> Response {
        let (_, worker) = try worker(req, .casesRead, channel: "page /staff/cases/{id}/attachments/{attachment}")
        let file = try await open(req, worker)
        guard let attachmentID = req.parameters.get("attachment").flatMap(UUID.init(uuidString:)),
              let a = file.attachments.first(where: { $0.id == attachmentID }),
              let bytes = try await req.services.backend.files.get(key: a.id.uuidString),
              AttachmentRule.sha256(bytes) == a.sha256 else { throw Abort(.notFound) }
        let response = Response(status: .ok, body: .init(data: Data(bytes)))
        response.headers.replaceOrAdd(name: .contentType, value: a.mediaType)
        // Always a download: a file from outside is never rendered in the app's origin.
        let ascii = String(a.fileName.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" ? Character($0) : "_" })
        let encoded = a.fileName.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "attachment"
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)")
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        return response
    }
}

