import Domain
import Foundation
import Synchronization
import Testing
@testable import UseCases

/// Staff accounts, sessions and failure counters in memory.
final class FakeStaff: StaffStore {
    struct State {
        var credentials: [UUID: StaffCredentials] = [:]
        var sessions: [String: StaffSessionRecord] = [:]
        var usedSteps: Set<String> = []
        var failures: [String: (count: Int, last: Date)] = [:]
        var known: Set<String> = []
    }
    let state = Mutex(State())

    func add(_ user: StaffUser, hash: String, totp: [UInt8]? = nil) {
        state.withLock { $0.credentials[user.id] = StaffCredentials(user: user, passwordHash: hash, totpSecret: totp, totpLastStep: nil) }
    }

    func createUser(_ user: StaffUser, passwordHash: String, now: Date, actor: String) async throws { add(user, hash: passwordHash) }
    func users() async throws -> [StaffUser] { state.withLock { $0.credentials.values.map(\.user) } }
    func user(id: UUID) async throws -> StaffUser? { state.withLock { $0.credentials[id]?.user } }
    func credentials(email: String) async throws -> StaffCredentials? {
        state.withLock { $0.credentials.values.first { $0.user.email == StaffUser.normalise(email: email) } }
    }
    func credentials(id: UUID) async throws -> StaffCredentials? { state.withLock { $0.credentials[id] } }
    func disable(email: String, now: Date, actor: String) async throws {}
    func updateAccess(userID: UUID, roles: Set<Role>, offices: Set<String>, now: Date, actor: String) async throws {}
    func setPassword(userID: UUID, hash: String, now: Date) async throws {
        state.withLock { s in
            guard let c = s.credentials[userID] else { return }
            s.credentials[userID] = StaffCredentials(user: c.user, passwordHash: hash, totpSecret: c.totpSecret,
                                                     totpLastStep: c.totpLastStep)
        }
    }
    func setTOTPSecret(userID: UUID, secret: [UInt8]?, now: Date) async throws {}
    func consumeTOTPStep(userID: UUID, step: Int64) async throws -> Bool {
        state.withLock { $0.usedSteps.insert("\(userID)|\(step)").inserted }
    }
    func createToken(kind: TokenKind, token: String, name: String, userID: UUID?, officeSlug: String?,
                     scopes: Set<Permission>?, now: Date, actor: String) async throws -> APIToken {
        throw StoreError.configuration("not used here")
    }
    func useToken(_ token: String, now: Date) async throws -> APIToken? { nil }
    func tokens() async throws -> [APIToken] { [] }
    func revokeToken(id: UUID, now: Date, actor: String) async throws {}
    func createSession(token: String, userID: UUID, now: Date, expiresAt: Date, secondFactorDone: Bool) async throws {
        state.withLock { s in
            guard let user = s.credentials[userID]?.user else { return }
            s.sessions[token] = StaffSessionRecord(id: UUID(), user: user, createdAt: now, lastSeenAt: now, expiresAt: expiresAt,
                                                   secondFactorDone: secondFactorDone)
        }
    }
    func session(token: String) async throws -> StaffSessionRecord? { state.withLock { $0.sessions[token] } }
    func touchSession(id: UUID, now: Date, secondFactorDone: Bool?) async throws {
        state.withLock { s in
            guard let (token, old) = s.sessions.first(where: { $0.value.id == id }) else { return }
            s.sessions[token] = StaffSessionRecord(id: id, user: old.user, createdAt: old.createdAt, lastSeenAt: now,
                                                   expiresAt: old.expiresAt,
                                                   secondFactorDone: secondFactorDone ?? old.secondFactorDone)
        }
    }
    func endSession(id: UUID) async throws { state.withLock { $0.sessions = $0.sessions.filter { $0.value.id != id } } }
    func endAllSessions(userID: UUID) async throws {
        state.withLock { $0.sessions = $0.sessions.filter { $0.value.user.id != userID } }
    }
    func failures(key: String, now: Date, window: TimeInterval) async throws -> (count: Int, last: Date)? {
        state.withLock { s in s.failures[key].flatMap { now.timeIntervalSince($0.last) < window ? $0 : nil } }
    }
    func recordFailure(key: String, now: Date, window: TimeInterval) async throws {
        state.withLock { s in s.failures[key] = ((s.failures[key]?.count ?? 0) + 1, now) }
    }
    func clearFailures(key: String) async throws { state.withLock { _ = $0.failures.removeValue(forKey: key) } }
    func isKnownSignIn(key: String, now: Date, window: TimeInterval) async throws -> Bool { state.withLock { $0.known.contains(key) } }
    func recordSuccessfulSignIn(key: String, now: Date) async throws { state.withLock { _ = $0.known.insert(key) } }
}

/// "hash:PASSWORD" hashes; counts the checks, so a test can see an unknown account costs one.
final class FakePasswords: StaffPasswords {
    let checks = Mutex(0)
    func hash(_ password: String) async throws -> String { "hash:\(password)" }
    func verify(_ password: String, hash: String?) async -> Bool {
        checks.withLock { $0 += 1 }
        return hash == "hash:\(password)"
    }
}

