import Domain
import Foundation

/// A member of staff signs in: the password, then — when the account has one — the code from the
/// authenticator app (S-ACCESS). Failures are counted per account and address and per address
/// (`LoginThrottle`); a stranger's failures never lock the owner out of an address they have
/// signed in from before.
public struct SignIn: Sendable {
    /// How long a failure counts.
    public static let failureWindow: TimeInterval = 15 * 60

    public enum Outcome: Sendable, Equatable {
        /// Too many failures: try again in this many seconds.
        case tooSoon(seconds: Int)
        /// Wrong e-mail, password or code — the answer never says which.
        case refused
        /// A session exists; its secret goes into the cookie. With `needsCode` the session is
        /// good for the code step only.
        case signedIn(sessionToken: String, needsCode: Bool)
        /// The code step is done: the session is whole.
        case codeAccepted
    }

    let staff: any StaffStore
    let passwords: any StaffPasswords
    let throttle: LoginThrottle
    let sessions: SessionPolicy
    let now: Date

    public init(staff: any StaffStore, passwords: any StaffPasswords, throttle: LoginThrottle, sessions: SessionPolicy,
                now: Date) {
        self.staff = staff
        self.passwords = passwords
        self.throttle = throttle
        self.sessions = sessions
        self.now = now
    }

    /// The first step: e-mail and password, from `address`.
    public func withPassword(email: String, password: String, address: String) async throws -> Outcome {
        let keys = LoginThrottle.keys(account: StaffUser.normalise(email: email), address: address)
        let left = try await wait(keys)
        if left > 0 { return .tooSoon(seconds: left) }
        let usable = try await staff.credentials(email: email).flatMap { $0.user.active ? $0 : nil }
        // Unknown and disabled accounts cost one verification too (against the dummy hash).
        guard await passwords.verify(password, hash: usable?.passwordHash), let creds = usable else {
            try await recordFailure(keys)
            return .refused
        }
        try await recordSuccess(keys)
        let token = Self.newSessionToken()
        try await staff.createSession(token: token, userID: creds.user.id, now: now,
                                      expiresAt: now.addingTimeInterval(sessions.absolute),
                                      secondFactorDone: creds.totpSecret == nil)
        return .signedIn(sessionToken: token, needsCode: creds.totpSecret != nil)
    }

    /// The second step: the authenticator's code for the session's user. A code is good once.
    public func withCode(_ code: String, sessionID: UUID, user: StaffUser, address: String) async throws -> Outcome {
        let keys = LoginThrottle.keys(account: StaffUser.normalise(email: user.email), address: address)
        let left = try await wait(keys)
        if left > 0 { return .tooSoon(seconds: left) }
        guard let creds = try await staff.credentials(id: user.id), let secret = creds.totpSecret,
              let step = TOTP(secret: secret).matchingStep(code, at: now),
              try await staff.consumeTOTPStep(userID: user.id, step: Int64(step)) else {
            try await recordFailure(keys)
            return .refused
        }
        try await recordSuccess(keys)
        try await staff.touchSession(id: sessionID, now: now, secondFactorDone: true)
        return .codeAccepted
    }

    /// A session secret: the staff-token alphabet under its own prefix.
    public static func newSessionToken() -> String {
        SecretToken.generate(.staff).replacingOccurrences(of: TokenKind.staff.prefix, with: "sess_")
    }

    /// Seconds still to wait, the longest of the counters that may delay this attempt.
    private func wait(_ keys: LoginThrottle.Keys) async throws -> Int {
        let known = try await staff.isKnownSignIn(key: keys.known, now: now, window: LoginThrottle.knownAddressWindow)
        var longest = 0
        for key in LoginThrottle.counted(keys, knownAddress: known) {
            guard let f = try await staff.failures(key: key, now: now, window: Self.failureWindow) else { continue }
            let delay = throttle.delay(afterFailures: f.count)
            longest = max(longest, Int(f.last.addingTimeInterval(TimeInterval(delay)).timeIntervalSince(now).rounded(.up)))
        }
        return longest
    }

    private func recordFailure(_ keys: LoginThrottle.Keys) async throws {
        for key in [keys.pair, keys.address] { try await staff.recordFailure(key: key, now: now, window: Self.failureWindow) }
    }

    private func recordSuccess(_ keys: LoginThrottle.Keys) async throws {
        try await staff.clearFailures(key: keys.pair)
        try await staff.recordSuccessfulSignIn(key: keys.known, now: now)
    }
}

/// A member of staff changes their own password: the current one first, then at least the
/// minimum length; every session ends and a fresh one replaces this one.
public struct ChangeOwnPassword: Sendable {
    public enum Outcome: Sendable, Equatable {
        case wrongCurrent
        case tooShort(minimum: Int)
        case changed(sessionToken: String)
    }

    let staff: any StaffStore
    let passwords: any StaffPasswords
    let sessions: SessionPolicy
    let now: Date

    public init(staff: any StaffStore, passwords: any StaffPasswords, sessions: SessionPolicy, now: Date) {
        self.staff = staff
        self.passwords = passwords
        self.sessions = sessions
        self.now = now
    }

    public func callAsFunction(user: StaffUser, current: String, new: String) async throws -> Outcome {
        let creds = try await staff.credentials(id: user.id)
        guard await passwords.verify(current, hash: creds?.passwordHash) else { return .wrongCurrent }
        guard new.count >= StaffUser.minimumPasswordLength else { return .tooShort(minimum: StaffUser.minimumPasswordLength) }
        try await staff.setPassword(userID: user.id, hash: try await passwords.hash(new), now: now)
        try await staff.endAllSessions(userID: user.id)
        let token = SignIn.newSessionToken()
        try await staff.createSession(token: token, userID: user.id, now: now, expiresAt: now.addingTimeInterval(sessions.absolute),
                                      secondFactorDone: true)
        return .changed(sessionToken: token)
    }
}
