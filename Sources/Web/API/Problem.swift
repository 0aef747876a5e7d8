import Domain
import Foundation
import Vapor

/// The fixed list of problem types (API-CONVENTIONS.md, Errors), each with its usual status.
enum ProblemKind: String, Sendable, CaseIterable {
    case validation, unauthenticated, forbidden, notFound = "not-found",
         methodNotAllowed = "method-not-allowed", conflict, slotFull = "slot-full", ruleViolated = "rule-violated",
         unavailable, internalError = "internal", gone, rateLimited = "rate-limited",
         checkinTooEarly = "checkin-too-early", checkinTooLate = "checkin-too-late", ticketsClosed = "tickets-closed",
         queueStillOpen = "queue-still-open", tooLong = "too-long", tooLarge = "too-large",
         unsignedSubmission = "unsigned-submission", signatureIncomplete = "signature-incomplete"

    var type: String { "/problems/\(rawValue)" }

    var status: HTTPResponseStatus {
        switch self {
        case .validation: return .badRequest
        case .unauthenticated: return .unauthorized
        case .forbidden: return .forbidden
        case .conflict, .slotFull, .checkinTooEarly, .checkinTooLate, .ticketsClosed, .queueStillOpen, .unsignedSubmission:
            return .conflict
        case .ruleViolated, .tooLong, .signatureIncomplete: return .unprocessableEntity
        case .tooLarge: return .payloadTooLarge
        case .notFound: return .notFound
        case .methodNotAllowed: return .methodNotAllowed
        case .unavailable: return .serviceUnavailable
        case .gone: return .gone
        case .rateLimited: return .tooManyRequests
        case .internalError: return .internalServerError
        }
    }
}

/// An RFC 9457 problem raised by a handler; rendered by `ProblemMiddleware` in the request's
/// language.
struct APIProblem: Error, Sendable {
    struct FieldError: Sendable, Encodable {
        let pointer: String
        let detail: String
    }

    let kind: ProblemKind
    let status: HTTPResponseStatus
    let detail: @Sendable (ProblemStrings) -> String
    let errors: @Sendable (ProblemStrings) -> [FieldError]
    var headers: [(String, String)] = []

    init(_ kind: ProblemKind, status: HTTPResponseStatus? = nil,
         detail: @escaping @Sendable (ProblemStrings) -> String,
         errors: @escaping @Sendable (ProblemStrings) -> [FieldError] = { _ in [] }) {
        self.kind = kind
        self.status = status ?? kind.status
        self.detail = detail
        self.errors = errors
    }

    /// A bad parameter, pointing at it.
    static func parameter(_ name: String, _ detail: @escaping @Sendable (ProblemStrings) -> String) -> APIProblem {
        APIProblem(.validation, detail: detail, errors: { [FieldError(pointer: "/\(name)", detail: detail($0))] })
    }

    func response(language: Language, instance: String?) -> Response {
        let strings = ProblemStrings.of(language)
        let body = ProblemBody(type: kind.type, title: strings.title(kind), status: Int(status.code),
                               detail: detail(strings), instance: instance,
                               errors: { let e = errors(strings); return e.isEmpty ? nil : e }())
        let response = Response(status: status)
        response.headers.contentType = HTTPMediaType(type: "application", subType: "problem+json",
                                                     parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .contentLanguage, value: language.rawValue)
        for (name, value) in headers { response.headers.replaceOrAdd(name: name, value: value) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        response.body = .init(data: (try? encoder.encode(body)) ?? Data())
        return response
    }
}

private struct ProblemBody: Encodable {
    let type: String
    let title: String
    let status: Int
    let detail: String
    let instance: String?
    let errors: [APIProblem.FieldError]?
}
