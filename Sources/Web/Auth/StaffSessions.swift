import Domain
import Foundation
import NIOConcurrencyHelpers
import Vapor

/// The key that signs form tokens, read once from the database (shared by every instance).
final class FormTokenProvider: Sendable {
    private let cached = NIOLockedValueBox<FormToken?>(nil)

    func get(_ secrets: any SecretStore) async throws -> FormToken {
        if let t = cached.withLockedValue({ $0 }) { return t }
        let token = FormToken(secret: try await secrets.secret("form-token-key"))
        cached.withLockedValue { $0 = token }
        return token
    }
}

/// The staff browser session on this request, if any.
struct ActiveSession: Sendable {
    let id: UUID
    let user: StaffUser
    let secondFactorDone: Bool
}

extension Request {
    private struct SessionKey: StorageKey { typealias Value = ActiveSession }

    var staffSession: ActiveSession? {
        get { storage[SessionKey.self] }
        set { storage[SessionKey.self] = newValue }
    }

    private struct PreSessionKey: StorageKey { typealias Value = String }

    /// The pre-session id of a staff browser that has no session yet (issue 11, item 8): set as a
    /// cookie by `StaffSessionMiddleware`, so a sign-in form's token works only in the browser
    /// that fetched the form (login CSRF: nobody can sign a victim into the attacker's account).
    var preSessionID: String? {
        get { storage[PreSessionKey.self] }
        set { storage[PreSessionKey.self] = newValue }
    }

    /// What a CSRF token on this request is bound to: the session; before sign-in on staff pages
    /// the pre-session cookie and the form; on public forms the form alone.
    var formBinding: String {
        if let session = staffSession { return "session:\(session.id.uuidString)" }
        if let pre = preSessionID { return "presession:\(pre):\(url.path)" }
        return "anonymous:\(url.path)"
    }

    /// A CSRF token for a public form that posts to `path` (bound to the form, not a session, so a
    /// bot filling forms creates no rows).
    func anonymousFormToken(for path: String) async throws -> String {
        try await services.formTokens.get(stores.secrets).issue(binding: "anonymous:\(path)", now: clock.now())
    }

    func formToken() async throws -> String {
        try await services.formTokens.get(stores.secrets).issue(binding: formBinding, now: clock.now())
    }

    /// Whether the request came over TLS (directly or through a trusted proxy that says so).
    var isSecure: Bool { cameOverTLS }
}

enum StaffCookie {
    static let name = "apk_session"
    /// Before sign-in: binds the login form's CSRF token to this browser (double submit).
    static let preSessionName = "apk_presession"

    /// A pre-session id as this app makes them (so a planted odd value is simply replaced).
    static func isPreSessionID(_ value: String) -> Bool {
        value.utf8.count == 32 && value.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
    }

    static func newPreSessionID() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        var g = SystemRandomNumberGenerator()
        return String((0..<32).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &g)] })
    }

    static func make(_ value: String, secure: Bool, maxAge: Int?) -> HTTPCookies.Value {
        HTTPCookies.Value(string: value, expires: nil, maxAge: maxAge, domain: nil, path: "/", isSecure: secure,
                          isHTTPOnly: true, sameSite: .lax)
    }
}

/// Loads the staff session named by the cookie. A session past its idle or absolute limit, or
/// of a disabled account, is ended on the spot.
struct StaffSessionMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let token = req.cookies[StaffCookie.name]?.string, !token.isEmpty {
            let store = req.stores.staff
            let now = req.clock.now()
            if let s = try await store.session(token: token) {
                if req.services.sessionPolicy.isAlive(createdAt: s.createdAt, lastSeenAt: s.lastSeenAt, now: now),
                   s.user.active {
                    req.staffSession = ActiveSession(id: s.id, user: s.user, secondFactorDone: s.secondFactorDone)
                    if s.secondFactorDone { req.caller = .staff(s.user, s.user.principal(), via: "session") }
                    if now.timeIntervalSince(s.lastSeenAt) > 30 { try await store.touchSession(id: s.id, now: now) }
                } else {
                    try await store.endSession(id: s.id)
                }
            }
        }
        guard req.staffSession == nil else { return try await next.respond(to: req) }
        // No session: the browser's pre-session id binds sign-in forms to it (login CSRF).
        if let given = req.cookies[StaffCookie.preSessionName]?.string, StaffCookie.isPreSessionID(given) {
            req.preSessionID = given
            return try await next.respond(to: req)
        }
        // A POST without the cookie cannot carry a matching token; a page view gets one.
        let fresh = StaffCookie.newPreSessionID()
        req.preSessionID = req.method == .GET ? fresh : ""
        let response = try await next.respond(to: req)
        if req.method == .GET {
            response.cookies[StaffCookie.preSessionName] = HTTPCookies.Value(
                string: fresh, expires: nil, maxAge: nil, domain: nil, path: "/", isSecure: req.isSecure,
                isHTTPOnly: true, sameSite: .lax)
        }
        return response
    }
}

/// Every state-changing form carries a signed token bound to the session (or, before login, to
/// the form): a request without a valid one changes nothing.
struct CSRFMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard req.method == .POST else { return try await next.respond(to: req) }
        try await BodyLimit.collect(req)
        let given = (try? req.content.get(String.self, at: "_csrf")) ?? ""
        let tokens = try await req.services.formTokens.get(req.stores.secrets)
        guard tokens.verify(given, binding: req.formBinding, now: req.clock.now()) else {
            throw StaffPageProblem.formExpired
        }
        return try await next.respond(to: req)
    }
}

/// Staff pages need a signed-in member of staff; others are sent to the login page.
struct RequireStaffMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard case .staff = req.caller else { throw AuthProblem.unauthenticated }
        return try await next.respond(to: req)
    }
}

/// A group of staff pages that needs one of `permissions`, decided by `AccessPolicy`.
struct RequirePermission: AsyncMiddleware {
    let permissions: [Permission]

    init(_ permission: Permission) { permissions = [permission] }
    init(anyOf permissions: [Permission]) { self.permissions = permissions }

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard case .staff(_, let principal, _) = req.caller else { throw AuthProblem.unauthenticated }
        guard permissions.contains(where: { AccessPolicy.decide(principal, $0) == .allow }) else { throw AuthProblem.forbidden }
        return try await next.respond(to: req)
    }
}

enum StaffPageProblem: Error {
    case formExpired
}
