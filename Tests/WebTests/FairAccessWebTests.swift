import Domain
import Fluent
import Foundation
import Storage
import Testing
import VaporTesting
@testable import Web
#if canImport(Glibc)
import Glibc
import TestSupport
#endif

/// A port the kernel says is free right now (for tests that need a real socket, so that the
/// client address is real).
func freePort() -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var addr = sockaddr_in()
    addr.sin_family = sa_family_t(AF_INET)
    addr.sin_addr.s_addr = inet_addr("127.0.0.1")
    addr.sin_port = 0
    var len = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) } }
    _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
    return Int(UInt16(bigEndian: addr.sin_port))
}

@Suite("Fair access over HTTP: rate limits per client address, shared networks, the per-contact cap")
struct FairAccessWebTests {
    static func booking(_ n: Int, phone: String) -> String {
        let minutes = 9 * 60 + 10 * n       // a 10-minute slot of its own for each n
        let start = String(format: "2026-12-22T%02d:%02d:00+02:00", minutes / 60, minutes % 60)
        return BookingAPITests.body(code: "32" + String(format: "%09d", n), start: start, phone: phone, office: "riga-3")
    }

    @Test func bookingWritesAreLimitedPerAddressWithRetryAfter() async throws {
        let clock = FixedClock(testNow)
        try await withTestApp(.sqlite, clock: clock, settings: {
            $0.fairAccess = try! FairAccess.parse("writes=3/60,shared=10.1.0.0/16,shared-multiplier=2,proxies=127.0.0.1")
        }) { app in
            let port = freePort()
            let client = try app.testing(method: .running(hostname: "127.0.0.1", port: port))
            func book(_ n: Int, from address: String, language: String = "lv") async throws -> TestingHTTPResponse {
                try await client.sendRequest(.POST, "/api/v1/bookings",
                                             headers: ["Content-Type": "application/json", "X-Forwarded-For": address,
                                                       "Accept-Language": language],
                                             body: ByteBuffer(string: Self.booking(n, phone: "2100000\(n % 10)")))
            }
            for n in 0..<3 { #expect(try await book(n, from: "203.0.113.9").status == .created) }
            let limited = try await book(3, from: "203.0.113.9", language: "en")
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers.first(name: "Retry-After") == "20")
            #expect(try limited.json()["type"] as? String == "/problems/rate-limited")
            #expect((try limited.json()["detail"] as? String)?.contains("try again in 20 seconds") == true)
            #expect(try await FluentBookingStore(db: app.db).active(on: LocalDate(2026, 12, 22), officeSlug: nil).count == 3)   // nothing saved

            // Another address has its own allowance; a client-service centre's network a multiple.
            #expect(try await book(4, from: "203.0.113.10").status == .created)
            for n in 5..<11 { #expect(try await book(n, from: "10.1.0.5").status == .created) }
            #expect(try await book(11, from: "10.1.0.5").status == .tooManyRequests)
            // A forged header from an untrusted peer is ignored: this is still 203.0.113.9 behind the proxy.
            #expect(try await book(12, from: "198.51.100.1, 203.0.113.9").status == .tooManyRequests)

            clock.advance(by: 20)
            #expect(try await book(13, from: "203.0.113.9").status == .created)
        }
    }

    @Test func bookingPagesAreLimitedWithAPageInTheUsersLanguage() async throws {
        try await withTestApp(.sqlite, settings: { $0.fairAccess = try! FairAccess.parse("reads=2/60") }) { app in
            #expect(try await get(app, "/en/book").status == .ok)
            #expect(try await get(app, "/en/book/passport").status == .ok)
            let limited = try await get(app, "/en/book/passport/ogre")
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers.first(name: "Retry-After") == "30")
            #expect(limited.text.contains("<html lang=\"en\""))
            #expect(limited.text.contains("Too many requests from this address"))
            // Other pages and the staff area are not counted.
            #expect(try await get(app, "/en/").status == .ok)
            #expect(try await get(app, "/api/v1/services").status == .ok)
        }
    }

    @Test(arguments: TestDB.all)
    func oneContactHoldsAtMostTheCap(db: TestDB) async throws {
        try await withTestApp(db, settings: { $0.fairAccess.perContact = 2 }) { app in
            // A parent books for two children with one phone (written two ways) …
            #expect(try await post(app, "/api/v1/bookings", json: Self.booking(1, phone: "+371 2000 0000"), headers: [:])
                .status == .created)
            #expect(try await post(app, "/api/v1/bookings", json: Self.booking(2, phone: "+37120000000"), headers: [:])
                .status == .created)
            // … a third with the same phone is over the cap: 422 at the phone field, nothing saved.
            let third = try await post(app, "/api/v1/bookings", json: Self.booking(3, phone: "+371-2000-0000"),
                                       headers: ["Accept-Language": "en"])
            #expect(third.status == .unprocessableEntity)
            let errors = try #require(try third.json()["errors"] as? [[String: Any]])
            #expect(errors.first?["pointer"] as? String == "/phone")
            #expect((errors.first?["detail"] as? String)?.contains("already has 2 active bookings") == true)
            #expect(try await FluentBookingStore(db: app.db).active(on: LocalDate(2026, 12, 22), officeSlug: nil).count == 2)
            // Another phone is fine.
            #expect(try await post(app, "/api/v1/bookings", json: Self.booking(3, phone: "29999999"), headers: [:])
                .status == .created)
        }
    }
}
