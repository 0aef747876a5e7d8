import Domain
import Foundation
import HTTPTypes
import OpenAPIRuntime
import Vapor

/// Turns every error into what the client expects: problem+json under `/api/` and for
/// `/health` (API-CONVENTIONS.md, Errors), an HTML error page in the visitor's language
/// elsewhere. A known path with the wrong method answers 405 with `Allow`.
struct AppErrorMiddleware: AsyncMiddleware {
    let routes: RouteTable
    let document: OpenAPIDocument

    static func queryNames(_ query: String) -> Set<String> {
        Set(query.split(separator: "&").map { pair in
            String(pair.split(separator: "=", maxSplits: 1).first ?? "").removingPercentEncoding ?? ""
        })
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // A method the resource does not have is 405 before anything else, even where the router
        // would take the path for another resource's parameter (GET /clients/lookup is not the
        // client "lookup").
        if Self.isAPI(request.url.path) {
            let allowed = routes.methods(matching: request.url.path)
            if !allowed.isEmpty, !allowed.contains(request.method.rawValue) { return render(Abort(.notFound), for: request) }
        }
        do {
            return try await next.respond(to: request)
        } catch {
            return render(error, for: request)
        }
    }

    static func isAPI(_ path: String) -> Bool { path.hasPrefix("/api/") || path == "/api" || path == "/health" }

    func render(_ error: any Error, for request: Request) -> Response {
        let path = request.url.path
        if Self.isAPI(path) {
            return problem(for: error, request: request)
                .response(language: Language.preferred(acceptLanguage: request.headers.first(name: .acceptLanguage)),
                          instance: path)
        }
        let language: Language = path == "/en" || path.hasPrefix("/en/") ? .en : .lv
        if let staff = staffPage(error, request: request, language: language) { return staff }
        let status = (error as? any AbortError)?.status ?? .internalServerError
        if status.code >= 500 { request.logger.error("page failed: \(String(reflecting: type(of: error)))") }
        let html = ErrorPage.view(.init(language: language, notFound: status == .notFound,
                                        tooLarge: status == .payloadTooLarge), .of(language))
        let response = Response(status: status, body: .init(string: html))
        response.headers.contentType = .html
        return response
    }

