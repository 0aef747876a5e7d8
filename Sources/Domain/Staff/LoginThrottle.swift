import Foundation

/// Growing delays after failed logins — never a hard lock-out, because staff e-mail addresses
/// are printed in every letter (S-MAIL-FORM) and anyone could otherwise lock a division out.
///
/// Counters are kept per (account, client address) pair and per address alone, never per
/// account alone: a stranger's failures slow only the stranger (issue 11, item 5). An address
/// the account has signed in from before is judged by the pair alone, so colleagues failing
/// behind the same office gateway never delay the owner there either.
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

    /// How long an address stays "usual" for an account after a successful sign-in.
    public static let knownAddressWindow: TimeInterval = 90 * 24 * 3600

    public struct Keys: Sendable, Equatable {
        /// Failures of this account from this address.
        public let pair: String
        /// Failures from this address, whatever the account.
        public let address: String
        /// Remembered when the account signs in from the address.
        public let known: String
    }

    public static func keys(account: String, address: String) -> Keys {
        Keys(pair: "pair:\(account)|\(address)", address: "address:\(address)", known: "\(account)|\(address)")
    }

    /// The counters that may delay this attempt: the pair's, and the address's unless the
    /// account has signed in from it before.
    public static func counted(_ keys: Keys, knownAddress: Bool) -> [String] {
        knownAddress ? [keys.pair] : [keys.pair, keys.address]
    }
}
