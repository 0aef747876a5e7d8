import Domain
import Fluent
import Foundation

/// Staff accounts, sessions, tokens and login-failure counters on Fluent.
public struct FluentStaffStore: StaffStore {
    let db: any Database

    public init(db: any Database) { self.db = db }

    public typealias Credentials = StaffCredentials

    // MARK: Users

    public func createUser(_ user: StaffUser, passwordHash: String, now: Date, actor: String) async throws {
        try await db.writeTransaction { tx in
            if try await StaffUserModel.query(on: tx).filter(\.$email == user.email).first() != nil {
                throw StorageError.conflict("a user with this e-mail exists")
            }
            let m = StaffUserModel()
            m.id = user.id
            m.apply(user)
            m.passwordHash = passwordHash
            m.createdAt = now
            m.passwordChangedAt = now
            try await m.create(on: tx)
            try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "staff_user", id: user.id.uuidString,
                                        action: "create", before: nil, after: AuditTrail.describe(user))
        }
    }

    public func users() async throws -> [StaffUser] {
        try await StaffUserModel.query(on: db).sort(\.$surname).sort(\.$name).all().map { $0.toDomain() }
    }

    public func user(id: UUID) async throws -> StaffUser? {
        try await StaffUserModel.find(id, on: db)?.toDomain()
    }

    public func credentials(email: String) async throws -> Credentials? {
        guard let m = try await StaffUserModel.query(on: db).filter(\.$email == StaffUser.normalise(email: email)).first()
        else { return nil }
        return Credentials(user: m.toDomain(), passwordHash: m.passwordHash,
                           totpSecret: m.totpSecret.flatMap(Base32.decode), totpLastStep: m.totpLastStep)
    }

    public func credentials(id: UUID) async throws -> Credentials? {
        guard let m = try await StaffUserModel.find(id, on: db) else { return nil }
        return Credentials(user: m.toDomain(), passwordHash: m.passwordHash,
                           totpSecret: m.totpSecret.flatMap(Base32.decode), totpLastStep: m.totpLastStep)
    }

    /// Deactivates an account and ends its sessions and tokens at once.
    public func disable(email: String, now: Date, actor: String) async throws {
        try await db.writeTransaction { tx in
            guard let m = try await StaffUserModel.query(on: tx).filter(\.$email == StaffUser.normalise(email: email)).first(),
                  let id = m.id else { throw StorageError.notFound("user") }
            let before = AuditTrail.describe(m.toDomain())
            m.active = false
            try await m.update(on: tx)
            try await StaffSessionModel.query(on: tx).filter(\.$user.$id == id).delete()
            try await APITokenModel.query(on: tx).filter(\.$user.$id == id).filter(\.$revokedAt == nil)
                .set(\.$revokedAt, to: now).update()
            try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "staff_user", id: id.uuidString,
                                        action: "disable", before: before, after: AuditTrail.describe(m.toDomain()))
        }
    }

    /// Changes what a user does and where; their sessions end so the new roles apply at once.
    public func updateAccess(userID: UUID, roles: Set<Role>, offices: Set<String>, now: Date, actor: String) async throws {
        try await db.writeTransaction { tx in
            guard let m = try await StaffUserModel.find(userID, on: tx) else { throw StorageError.notFound("user") }
            let before = AuditTrail.describe(m.toDomain())
            var user = m.toDomain()
            user.roles = roles
            user.offices = offices
            m.apply(user)
            try await m.update(on: tx)
            try await StaffSessionModel.query(on: tx).filter(\.$user.$id == userID).delete()
            try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "staff_user", id: userID.uuidString,
                                        action: "change-access", before: before, after: AuditTrail.describe(user))
        }
    }

    public func updateSignature(userID: UUID, unit: String, position: String, phone: String, now: Date) async throws {
        try await db.writeTransaction { tx in
            guard let m = try await StaffUserModel.find(userID, on: tx) else { throw StorageError.notFound("user") }
            let before = AuditTrail.describe(m.toDomain())
            m.unit = unit
            m.position = position
            m.phone = phone
            try await m.update(on: tx)
            try await AuditTrail.record(on: tx, at: now, actor: userID.uuidString, entity: "staff_user", id: userID.uuidString,
                                        action: "signature", before: before, after: AuditTrail.describe(m.toDomain()))
        }
    }

    public func setPassword(userID: UUID, hash: String, now: Date) async throws {
        try await db.writeTransaction { tx in
            guard let m = try await StaffUserModel.find(userID, on: tx) else { throw StorageError.notFound("user") }
            m.passwordHash = hash
            m.passwordChangedAt = now
            try await m.update(on: tx)
            try await AuditTrail.record(on: tx, at: now, actor: userID.uuidString, entity: "staff_user",
                                        id: userID.uuidString, action: "password-change", before: nil, after: nil)
        }
    }

    public func setTOTPSecret(userID: UUID, secret: [UInt8]?, now: Date) async throws {
        try await db.writeTransaction { tx in
            guard let m = try await StaffUserModel.find(userID, on: tx) else { throw StorageError.notFound("user") }
            m.totpSecret = secret.map(Base32.encode)
            m.totpLastStep = nil
            try await m.update(on: tx)
            try await AuditTrail.record(on: tx, at: now, actor: userID.uuidString, entity: "staff_user",
                                        id: userID.uuidString, action: secret == nil ? "totp-off" : "totp-on",
                                        before: nil, after: nil)
        }
    }

    /// Records `step` as used if it is newer than the last one: one conditional update, so a
    /// code cannot be replayed even by two instances at once.
    public func consumeTOTPStep(userID: UUID, step: Int64) async throws -> Bool {
        try await db.writeTransaction { tx in
            guard let m = try await StaffUserModel.find(userID, on: tx) else { return false }
            if let last = m.totpLastStep, last >= step { return false }
            m.totpLastStep = step
            try await m.update(on: tx)
            return true
        }
    }

    // MARK: Tokens

    public func createToken(kind: TokenKind, token: String, name: String, userID: UUID?, officeSlug: String?,
                            scopes: Set<Permission>?, now: Date, actor: String) async throws -> APIToken {
        try await db.writeTransaction { tx in
            let m = APITokenModel()
            m.id = UUID.random()
            m.kind = kind.rawValue
            m.tokenHash = SecretToken.hash(token)
            m.name = name
            m.$user.id = userID
            m.officeSlug = officeSlug
            m.scopes = scopes.map { $0.map(\.rawValue).sorted().joined(separator: ",") }
            m.createdAt = now
            try await m.create(on: tx)
            try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "api_token", id: m.id!.uuidString,
                                        action: "create", before: nil,
                                        after: "kind=\(kind.rawValue) name=\(name) office=\(officeSlug ?? "-") scopes=\(m.scopes ?? "user")")
            return m.toDomain()!
        }
    }

    /// The live token with this secret, its use recorded; `nil` when unknown or revoked.
    public func useToken(_ token: String, now: Date) async throws -> APIToken? {
        guard let m = try await APITokenModel.query(on: db).filter(\.$tokenHash == SecretToken.hash(token)).first(),
              m.revokedAt == nil else { return nil }
        // Recorded at most once a minute per token, so that busy kiosks do not write on every call.
        if m.lastUsedAt.map({ now.timeIntervalSince($0) > 60 }) ?? true {
            m.lastUsedAt = now
            try await m.update(on: db)
        }
        return m.toDomain()
    }

    public func tokens() async throws -> [APIToken] {
        try await APITokenModel.query(on: db).sort(\.$createdAt, .descending).all().compactMap { $0.toDomain() }
    }

    public func revokeToken(id: UUID, now: Date, actor: String) async throws {
        try await db.writeTransaction { tx in
            guard let m = try await APITokenModel.find(id, on: tx) else { throw StorageError.notFound("token") }
            guard m.revokedAt == nil else { return }
            m.revokedAt = now
            try await m.update(on: tx)
            try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "api_token", id: id.uuidString,
                                        action: "revoke", before: nil, after: nil)
        }
    }

    // MARK: Sessions

    public typealias Session = StaffSessionRecord

    public func createSession(token: String, userID: UUID, now: Date, expiresAt: Date,
                              secondFactorDone: Bool) async throws {
        let m = StaffSessionModel()
        m.tokenHash = SecretToken.hash(token)
        m.$user.id = userID
        m.createdAt = now
        m.lastSeenAt = now
        m.expiresAt = expiresAt
        m.secondFactorDone = secondFactorDone
        try await m.create(on: db)
    }

    public func session(token: String) async throws -> Session? {
        guard let m = try await StaffSessionModel.query(on: db).filter(\.$tokenHash == SecretToken.hash(token))
            .with(\.$user).first() else { return nil }
        return Session(id: m.id!, user: m.user.toDomain(), createdAt: m.createdAt, lastSeenAt: m.lastSeenAt,
                       expiresAt: m.expiresAt, secondFactorDone: m.secondFactorDone)
    }

    public func touchSession(id: UUID, now: Date, secondFactorDone: Bool? = nil) async throws {
        var q = StaffSessionModel.query(on: db).filter(\.$id == id).set(\.$lastSeenAt, to: now)
        if let secondFactorDone { q = q.set(\.$secondFactorDone, to: secondFactorDone) }
        try await q.update()
    }

    public func endSession(id: UUID) async throws {
        try await StaffSessionModel.query(on: db).filter(\.$id == id).delete()
    }

    /// "Log out everywhere".
    public func endAllSessions(userID: UUID) async throws {
        try await StaffSessionModel.query(on: db).filter(\.$user.$id == userID).delete()
    }

    // MARK: Login failures

    /// Failures counted for `key` and when the last happened; counters older than `window` are
    /// forgotten.
    public func failures(key: String, now: Date, window: TimeInterval) async throws -> (count: Int, last: Date)? {
        guard let m = try await LoginFailureModel.query(on: db).filter(\.$key == key).first() else { return nil }
        if now.timeIntervalSince(m.lastFailureAt) > window { return nil }
        return (m.failures, m.lastFailureAt)
    }

    public func recordFailure(key: String, now: Date, window: TimeInterval) async throws {
        try await db.writeTransaction { tx in
            if let m = try await LoginFailureModel.query(on: tx).filter(\.$key == key).first() {
                m.failures = now.timeIntervalSince(m.lastFailureAt) > window ? 1 : m.failures + 1
                m.lastFailureAt = now
                try await m.update(on: tx)
            } else {
                let m = LoginFailureModel()
                m.key = key
                m.failures = 1
                m.lastFailureAt = now
                try await m.create(on: tx)
            }
        }
    }

    public func clearFailures(key: String) async throws {
        try await LoginFailureModel.query(on: db).filter(\.$key == key).delete()
    }

    // MARK: Addresses an account signs in from

    /// Whether `key` (an account and a client address) signed in successfully within `window`.
    public func isKnownSignIn(key: String, now: Date, window: TimeInterval) async throws -> Bool {
        guard let m = try await LoginKnownAddressModel.query(on: db).filter(\.$key == key).first() else { return false }
        return now.timeIntervalSince(m.lastSuccessAt) <= window
    }

    public func recordSuccessfulSignIn(key: String, now: Date) async throws {
        // No transaction: on PostgreSQL a failed INSERT would poison it; a pair recorded by
        // another instance at the same moment is simply known.
        if let m = try await LoginKnownAddressModel.query(on: db).filter(\.$key == key).first() {
            m.lastSuccessAt = now
            try await m.update(on: db)
            return
        }
        let m = LoginKnownAddressModel()
        m.key = key
        m.lastSuccessAt = now
        do {
            try await m.create(on: db)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            return
        }
    }
}
