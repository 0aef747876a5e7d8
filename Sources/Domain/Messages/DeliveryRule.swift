import Foundation

/// What becomes of a message after a delivery attempt (issue 15, item 2; GOV.UK Notify's model):
/// sent; a temporary failure (a 4xx reply, a timeout, a refused connection) is tried again after
/// an exponentially growing pause; a permanent failure (a 5xx reply) — or a temporary one on the
/// last allowed attempt — ends as `permanent-failure`, shown to staff to act on.
public struct DeliveryRule: Sendable, Equatable {
    /// Attempts before a temporary failure is given up.
    public var maximumAttempts: Int
    /// The pause after the first failed attempt; each further one doubles it.
    public var firstPause: TimeInterval
    public var longestPause: TimeInterval
    /// How long a worker may take over one message before another may try it (the same
    /// Message-ID, so a relay or reader can tell it is the same message).
    public var lease: TimeInterval

    /// 8 attempts over about 4 hours (1, 2, 4 … 64 minutes apart, at most 2 hours).
    public static let standard = DeliveryRule(maximumAttempts: 8, firstPause: 60, longestPause: 2 * 3600, lease: 300)

    public init(maximumAttempts: Int, firstPause: TimeInterval, longestPause: TimeInterval, lease: TimeInterval) {
        self.maximumAttempts = maximumAttempts
        self.firstPause = firstPause
        self.longestPause = longestPause
        self.lease = lease
    }

    /// The pause after failed attempt number `attempt` (1-based).
    public func pause(after attempt: Int) -> TimeInterval {
        let doubled = firstPause * pow(2, Double(max(0, min(attempt - 1, 30))))
        return min(doubled, longestPause)
    }

    public struct Next: Sendable, Equatable {
        public let status: OutboxMessage.Status
        public let nextAttemptAt: Date?
        public let lastError: String?
        public let providerMessageID: String?
        public let sentAt: Date?
    }

    /// The message's state after attempt number `attempt` ended with `outcome` at `now`.
    public func next(after outcome: DeliveryOutcome, attempt: Int, now: Date) -> Next {
        switch outcome {
        case .sent(let providerID):
            return Next(status: .sent, nextAttemptAt: nil, lastError: nil, providerMessageID: providerID, sentAt: now)
        case .permanentFailure(let why):
            return Next(status: .permanentFailure, nextAttemptAt: nil, lastError: Self.clip(why), providerMessageID: nil, sentAt: nil)
        case .temporaryFailure(let why):
            guard attempt < maximumAttempts else {
                return Next(status: .permanentFailure, nextAttemptAt: nil,
                            lastError: Self.clip("\(why) (gave up after \(attempt) attempts)"), providerMessageID: nil, sentAt: nil)
            }
            return Next(status: .temporaryFailure, nextAttemptAt: now.addingTimeInterval(pause(after: attempt)),
                        lastError: Self.clip(why), providerMessageID: nil, sentAt: nil)
        }
    }

    /// A relay's reply is kept for staff, never longer than a line of a page.
    static func clip(_ s: String) -> String {
        let one = s.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        return one.count > 300 ? String(one.prefix(299)) + "…" : one
    }
}

/// How one delivery attempt ended.
public enum DeliveryOutcome: Sendable, Equatable {
    /// Accepted by the relay or provider; its own id for the message when it gave one.
    case sent(providerID: String?)
    case temporaryFailure(String)
    case permanentFailure(String)
}