@Suite("Signing in (S-ACCESS): password, code, throttling — on fakes")
struct SignInTests {
    let now = RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(9, 0))
    let anna = StaffUser(email: "anna@pmlp.gov.lv", name: "Anna", surname: "Bērziņa", roles: [.clerk], offices: ["ogre"])

    func signIn(_ staff: FakeStaff, _ passwords: FakePasswords, at time: Date? = nil) -> SignIn {
        SignIn(staff: staff, passwords: passwords, throttle: LoginThrottle(), sessions: SessionPolicy(), now: time ?? now)
    }

    @Test func theRightPasswordOpensASessionAndTheWrongOneDoesNot() async throws {
        let staff = FakeStaff(), passwords = FakePasswords()
        staff.add(anna, hash: "hash:correct horse battery")
        let ok = try await signIn(staff, passwords).withPassword(email: "Anna@PMLP.gov.lv ", password: "correct horse battery",
                                                                 address: "10.0.0.5")
        guard case .signedIn(let token, let needsCode) = ok else { Issue.record("not signed in: \(ok)"); return }
        #expect(!needsCode)
        #expect(token.hasPrefix("sess_"))
        #expect(try await staff.session(token: token)?.user.id == anna.id)
        #expect(try await signIn(staff, passwords).withPassword(email: anna.email, password: "wrong", address: "10.0.0.5") == .refused)
    }

    @Test func anUnknownAccountCostsOneCheckAndAnswersAsAWrongPassword() async throws {
        let staff = FakeStaff(), passwords = FakePasswords()
        let outcome = try await signIn(staff, passwords).withPassword(email: "nobody@pmlp.gov.lv", password: "x", address: "10.0.0.5")
        #expect(outcome == .refused)
        #expect(passwords.checks.withLock { $0 } == 1)
    }

    @Test func afterThreeFailuresTheFourthAttemptWaitsEvenWithTheRightPassword() async throws {
        let staff = FakeStaff(), passwords = FakePasswords()
        staff.add(anna, hash: "hash:correct horse battery")
        for _ in 0..<4 { _ = try await signIn(staff, passwords).withPassword(email: anna.email, password: "no", address: "10.0.0.9") }
        let blocked = try await signIn(staff, passwords).withPassword(email: anna.email, password: "correct horse battery",
                                                                      address: "10.0.0.9")
        guard case .tooSoon(let seconds) = blocked else { Issue.record("not throttled: \(blocked)"); return }
        #expect(seconds > 0)
        // Later than the delay, the right password works again.
        let later = try await signIn(staff, passwords, at: now.addingTimeInterval(TimeInterval(seconds + 1)))
            .withPassword(email: anna.email, password: "correct horse battery", address: "10.0.0.9")
        if case .signedIn = later {} else { Issue.record("still refused: \(later)") }
    }

    @Test func aCodeIsAskedForWhenTheAccountHasOneAndWorksOnlyOnce() async throws {
        let staff = FakeStaff(), passwords = FakePasswords()
        let secret = TOTP.generateSecret()
        staff.add(anna, hash: "hash:correct horse battery", totp: secret)
        let first = try await signIn(staff, passwords).withPassword(email: anna.email, password: "correct horse battery",
                                                                    address: "10.0.0.5")
        guard case .signedIn(let token, true) = first, let session = try await staff.session(token: token) else {
            Issue.record("no code step: \(first)"); return
        }
        #expect(!session.secondFactorDone)
        let code = TOTP(secret: secret).code(at: now)
        #expect(try await signIn(staff, passwords).withCode(code, sessionID: session.id, user: anna, address: "10.0.0.5") == .codeAccepted)
        #expect(try await staff.session(token: token)?.secondFactorDone == true)
        #expect(try await signIn(staff, passwords).withCode(code, sessionID: session.id, user: anna, address: "10.0.0.5") == .refused)
    }

    @Test func changingThePasswordEndsEverySessionAndOpensAFreshOne() async throws {
        let staff = FakeStaff(), passwords = FakePasswords()
        staff.add(anna, hash: "hash:correct horse battery")
        try await staff.createSession(token: "sess_other", userID: anna.id, now: now, expiresAt: now.addingTimeInterval(600),
                                      secondFactorDone: true)
        let change = ChangeOwnPassword(staff: staff, passwords: passwords, sessions: SessionPolicy(), now: now)
        #expect(try await change(user: anna, current: "wrong", new: "a much longer one") == .wrongCurrent)
        #expect(try await change(user: anna, current: "correct horse battery", new: "short") == .tooShort(minimum: 12))
        guard case .changed(let token) = try await change(user: anna, current: "correct horse battery", new: "a much longer one")
        else { Issue.record("not changed"); return }
        #expect(try await staff.session(token: "sess_other") == nil)
        #expect(try await staff.session(token: token) != nil)
        #expect(try await staff.credentials(id: anna.id)?.passwordHash == "hash:a much longer one")
    }
}
