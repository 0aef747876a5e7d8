import Vapor

/// Security headers on every response: a CSP without inline script and with
/// `frame-ancestors 'none'`, no MIME sniffing, a strict referrer policy; HSTS behind TLS (said by a trusted proxy); and
/// `Cache-Control: no-store` on everything that does not say otherwise (issue 11, item 7):
/// pages and API answers carry personal data or tokens often enough (a client record, a manage
/// page, a token shown once) that only what is known to be public — the stylesheet — may be
/// kept by a browser or a proxy.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    static let contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        let h = response.headers
        var headers = h
        headers.replaceOrAdd(name: "Content-Security-Policy", value: Self.contentSecurityPolicy)
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: "Referrer-Policy", value: "strict-origin-when-cross-origin")
        headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        headers.replaceOrAdd(name: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()")
        if headers.first(name: .cacheControl) == nil { headers.replaceOrAdd(name: .cacheControl, value: "no-store") }
        if request.cameOverTLS {
            headers.replaceOrAdd(name: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains")
        }
        response.headers = headers
        return response
    }
}
