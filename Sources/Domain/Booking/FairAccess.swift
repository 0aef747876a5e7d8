import Foundation

/// Fair access to booking (I-BOOK, issue 4 item 4), besides "one active booking per person per
/// service" (enforced by the database):
/// - a cap on active bookings per contact (phone or e-mail), generous enough for a parent
///   booking for their children, low enough that one inbox cannot hoard a day;
/// - rate limits per client address, for booking actions and for reading availability. Limits
///   are generous and configurable, and shared networks (state and municipal client-service
///   centres, libraries) get a multiple of them.
public struct FairAccess: Sendable, Hashable {
    public struct Limit: Sendable, Hashable {
        public let count: Int
        public let seconds: Int
        public init(count: Int, seconds: Int) {
            self.count = count
            self.seconds = seconds
        }
    }

    /// Active future bookings one phone number or e-mail address may hold at a time.
    public var perContact: Int = 8
    /// Booking, waitlist and manage-link actions per client address.
    public var writes = Limit(count: 60, seconds: 600)
    /// Availability reads and booking-page views per client address.
    public var reads = Limit(count: 600, seconds: 60)
    /// Addresses shared by many clients (client-service centres); they get `sharedMultiplier` times the limits.
    public var sharedNetworks: [AddressRange] = []
    public var sharedMultiplier = 20
    /// Reverse proxies whose `X-Forwarded-For` names the real client.
    public var trustedProxies: [AddressRange] = []

    public init() {}

    public static let standard = FairAccess()

    /// The limit that applies to `address`.
    public func limit(_ base: Limit, for address: String) -> Limit {
        sharedNetworks.contains { $0.contains(address) } ? Limit(count: base.count * sharedMultiplier, seconds: base.seconds) : base
    }

    /// Whether what `peer` says about the request (`X-Forwarded-For`, `X-Forwarded-Proto`) is believed.
    public func isTrustedProxy(_ peer: String?) -> Bool {
        guard let peer else { return false }
        return trustedProxies.contains { $0.contains(peer) }
    }

    /// The client's address: the peer, or — when the peer is a trusted proxy — the last address
    /// in `X-Forwarded-For` that is not itself a trusted proxy.
    public func clientAddress(peer: String?, forwardedFor: String?) -> String {
        guard let peer else { return "unknown" }
        guard isTrustedProxy(peer), let forwardedFor else { return peer }
        let hops = forwardedFor.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return hops.reversed().first { hop in !trustedProxies.contains { $0.contains(hop) } } ?? peer
    }

    public enum Problem: Error, Equatable { case malformed(String) }

    /// `APKALPE_FAIR_ACCESS="per-contact=8,writes=60/600,reads=600/60,shared=10.1.0.0/16 192.0.2.7,shared-multiplier=20,proxies=127.0.0.1"`
    public static func parse(_ text: String?) throws(Problem) -> FairAccess {
        var f = FairAccess()
        guard let text, !text.isEmpty else { return f }
        func limit(_ v: String) -> Limit? {
            let p = v.split(separator: "/")
            guard p.count == 2, let c = Int(p[0]), let s = Int(p[1]), c >= 1, s >= 1 else { return nil }
            return Limit(count: c, seconds: s)
        }
        func ranges(_ v: String) -> [AddressRange]? {
            let items = v.split(separator: " ").map(String.init)
            let parsed = items.compactMap(AddressRange.init)
            return parsed.count == items.count ? parsed : nil
        }
        for part in text.split(separator: ",") {
            let kv = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard kv.count == 2 else { throw .malformed(String(part)) }
            switch kv[0] {
            case "per-contact": guard let n = Int(kv[1]), n >= 1 else { throw .malformed(String(part)) }; f.perContact = n
            case "writes": guard let l = limit(kv[1]) else { throw .malformed(String(part)) }; f.writes = l
            case "reads": guard let l = limit(kv[1]) else { throw .malformed(String(part)) }; f.reads = l
            case "shared": guard let r = ranges(kv[1]) else { throw .malformed(String(part)) }; f.sharedNetworks = r
            case "shared-multiplier": guard let n = Int(kv[1]), n >= 1 else { throw .malformed(String(part)) }; f.sharedMultiplier = n
            case "proxies": guard let r = ranges(kv[1]) else { throw .malformed(String(part)) }; f.trustedProxies = r
            default: throw .malformed(String(part))
            }
        }
        return f
    }
}
