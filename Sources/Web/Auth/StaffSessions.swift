import Domain
import Fluent
import Foundation
import NIOConcurrencyHelpers
import Storage
import Vapor

/// The key that signs form tokens, read once from the database (shared by every instance).
final class FormTokenProvider: Sendable {
    private let cached = NIOLockedValueBox<FormToken?>(nil)

    func get(_ db: any Database) async throws -> FormToken {
        if let t = cached.withLockedValue({ $0 }) { return t }
        let token = FormToken(secret: try await AppSecrets.secret("form-token-key", on: db))
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

    /// What a CSRF token on this request is bound to: the session, or the anonymous form.
    var formBinding: String { staffSession.map { "session:\($0.id.uuidString)" } ?? "anonymous:\(url.path)" }

    /// A CSRF token for a public form that posts to `path` (bound to the form, not a session, so a
    /// bot filling forms creates no rows).
    func anonymousFormToken(for path: String) async throws -> String {
        try await application.appServices.formTokens.get(db).issue(binding: "anonymous:\(path)", now: clock.now())
    }

    func formToken() async throws -> String {
        try await application.appServices.formTokens.get(db).issue(binding: formBinding, now: clock.now())
    }

    /// Whether the request came over TLS (directly or through a proxy that says so).
    var isSecure: Bool {
        url.scheme == "https" || headers.first(name: "X-Forwarded-Proto")?.lowercased() == "https"
    }
}

enum StaffCookie {
    static let name = "apk_session"

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
            let store = FluentStaffStore(db: req.db)
            let now = req.clock.now()
            if let s = try await store.session(token: token) {
                if req.application.appServices.sessionPolicy.isAlive(createdAt: s.createdAt, lastSeenAt: s.lastSeenAt, now: now),
                   s.user.active {
                    req.staffSession = ActiveSession(id: s.id, user: s.user, secondFactorDone: s.secondFactorDone)
                    if s.secondFactorDone { req.caller = .staff(s.user, s.user.principal(), via: "session") }
                    if now.timeIntervalSince(s.lastSeenAt) > 30 { try await store.touchSession(id: s.id, now: now) }
                } else {
                    try await store.endSession(id: s.id)
                }
            }
        }
        return try await next.respond(to: req)
    }
}

/// Every state-changing form carries a signed token bound to the session (or, before login, to
/// the form): a request without a valid one changes nothing.
struct CSRFMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard req.method == .POST else { return try await next.respond(to: req) }
        let given = (try? req.content.get(String.self, at: "_csrf")) ?? ""
        let tokens = try await req.application.appServices.formTokens.get(req.db)
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