    /// Staff pages: no session → the login page; not allowed → 403; an expired form → 403 with
    /// a way back.
    private func staffPage(_ error: any Error, request: Request, language: Language) -> Response? {
        let s = StaffStrings.of(language)
        func message(_ title: String, _ text: String) -> Response {
            let user: StaffUser? = { if case .staff(let u, _, _) = request.caller { return u } else { return nil } }()
            return html(StaffMessage.view(.init(language: language, csrf: "", user: user, title: title, text: text),
                                          .of(language)), status: .forbidden)
        }
        switch error {
        case AuthProblem.unauthenticated:
            let next = request.url.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["/", "-"])) ?? ""
            return request.redirect(to: "\(StaffPage.login.path(language))?next=\(next)", redirectType: .normal)
        case AuthProblem.forbidden:
            return message(s.forbiddenTitle, s.forbiddenText)
        case StaffPageProblem.formExpired where request.url.path.hasPrefix(StaffPage.home.path(language)):
            return message(s.formExpired, s.formExpired)
        case StaffPageProblem.formExpired:
            // A public form (booking, waitlist, manage link): the public layout, and the way back.
            let t = Strings.of(language)
            return html(Layout.render(.init(title: s.formExpired, route: nil, language: language), t, main: [
                H.el("h1", [], text: s.formExpired),
                H.el("p", [], [H.link(language == .lv ? "/" : "/en/", t.homeTitle)]),
            ]), status: .forbidden)
        default:
            return nil
        }
    }

    private func problem(for error: any Error, request: Request) -> APIProblem {
        var underlying: any Error = error
        if let server = error as? ServerError { underlying = server.underlyingError }
        if let problem = underlying as? APIProblem { return problem }
        if let auth = underlying as? AuthProblem {
            switch auth {
            case .unauthenticated:
                var p = APIProblem(.unauthenticated, detail: { $0.needCredentials })
                p.headers = [("WWW-Authenticate", "Bearer")]
                return p
            case .forbidden:
                return APIProblem(.forbidden, detail: { $0.notAllowed })
            }
        }
        if let server = error as? ServerError {
            // The runtime does not say which parameter was missing; the contract does.
            let missing = document.requiredQueryParameters(operationID: server.operationID)
            let present = request.url.query.map(Self.queryNames) ?? []
            let absent = missing.filter { !present.contains($0) }
            var status = HTTPResponseStatus.badRequest
            if let convertible = server.underlyingError as? any HTTPResponseConvertible {
                status = HTTPResponseStatus(statusCode: Int(convertible.httpStatus.code))
            }
            if status.code >= 500 { status = .badRequest }
            return APIProblem(.validation, status: status, detail: { $0.malformedRequest }, errors: { s in
                absent.map { APIProblem.FieldError(pointer: "/\($0)", detail: s.missingParameter($0)) }
            })
        }
        if underlying is DecodingError {
            return APIProblem(.validation, detail: { $0.malformedRequest })
        }
        if let abort = underlying as? any AbortError {
            switch abort.status {
            case .notFound:
                let allowed = routes.methods(matching: request.url.path).filter { $0 != request.method.rawValue }
                if !allowed.isEmpty {
                    let list = allowed.sorted().joined(separator: ", ")
                    var p = APIProblem(.methodNotAllowed, detail: { $0.methodNotAllowed(list) })
                    p.headers = [("Allow", list)]
                    return p
                }
                return APIProblem(.notFound, detail: { $0.noSuchPath })
            case .methodNotAllowed:
                return APIProblem(.methodNotAllowed, detail: { $0.methodNotAllowed("") })
            case .payloadTooLarge:
                return APIProblem.tooLarge(request.services.maxBodyBytes)
            case .badRequest, .unprocessableEntity, .unsupportedMediaType:
                return APIProblem(.validation, status: abort.status, detail: { $0.malformedRequest })
            default:
                if abort.status.code < 500 {
                    return APIProblem(.validation, status: abort.status, detail: { $0.malformedRequest })
                }
            }
        }
        request.logger.error("API request failed: \(String(reflecting: type(of: underlying)))")
        return APIProblem(.internalError, detail: { $0.internalError })
    }
}

/// The registered routes' methods and paths, to tell a wrong method (405) from an unknown path.
struct RouteTable: Sendable {
    private let entries: [(HTTPMethod, [PathComponent])]

    init(_ routes: [Route]) { entries = routes.map { ($0.method, $0.path) } }

    /// The methods of the resource at `path`. Where routes of several shapes match (`/clients/lookup`
    /// and `/clients/{clientId}`), the resource is the most specific one — the most constant
    /// segments — as the contract reads it.
    func methods(matching path: String) -> Set<String> {
        let parts = path.split(separator: "/").map(String.init)
        let matching = entries.filter { Self.matches($0.1, parts) }
        func constants(_ c: [PathComponent]) -> Int { c.filter { if case .constant = $0 { true } else { false } }.count }
        let best = matching.map { constants($0.1) }.max() ?? 0
        var result = Set<String>()
        for (method, components) in matching where constants(components) == best {
            result.insert(method.rawValue)
            if method == .GET { result.insert("HEAD") }
        }
        return result
    }

    /// Whether a GET route serves `path` (used to vet redirect targets).
    func serves(get path: String) -> Bool {
        let parts = path.split(separator: "/").map(String.init)
        return entries.contains { $0.0 == .GET && Self.matches($0.1, parts) }
    }

    static func matches(_ components: [PathComponent], _ parts: [String]) -> Bool {
        for (i, component) in components.enumerated() {
            switch component {
            case .catchall: return parts.count >= i
            case .constant(let c): if i >= parts.count || parts[i] != c { return false }
            case .parameter, .anything: if i >= parts.count { return false }
            }
        }
        return components.count == parts.count
    }
}
