import Vapor

/// Security headers on every response: a CSP without inline script and with
/// `frame-ancestors 'none'`, no MIME sniffing, a strict referrer policy; HSTS behind TLS.
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
        if request.headers.first(name: "X-Forwarded-Proto") == "https" {
            headers.replaceOrAdd(name: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains")
        }
        response.headers = headers
        return response
    }
}
