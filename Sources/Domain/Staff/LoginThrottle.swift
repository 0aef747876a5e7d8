/// Growing delays after failed logins, per account and per client address — never a hard
/// lock-out, because staff e-mail addresses are printed in every letter (S-MAIL-FORM) and
/// anyone could otherwise lock a division out.
public struct LoginThrottle: Sendable, Equatable {
    /// Failures allowed before any delay.
    public let freeFailures: Int
    /// Seconds of the first delay; each further failure doubles it.
    public let baseDelay: Int
    public let maxDelay: Int

    public init(freeFailures: Int = 3, baseDelay: Int = 2, maxDelay: Int = 300) {
        self.freeFailures = freeFailures
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    /// Seconds to wait after the last failure, given the failures counted in the window.
    public func delay(afterFailures failures: Int) -> Int {
        guard failures > freeFailures else { return 0 }
        let exponent = min(failures - freeFailures - 1, 20)
        return min(maxDelay, baseDelay << exponent)
    }
}
