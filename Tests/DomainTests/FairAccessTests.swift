import Domain
import Foundation
import Testing

@Suite("Fair access: address ranges, client addresses behind proxies, token buckets, settings")
struct FairAccessTests {
    @Test func addressRangesMatchIPv4AndIPv6() throws {
        let net = try #require(AddressRange("10.1.0.0/16"))
        #expect(net.contains("10.1.200.7"))
        #expect(!net.contains("10.2.0.1"))
        #expect(!net.contains("::1"))
        let one = try #require(AddressRange("192.0.2.7"))
        #expect(one.contains("192.0.2.7") && !one.contains("192.0.2.8"))
        let v6 = try #require(AddressRange("2001:db8::/32"))
        #expect(v6.contains("2001:db8:ffff::1") && !v6.contains("2001:db9::1"))
        let odd = try #require(AddressRange("10.0.0.0/9"))
        #expect(odd.contains("10.127.0.1") && !odd.contains("10.128.0.1"))
        #expect(AddressRange("10.0.0.0/33") == nil)
        #expect(AddressRange("not-an-address") == nil)
    }

    @Test func theClientAddressIsTheFirstUntrustedHop() throws {
        var f = FairAccess()
        // Without trusted proxies a forged header changes nothing.
        #expect(f.clientAddress(peer: "198.51.100.1", forwardedFor: "203.0.113.9") == "198.51.100.1")
        f.trustedProxies = [try #require(AddressRange("127.0.0.1")), try #require(AddressRange("10.0.0.0/8"))]
        #expect(f.clientAddress(peer: "127.0.0.1", forwardedFor: "203.0.113.9") == "203.0.113.9")
        // A client cannot hide behind a prefix it writes itself: the last untrusted hop counts.
        #expect(f.clientAddress(peer: "127.0.0.1", forwardedFor: "1.2.3.4, 203.0.113.9, 10.0.0.5") == "203.0.113.9")
        #expect(f.clientAddress(peer: "127.0.0.1", forwardedFor: nil) == "127.0.0.1")
        #expect(f.clientAddress(peer: nil, forwardedFor: "203.0.113.9") == "unknown")
    }

    @Test func aBucketAllowsTheBurstThenRefillsSteadily() {
        let limiter = RateLimiter()
        let limit = FairAccess.Limit(count: 3, seconds: 60)
        let t0 = Date(timeIntervalSince1970: 1_800_000_000)
        #expect((0..<3).map { _ in limiter.take("a", limit: limit, now: t0) } == [nil, nil, nil])
        #expect(limiter.take("a", limit: limit, now: t0) == 20)                 // one token every 20 s
        #expect(limiter.take("b", limit: limit, now: t0) == nil)                // other keys are their own
        #expect(limiter.take("a", limit: limit, now: t0.addingTimeInterval(10)) == 10)
        #expect(limiter.take("a", limit: limit, now: t0.addingTimeInterval(20)) == nil)
        #expect(limiter.take("a", limit: limit, now: t0.addingTimeInterval(20)) != nil)
    }

    @Test func sharedNetworksGetAMultipleOfTheLimits() throws {
        let f = try FairAccess.parse("writes=5/60,shared=10.1.0.0/16 192.0.2.7,shared-multiplier=10")
        #expect(f.limit(f.writes, for: "10.1.2.3").count == 50)
        #expect(f.limit(f.writes, for: "192.0.2.7").count == 50)
        #expect(f.limit(f.writes, for: "198.51.100.1").count == 5)
    }

    @Test func settingsParseOrSayWhatIsWrong() throws {
        let f = try FairAccess.parse("per-contact=4,writes=10/60,reads=100/10,proxies=127.0.0.1")
        #expect(f.perContact == 4 && f.writes == .init(count: 10, seconds: 60) && f.reads == .init(count: 100, seconds: 10))
        #expect(f.trustedProxies.map(\.description) == ["127.0.0.1"])
        #expect(try FairAccess.parse(nil) == FairAccess.standard)
        #expect(throws: FairAccess.Problem.malformed("writes=10")) { try FairAccess.parse("writes=10") }
        #expect(throws: FairAccess.Problem.malformed("shared=10.0.0.0/99")) { try FairAccess.parse("shared=10.0.0.0/99") }
        #expect(throws: FairAccess.Problem.malformed("speed=1")) { try FairAccess.parse("speed=1") }
    }
}
