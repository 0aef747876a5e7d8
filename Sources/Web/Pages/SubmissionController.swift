import Domain
import Foundation
import UseCases
import Vapor

/// The public submission form (`/iesniegums`, `/en/submission`): anyone, no account, attachments
/// allowed; the submission is unsigned (K-UNSIGNED) and goes to the headquarters, which
/// distributes it. Rate-limited as a write per client address; the confirmation is reached by a
/// redirect, so reloading it sends nothing again.
struct SubmissionController: Sendable {
    func register(_ app: Application) {
        for l in Language.allCases {
            let path = PageRoute.submission.path(l).split(separator: "/").map { PathComponent(stringLiteral: String($0)) }
            let sent = PageRoute.submissionSent.path(l).split(separator: "/").map { PathComponent(stringLiteral: String($0)) }
            let group = app.grouped(CSRFMiddleware())
            group.get(path) { req in try await form(req, l, refill: .init(errors: [], typed: nil), status: .ok) }
            let post = group.on(.POST, path, body: .collect(maxSize: ByteCount(value: CasesController.uploadLimit))) { req in
                try await submit(req, l)
            }
            post.userInfo[BodyLimit.userInfoKey] = CasesController.uploadLimit
            app.get(sent) { req in try await sentPage(req, l) }
        }
    }

    func form(_ req: Request, _ l: Language, refill: Form.Refill, status: HTTPResponseStatus) async throws -> Response {
        let token = try await req.anonymousFormToken(for: PageRoute.submission.path(l))
        return html(SubmissionPage.form(.init(language: l, csrf: token, refill: refill), .of(l)), status: status)
    }

    func submit(_ req: Request, _ l: Language) async throws -> Response {
        let form = try req.content.decode(CasesController.IntakeForm.self)
        var input = SubmissionIntake.Input(channel: .webForm)
        input.name = form.name
        input.surname = form.surname
        input.personalCode = form.personalCode
        input.email = form.email
        input.phone = form.phone
        input.postalAddress = form.postalAddress
        input.subject = form.subject
        input.text = form.text
        var envelope = RegisterSubmission.Envelope(actor: "web-form")
        envelope.language = l
        envelope.attachments = form.candidates
        do {
            let registered = try await req.useCases.registerSubmission(input, envelope)
            return req.redirect(to: PageRoute.submissionSent.path(l) + "?ref=\(registered.case.reference)&due=\(registered.case.dueDate)",
                                redirectType: .normal)
        } catch let problem as SubmissionProblem {
            let errors = problem.fields.map { (CasesController.formField($0.name), SubmissionWording.detail($0.issue, l)) }
            return try await self.form(req, l, refill: .init(errors: errors, typed: form.typed), status: .unprocessableEntity)
        }
    }

    /// The confirmation: the reference and the answer date, taken from the redirect (neither is personal).
    func sentPage(_ req: Request, _ l: Language) async throws -> Response {
        let reference = (try? req.query.get(String.self, at: "ref")) ?? ""
        guard reference.count <= 20, reference.hasPrefix("IES-"), reference.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        else { throw Abort(.notFound) }
        let due = (try? req.query.get(String.self, at: "due")).flatMap { LocalDate(iso: $0) }.flatMap { $0.isInInputYears ? $0 : nil }
        return html(SubmissionPage.sent(.init(language: l, reference: reference, due: due), .of(l)))
    }
}
