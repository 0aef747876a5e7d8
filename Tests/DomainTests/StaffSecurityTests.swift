import Foundation
import Testing
@testable import Domain

@Suite("TOTP second factor (RFC 6238)")
struct TOTPTests {
    let rfc = TOTP(secret: Array("12345678901234567890".utf8))

    /// RFC 6238 Appendix B, SHA-1, last six of the eight digits.
    @Test(arguments: [(59, "287082"), (1111111109, "081804"), (1111111111, "050471"), (1234567890, "005924"),
                      (2000000000, "279037"), (20000000000, "353130")])
    func rfcTestVectors(seconds: Double, code: String) {
        #expect(rfc.code(at: Date(timeIntervalSince1970: seconds)) == code)
    }

    @Test func acceptsOneStepOfDriftAndNoMore() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let previous = rfc.code(at: now.addingTimeInterval(-30))
        let old = rfc.code(at: now.addingTimeInterval(-90))
        #expect(rfc.matchingStep(previous, at: now) != nil)
        #expect(rfc.matchingStep(old, at: now) == nil)
        #expect(rfc.matchingStep("12345", at: now) == nil)
    }

    @Test func provisioningURIAndBase32RoundTrip() {
        let secret = TOTP.generateSecret()
        #expect(secret.count == 20)
        #expect(Base32.decode(Base32.encode(secret)) == secret)
        #expect(Base32.encode(Array("foobar".utf8)) == "MZXW6YTBOI")       // RFC 4648 §10
        let uri = TOTP(secret: secret).provisioningURI(account: "anna.berzina@pmlp.gov.lv")
        #expect(uri.hasPrefix("otpauth://totp/Apkalpe:anna.berzina@pmlp.gov.lv?secret=\(Base32.encode(secret))"))
        #expect(uri.contains("digits=6&period=30"))
    }
}

@Suite("Login throttling")
struct LoginThrottleTests {
    @Test func delaysGrowAndStayBounded() {
        let t = LoginThrottle()
        #expect((1...9).map(t.delay(afterFailures:)) == [0, 0, 0, 2, 4, 8, 16, 32, 64])
        #expect(t.delay(afterFailures: 500) == 300)
    }
}

@Suite("Sessions and form tokens")
struct SessionAndFormTokenTests {
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func sessionsEndWhenIdleOrTooOld() {
        let p = SessionPolicy(idle: 1800, absolute: 36000)
        #expect(p.isAlive(createdAt: t0, lastSeenAt: t0, now: t0 + 1799))
        #expect(!p.isAlive(createdAt: t0, lastSeenAt: t0, now: t0 + 1801))
        #expect(!p.isAlive(createdAt: t0, lastSeenAt: t0 + 35000, now: t0 + 36001))
    }

    @Test func formTokensAreBoundAndExpire() {
        let tokens = FormToken(secret: Array("a secret of thirty-two bytes!!!!".utf8))
        let token = tokens.issue(binding: "session-1", now: t0, lifetime: 600)
        #expect(tokens.verify(token, binding: "session-1", now: t0 + 599))
        #expect(!tokens.verify(token, binding: "session-2", now: t0))
        #expect(!tokens.verify(token, binding: "session-1", now: t0 + 601))
        #expect(!FormToken(secret: Array("another secret entirely.........".utf8)).verify(token, binding: "session-1", now: t0))
        let forged = "9999999999." + token.split(separator: ".")[1]
        #expect(!tokens.verify(forged, binding: "session-1", now: t0))
        #expect(!tokens.verify("garbage", binding: "session-1", now: t0))
    }
}
