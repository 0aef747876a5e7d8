import Domain
import Foundation
import OpenAPIRuntime
import UseCases
import Vapor

/// Letters from a case and the outbox (issue 15, item 7): the composer, the message list with
/// each message's delivery, one message (its reading logged), and the correction with apology.
/// The same use cases as the case page and the mailbox page.
extension APIHandler {
    func writeCaseLetter(_ input: Operations.WriteCaseLetter.Input) async throws -> Operations.WriteCaseLetter.Output {
        let id = try caseID(input.path.caseId)
        let w = try worker(.casesWork, channel: "POST /api/v1/cases/{caseId}/letters")
        guard case .json(let body) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        let request = LetterComposer.Request(
            template: body.template.flatMap { LetterTemplate.Purpose(rawValue: $0.rawValue) },
            language: Language(rawValue: body.language.rawValue),
            channel: LetterComposer.Channel(rawValue: body.channel.rawValue) ?? .post,
            subject: body.subject, text: body.text, variables: body.variables?.additionalProperties ?? [:])
        let preview = body.preview ?? false
        let letter = try await caseStep { try await useCases.workOnCase(w).write(id, letter: request, preview: preview) }
        if preview { return .ok(.init(body: .json(APIMapping.letter(letter, delivery: nil, preview: true)))) }
        return .created(.init(body: .json(APIMapping.letter(letter, delivery: nil))))
    }

    func listMessages(_ input: Operations.ListMessages.Input) async throws -> Operations.ListMessages.Output {
        let (_, principal) = try request.requireStaff(.outboxRead)
        let status = input.query.status.flatMap { OutboxMessage.Status(rawValue: $0.rawValue) }
        // The generated decoder reads an integer but not its range: a limit outside it is the caller's mistake.
        let limit = input.query.limit ?? 200
        guard (1...500).contains(limit) else { throw APIProblem.parameter("limit", { $0.malformedRequest }) }
        let messages = try await stores.outbox.messages(offices: MailboxScope.offices(for: principal), status: status, limit: limit)
        return .ok(.init(body: .json(.init(items: messages.map(APIMapping.messageSummary)))))
    }

    func messageID(_ text: String) throws -> UUID {
        guard let id = UUID(uuidString: text) else { throw APIProblem.parameter("messageId", { $0.malformedRequest }) }
        return id
    }

    func getMessage(_ input: Operations.GetMessage.Input) async throws -> Operations.GetMessage.Output {
        let id = try messageID(input.path.messageId)
        let (user, principal) = try request.requireStaff(.outboxRead)
        let reader = ClientReader(staffUserID: user.id, roles: principal.roles, offices: principal.offices,
                                  channel: "GET /api/v1/messages/{messageId}", purpose: "message sent to the client")
        guard let message = try await stores.outbox.open(id: id, offices: MailboxScope.offices(for: principal), by: reader,
                                                         now: request.clock.now()) else {
            throw APIProblem(.notFound, detail: { $0.language == .lv ? "Šādas ziņas nav." : "No such message." })
        }
        return .ok(.init(body: .json(APIMapping.message(message))))
    }

    func correctMessage(_ input: Operations.CorrectMessage.Input) async throws -> Operations.CorrectMessage.Output {
        let id = try messageID(input.path.messageId)
        let (user, principal) = try request.requireStaff(.messagesCorrect)
        guard case .json(let body) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        do {
            let correction = try await useCases.correctMessage(id, wrong: body.wrong, right: body.right, by: principal, userID: user.id,
                                                               channel: "POST /api/v1/messages/{messageId}/correction")
            return .created(.init(body: .json(APIMapping.message(correction))))
        } catch let problem as CorrectionProblem {
            throw APIProblem(problem)
        }
    }
}

extension APIProblem {
    /// A correction refused: 404 no such message (or not the caller's to correct), 422 naming each
    /// field, 422 `/problems/signature-incomplete`.
    init(_ problem: CorrectionProblem) {
        switch problem {
        case .notFound:
            self.init(.notFound, detail: { $0.language == .lv ? "Šādas ziņas nav." : "No such message." })
        case .signatureIncomplete(let missing):
            self = .signatureIncomplete(missing)
        case .refused(let refusal):
            let fields = refusal.fields
            let errors: @Sendable (ProblemStrings) -> [FieldError] = { s in
                fields.map { FieldError(pointer: "/" + $0.name, detail: CorrectionWording.detail($0.issue, s.language)) }
            }
            self.init(.ruleViolated, detail: { s in errors(s).first?.detail ?? s.malformedRequest }, errors: errors)
        }
    }
}
