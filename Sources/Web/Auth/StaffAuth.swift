import Domain
import Vapor

/// Who a request comes from, once authenticated.
enum Caller: Sendable {
    /// A member of staff, through a session or a staff token (scopes narrow the user's permissions).
    case staff(StaffUser, StaffPrincipal, via: String)
    /// A kiosk device of one office.
    case kiosk(office: String, tokenID: UUID)
    /// An integration (its scopes, no user).
    case integration(scopes: Set<Permission>, tokenID: UUID)
}

extension Request {
    private struct CallerKey: StorageKey { typealias Value = Caller }

    var caller: Caller? {
        get { storage[CallerKey.self] }
        set { storage[CallerKey.self] = newValue }
    }

    /// The member of staff allowed to do `permission` (on data of `office`, when it belongs to
    /// one), decided by the Domain policy; otherwise 401 (nobody) or 403 (not allowed).
    func requireStaff(_ permission: Permission, office: String? = nil) throws -> (StaffUser, StaffPrincipal) {
        // Kiosks and integrations are authenticated but are nobody whose reads can be logged.
        if case .kiosk = caller { throw AuthProblem.forbidden }
        if case .integration = caller { throw AuthProblem.forbidden }
        guard case .staff(let user, let principal, _) = caller else { throw AuthProblem.unauthenticated }
        switch AccessPolicy.decide(principal, permission, office: office) {
        case .allow: return (user, principal)
        case .denyNoPermission, .denyOtherOffice: throw AuthProblem.forbidden
        }
    }

    func requireAnyStaff() throws -> (StaffUser, StaffPrincipal) {
        if case .kiosk = caller { throw AuthProblem.forbidden }
        if case .integration = caller { throw AuthProblem.forbidden }
        guard case .staff(let user, let principal, _) = caller else { throw AuthProblem.unauthenticated }
        return (user, principal)
    }
}

enum AuthProblem: Error {
    case unauthenticated, forbidden
}

/// Reads `Authorization: Bearer …` on API routes. A known live token makes the request its
/// caller; an unknown, revoked or malformed one is refused at once (401) rather than treated as
/// anonymous, so a client learns its token is bad. No header: anonymous — refused at once on
/// an operation the contract marks with `security`, before its input is even read.
struct BearerAuthMiddleware: AsyncMiddleware {
    let document: OpenAPIDocument

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let needs = request.route.flatMap { document.security(method: $0.method.rawValue, components: $0.path) }
        guard let header = request.headers.first(name: .authorization) else {
            if needs != nil { throw AuthProblem.unauthenticated }
            return try await next.respond(to: request)
        }
        if let needs, let kind = TokenKind(rawValue: needs == "booking" ? "book" : needs == "waitlist" ? "wait" : ""),
           kind.isClientSecret {
            // A booking's or a waitlist entry's own routes: the handler compares the token with the stored hash.
            guard TokenKind.of(token: String(header.split(separator: " ").last ?? "")) == kind else {
                throw AuthProblem.unauthenticated
            }
            return try await next.respond(to: request)
        }
        try await authenticate(request, header: header)
        // Data of one office (a path's `officeId`): the office scope is decided here too, before
        // the body is read, so a stranger learns nothing from validation errors.
        let office = request.parameters.get("officeId")
        if needs == "device" {
            // The office's own kiosk, or staff who serve at the office (tickets, check-ins).
            if case .kiosk(let kioskOffice, _) = request.caller {
                guard kioskOffice == office else { throw AuthProblem.forbidden }
            } else {
                _ = try request.requireStaff(.queueServe, office: office)
            }
        } else if let needs, !needs.isEmpty {
            guard let permission = Permission(rawValue: needs) else { throw AuthProblem.forbidden }
            _ = try request.requireStaff(permission, office: office)
        } else if needs != nil, request.caller == nil {
            throw AuthProblem.unauthenticated
        }
        return try await next.respond(to: request)
    }

    private func authenticate(_ request: Request, header: String) async throws {
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { throw AuthProblem.unauthenticated }
        let token = String(parts[1]).trimmingCharacters(in: .whitespaces)
        guard let kind = TokenKind.of(token: token), !kind.isClientSecret else {
            // Clients' own secrets (manage links, waitlist, offers) are checked by their routes.
            if TokenKind.of(token: token)?.isClientSecret == true { return }
            throw AuthProblem.unauthenticated
        }
        let store = request.stores.staff
        let now = request.clock.now()
        guard let stored = try await store.useToken(token, now: now), stored.kind == kind else {
            throw AuthProblem.unauthenticated
        }
        switch kind {
        case .staff:
            guard let userID = stored.userID, let user = try await store.user(id: userID), user.active else {
                throw AuthProblem.unauthenticated
            }
            request.caller = .staff(user, user.principal(scopes: stored.scopes), via: "token")
        case .kiosk:
            guard let office = stored.officeSlug else { throw AuthProblem.unauthenticated }
            request.caller = .kiosk(office: office, tokenID: stored.id)
        case .integration:
            request.caller = .integration(scopes: stored.scopes ?? [], tokenID: stored.id)
        case .booking, .waitlist, .offer, .priority:
            break
        }
    }
}

/// Staff passwords: bcrypt (Vapor's), with a minimum length a passphrase meets. Hashing and
/// verifying take a quarter of a second at cost 12, so they run on the application's thread
/// pool, never on Swift's cooperative pool, where two at once would stall every request on two
/// cores (issue 11, item 6).
public enum Passwords {
    public static func hash(_ password: String, cost: Int) throws -> String { try Bcrypt.hash(password, cost: cost) }

    static func hash(_ password: String, cost: Int, on pool: NIOThreadPool) async throws -> String {
        try await pool.runIfActive { try Bcrypt.hash(password, cost: cost) }
    }

    /// `hash` nil (no such account, or a disabled one) verifies against a dummy hash of the same
    /// cost and answers false: both answers take the same time, so timing tells nobody which
    /// e-mail addresses have accounts.
    static func verify(_ password: String, hash: String?, dummy: String, on pool: NIOThreadPool) async -> Bool {
        let result = try? await pool.runIfActive { (try? Bcrypt.verify(password, created: hash ?? dummy)) ?? false }
        return hash != nil && result == true
    }

}

/// The `StaffPasswords` the use cases get: bcrypt at the configured cost on the password pool.
struct PoolPasswords: StaffPasswords {
    let pool: NIOThreadPool
    let cost: Int
    let dummy: String

    func hash(_ password: String) async throws -> String { try await Passwords.hash(password, cost: cost, on: pool) }
    func verify(_ password: String, hash: String?) async -> Bool {
        await Passwords.verify(password, hash: hash, dummy: dummy, on: pool)
    }
}
