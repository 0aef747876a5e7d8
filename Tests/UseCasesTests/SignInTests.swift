import Domain
import Foundation
import Synchronization
import Testing
import TestSupport
@testable import UseCases



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
