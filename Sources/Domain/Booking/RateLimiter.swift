import Foundation
import Synchronization

/// Token buckets per key (a client address and a kind of action): each holds up to `count`
/// tokens and refills at `count / seconds` a second, so a burst up to the limit is fine and a
/// steady stream above it is not. Kept in memory per app instance.
public final class RateLimiter: Sendable {
    private struct Bucket {
        var tokens: Double
        var at: Date
    }

    private let buckets = Mutex<[String: Bucket]>([:])
    /// Beyond this many keys, full (idle) buckets are dropped; they would refill to full anyway.
    private let pruneAbove: Int

    public init(pruneAbove: Int = 50_000) { self.pruneAbove = pruneAbove }

    /// Takes a token for `key`; nil if allowed, otherwise the seconds until one is free.
    public func take(_ key: String, limit: FairAccess.Limit, now: Date) -> Int? {
        let rate = Double(limit.count) / Double(limit.seconds)
        let pruneAbove = self.pruneAbove
        return buckets.withLock { buckets in
            var b = buckets[key] ?? Bucket(tokens: Double(limit.count), at: now)
            b.tokens = min(Double(limit.count), b.tokens + max(0, now.timeIntervalSince(b.at)) * rate)
            b.at = now
            defer {
                buckets[key] = b
                if buckets.count > pruneAbove { Self.prune(&buckets, now: now, rate: rate, capacity: Double(limit.count)) }
            }
            if b.tokens >= 1 {
                b.tokens -= 1
                return nil
            }
            return max(1, Int(((1 - b.tokens) / rate).rounded(.up)))
        }
    }

    private static func prune(_ buckets: inout [String: Bucket], now: Date, rate: Double, capacity: Double) {
        buckets = buckets.filter { $0.value.tokens + now.timeIntervalSince($0.value.at) * rate < capacity }
    }
}
