import Domain
import Foundation
import Vapor

extension Request {
    /// The client's address, through trusted proxies only (FairAccess.clientAddress).
    var clientAddress: String {
        services.fairAccess.clientAddress(peer: remoteAddress?.ipAddress,
                                                         forwardedFor: headers.first(name: "X-Forwarded-For"))
    }

    /// Whether the client reached us over TLS: directly, or through a trusted proxy that says so
    /// (`X-Forwarded-Proto`). Anyone else's word for it would let a plain-HTTP client get HSTS
    /// and `Secure` cookies it cannot send back (issue 18).
    var cameOverTLS: Bool {
        url.scheme == "https" || (headers.first(name: "X-Forwarded-Proto")?.lowercased() == "https"
                                  && services.fairAccess.isTrustedProxy(remoteAddress?.ipAddress))
    }
}

/// Rate limits per client address on booking (I-BOOK, issue 4 item 4): booking, waitlist and
/// manage-link actions count as writes; availability and the booking steps as reads. Over the
/// limit: 429 with `Retry-After` — problem+json on the API, a page in the user's language
/// elsewhere. Staff routes have their own sign-in throttle and are not limited here.
struct RateLimitMiddleware: AsyncMiddleware {
    enum Kind: String { case writes, reads }

    static let writePrefixes = ["/api/v1/bookings", "/api/v1/waitlist", "/pierakstities", "/en/book", "/pieraksts/",
                                "/en/booking/", "/gaidu-saraksts", "/en/waitlist",
                                // The public submission form (issue 14) is anyone's write.
                                "/iesniegums", "/en/submission"]
    static let readPrefixes = ["/pierakstities", "/en/book"]

    static func kind(method: HTTPMethod, path: String) -> Kind? {
        if method == .POST || method == .DELETE || method == .PUT || method == .PATCH {
            return writePrefixes.contains { path.hasPrefix($0) } ? .writes : nil
        }
        if path.hasPrefix("/api/v1/offices/") && path.hasSuffix("/availability") { return .reads }
        return readPrefixes.contains { path.hasPrefix($0) } ? .reads : nil
    }

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let kind = Self.kind(method: req.method, path: req.url.path) else { return try await next.respond(to: req) }
        let services = req.services
        let address = req.clientAddress
        let fair = services.fairAccess
        let limit = fair.limit(kind == .writes ? fair.writes : fair.reads, for: address)
        guard let wait = services.rateLimiter.take("\(kind.rawValue):\(address)", limit: limit, now: services.clock.now()) else {
            return try await next.respond(to: req)
        }
        req.logger.notice("rate limit: \(kind.rawValue) over \(limit.count)/\(limit.seconds)s")
        let path = req.url.path
        let response: Response
        if path.hasPrefix("/api/") {
            var problem = APIProblem(.rateLimited, detail: { $0.tooManyRequests(wait) })
            problem.headers = [("Retry-After", String(wait))]
            response = problem.response(language: Language.preferred(acceptLanguage: req.headers.first(name: .acceptLanguage)),
                                        instance: path)
        } else {
            let language: Language = path.hasPrefix("/en/") ? .en : .lv
            let t = Strings.of(language)
            let text = ProblemStrings.of(language).tooManyRequests(wait)
            response = html(Layout.render(.init(title: ProblemStrings.of(language).title(.rateLimited), route: nil, language: language),
                                          t, main: [H.el("h1", [], text: ProblemStrings.of(language).title(.rateLimited)),
                                                    H.el("p", [], text: text)]), status: .tooManyRequests)
            response.headers.replaceOrAdd(name: "Retry-After", value: String(wait))
        }
        return response
    }
}
