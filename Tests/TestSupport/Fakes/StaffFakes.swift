import Domain
import Foundation
import Synchronization

/// Staff accounts, sessions and failure counters in memory.
public final class FakeStaff: StaffStore {
    public init() {}
    public struct State {
        public var credentials: [UUID: StaffCredentials] = [:]
        public var sessions: [String: StaffSessionRecord] = [:]
        public var usedSteps: Set<String> = []
        public var failures: [String: (count: Int, last: Date)] = [:]
        public var known: Set<String> = []
        public var tokens: [String: APIToken] = [:]
    }
    public let state = Mutex(State())

    public func add(_ user: StaffUser, hash: String, totp: [UInt8]? = nil) {
        state.withLock { $0.credentials[user.id] = StaffCredentials(user: user, passwordHash: hash, totpSecret: totp, totpLastStep: nil) }
    }

    public func createUser(_ user: StaffUser, passwordHash: String, now: Date, actor: String) async throws {
        if try await credentials(email: user.email) != nil { throw StoreError.conflict("email") }
        add(user, hash: passwordHash)
    }
    public func users() async throws -> [StaffUser] { state.withLock { $0.credentials.values.map(\.user) } }
    public func user(id: UUID) async throws -> StaffUser? { state.withLock { $0.credentials[id]?.user } }
    public func credentials(email: String) async throws -> StaffCredentials? {
        state.withLock { $0.credentials.values.first { $0.user.email == StaffUser.normalise(email: email) } }
    }
    public func credentials(id: UUID) async throws -> StaffCredentials? { state.withLock { $0.credentials[id] } }
    public func disable(email: String, now: Date, actor: String) async throws {
        guard let c = try await credentials(email: email) else { throw StoreError.notFound("user") }
        try await endAllSessions(userID: c.user.id)
    }
    public func updateAccess(userID: UUID, roles: Set<Role>, offices: Set<String>, now: Date, actor: String) async throws {}
    public func updateSignature(userID: UUID, unit: String, position: String, phone: String, now: Date) async throws {
        state.withLock { s in
            guard let c = s.credentials[userID] else { return }
            var u = c.user
            u.unit = unit
            u.position = position
            u.phone = phone
            s.credentials[userID] = StaffCredentials(user: u, passwordHash: c.passwordHash, totpSecret: c.totpSecret,
                                                     totpLastStep: c.totpLastStep)
        }
    }
    public func setPassword(userID: UUID, hash: String, now: Date) async throws {
        state.withLock { s in
            guard let c = s.credentials[userID] else { return }
            s.credentials[userID] = StaffCredentials(user: c.user, passwordHash: hash, totpSecret: c.totpSecret,
                                                     totpLastStep: c.totpLastStep)
        }
    }
    public func setTOTPSecret(userID: UUID, secret: [UInt8]?, now: Date) async throws {}
    public func consumeTOTPStep(userID: UUID, step: Int64) async throws -> Bool {
        state.withLock { $0.usedSteps.insert("\(userID)|\(step)").inserted }
    }
    public func createToken(kind: TokenKind, token: String, name: String, userID: UUID?, officeSlug: String?,
                            scopes: Set<Permission>?, now: Date, actor: String) async throws -> APIToken {
        let t = APIToken(id: UUID(), kind: kind, name: name, userID: userID, officeSlug: officeSlug, scopes: scopes,
                         createdAt: now, lastUsedAt: nil, revokedAt: nil)
        state.withLock { $0.tokens[token] = t }
        return t
    }
    public func useToken(_ token: String, now: Date) async throws -> APIToken? {
        state.withLock { $0.tokens[token].flatMap { $0.revokedAt == nil ? $0 : nil } }
    }
    public func tokens() async throws -> [APIToken] { state.withLock { Array($0.tokens.values) } }
    public func revokeToken(id: UUID, now: Date, actor: String) async throws {
        state.withLock { s in
            for (k, t) in s.tokens where t.id == id {
                s.tokens[k] = APIToken(id: t.id, kind: t.kind, name: t.name, userID: t.userID, officeSlug: t.officeSlug,
                                       scopes: t.scopes, createdAt: t.createdAt, lastUsedAt: t.lastUsedAt, revokedAt: now)
            }
        }
    }
    public func createSession(token: String, userID: UUID, now: Date, expiresAt: Date, secondFactorDone: Bool) async throws {
        state.withLock { s in
            guard let user = s.credentials[userID]?.user else { return }
            s.sessions[token] = StaffSessionRecord(id: UUID(), user: user, createdAt: now, lastSeenAt: now, expiresAt: expiresAt,
                                                   secondFactorDone: secondFactorDone)
        }
    }
    public func session(token: String) async throws -> StaffSessionRecord? { state.withLock { $0.sessions[token] } }
    public func touchSession(id: UUID, now: Date, secondFactorDone: Bool?) async throws {
        state.withLock { s in
            guard let (token, old) = s.sessions.first(where: { $0.value.id == id }) else { return }
            s.sessions[token] = StaffSessionRecord(id: id, user: old.user, createdAt: old.createdAt, lastSeenAt: now,
                                                   expiresAt: old.expiresAt,
                                                   secondFactorDone: secondFactorDone ?? old.secondFactorDone)
        }
    }
    public func endSession(id: UUID) async throws { state.withLock { $0.sessions = $0.sessions.filter { $0.value.id != id } } }
    public func endAllSessions(userID: UUID) async throws {
        state.withLock { $0.sessions = $0.sessions.filter { $0.value.user.id != userID } }
    }
    public func failures(key: String, now: Date, window: TimeInterval) async throws -> (count: Int, last: Date)? {
        state.withLock { s in s.failures[key].flatMap { now.timeIntervalSince($0.last) < window ? $0 : nil } }
    }
    public func recordFailure(key: String, now: Date, window: TimeInterval) async throws {
        state.withLock { s in s.failures[key] = ((s.failures[key]?.count ?? 0) + 1, now) }
    }
    public func clearFailures(key: String) async throws { state.withLock { _ = $0.failures.removeValue(forKey: key) } }
    public func isKnownSignIn(key: String, now: Date, window: TimeInterval) async throws -> Bool { state.withLock { $0.known.contains(key) } }
    public func recordSuccessfulSignIn(key: String, now: Date) async throws { state.withLock { _ = $0.known.insert(key) } }
}

/// "hash:PASSWORD" hashes; counts the checks, so a test can see an unknown account costs one.
public final class FakePasswords: StaffPasswords {
    public init() {}
    public let checks = Mutex(0)
    public func hash(_ password: String) async throws -> String { "hash:\(password)" }
    public func verify(_ password: String, hash: String?) async -> Bool {
        checks.withLock { $0 += 1 }
        return hash == "hash:\(password)"
    }
}
