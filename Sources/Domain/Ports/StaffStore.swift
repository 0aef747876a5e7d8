import Foundation

/// A member of staff's stored sign-in data: the account, its password hash and second factor.
public struct StaffCredentials: Sendable {
    public let user: StaffUser
    public let passwordHash: String
    public let totpSecret: [UInt8]?
    public let totpLastStep: Int64?

    public init(user: StaffUser, passwordHash: String, totpSecret: [UInt8]?, totpLastStep: Int64?) {
        self.user = user
        self.passwordHash = passwordHash
        self.totpSecret = totpSecret
        self.totpLastStep = totpLastStep
    }
}

/// A staff browser session as stored (the token itself is kept only as a hash).
public struct StaffSessionRecord: Sendable {
    public let id: UUID
    public let user: StaffUser
    public let createdAt: Date
    public let lastSeenAt: Date
    public let expiresAt: Date
    public let secondFactorDone: Bool

    public init(id: UUID, user: StaffUser, createdAt: Date, lastSeenAt: Date, expiresAt: Date, secondFactorDone: Bool) {
        self.id = id
        self.user = user
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
        self.expiresAt = expiresAt
        self.secondFactorDone = secondFactorDone
    }
}

/// Staff accounts, their credentials and sessions, API and kiosk tokens, and the sign-in
/// failure counters (S-ACCESS). Every change that an auditor would ask about is written to the
/// audit trail in the same transaction.
public protocol StaffStore: Sendable {
    func createUser(_ user: StaffUser, passwordHash: String, now: Date, actor: String) async throws
    func users() async throws -> [StaffUser]
    func user(id: UUID) async throws -> StaffUser?
    func credentials(email: String) async throws -> StaffCredentials?
    func credentials(id: UUID) async throws -> StaffCredentials?
    func disable(email: String, now: Date, actor: String) async throws
    func updateAccess(userID: UUID, roles: Set<Role>, offices: Set<String>, now: Date, actor: String) async throws
    /// The fields that sign the member's letters (S-MAIL-FORM); audited.
    func updateSignature(userID: UUID, unit: String, position: String, phone: String, now: Date) async throws
    func setPassword(userID: UUID, hash: String, now: Date) async throws
    func setTOTPSecret(userID: UUID, secret: [UInt8]?, now: Date) async throws
    /// True once per step: a code cannot be used twice.
    func consumeTOTPStep(userID: UUID, step: Int64) async throws -> Bool

    func createToken(kind: TokenKind, token: String, name: String, userID: UUID?, officeSlug: String?,
                     scopes: Set<Permission>?, now: Date, actor: String) async throws -> APIToken
    /// The live token with this secret, its use recorded; nil when unknown or revoked.
    func useToken(_ token: String, now: Date) async throws -> APIToken?
    func tokens() async throws -> [APIToken]
    func revokeToken(id: UUID, now: Date, actor: String) async throws

    func createSession(token: String, userID: UUID, now: Date, expiresAt: Date, secondFactorDone: Bool) async throws
    func session(token: String) async throws -> StaffSessionRecord?
    func touchSession(id: UUID, now: Date, secondFactorDone: Bool?) async throws
    func endSession(id: UUID) async throws
    func endAllSessions(userID: UUID) async throws

    func failures(key: String, now: Date, window: TimeInterval) async throws -> (count: Int, last: Date)?
    func recordFailure(key: String, now: Date, window: TimeInterval) async throws
    func clearFailures(key: String) async throws
    func isKnownSignIn(key: String, now: Date, window: TimeInterval) async throws -> Bool
    func recordSuccessfulSignIn(key: String, now: Date) async throws
}

extension StaffStore {
    /// Records the session's activity, its second-factor state unchanged.
    public func touchSession(id: UUID, now: Date) async throws {
        try await touchSession(id: id, now: now, secondFactorDone: nil)
    }
}

/// A store's refusal that names no rule: the row asked for is not there, or one like it already is
/// (a unique e-mail, a unique token), or the database cannot be set up as configured.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    case notFound(String)
    case conflict(String)
    case configuration(String)

    public var description: String {
        switch self {
        case .notFound(let what): return "not found: \(what)"
        case .conflict(let what): return "conflict: \(what)"
        case .configuration(let what): return what
        }
    }
}
