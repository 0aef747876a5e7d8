import Domain
import Fluent
import Foundation
import Storage
import Testing
import TestSupport
import VaporTesting
@testable import Web

/// Issue 13, defect 3: every link in a message starts with the configured public address (a bare
/// path is useless in an SMS or an e-mail; the waitlist offer was one), and production refuses to
/// start without an https one.
@Suite("Links that leave the app are absolute, from APKALPE_PUBLIC_URL")
struct AbsoluteLinksTests {
    static let base = "https://apkalpe.example.lv"
    static let paths = ["/pieraksts/", "/en/booking/", "/gaidu-saraksts/", "/en/waitlist/"]

    /// Each place a client path appears in `body` without the public address before it.
    static func bareLinks(in body: String) -> [String] {
        var found: [String] = []
        for path in paths {
            var from = body.startIndex
            while let r = body.range(of: path, range: from..<body.endIndex) {
                let before = body[body.startIndex..<r.lowerBound]
                // "/en/waitlist/" also matches inside "/en/waitlist/offer/…" after the base; only a bare start counts.
                if !before.hasSuffix(base) { found.append(String(body[r.lowerBound...].prefix(60))) }
                from = r.upperBound
            }
        }
        return found
    }

    @Test(arguments: TestDB.all)
    func everyLinkInTheOutboxStartsWithThePublicAddress(db: TestDB) async throws {
        try await withTestApp(db, settings: { $0.publicURL = Self.base }) { app in
            let booked = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(
                start: "2026-12-22T09:00:00+02:00", email: "b@example.lv", service: "eu-blue-card"), headers: [:])
            let code = try #require(try booked.json()["code"] as? String)
            let manage = try #require(try booked.json()["manageToken"] as? String)
            for (n, language) in [(2, "lv"), (3, "en")] {
                #expect(try await post(app, "/api/v1/waitlist", json: WaitlistAPITests.wish(
                    code: "3200000000\(n)", email: "w\(n)@example.lv", language: language), headers: [:]).status == .created)
            }
            #expect(try await app.testing().sendRequest(.DELETE, "/api/v1/bookings/\(code)", headers: bearer(manage))
                .status == .noContent)
            let messages = try await Outbox.messages(on: app.db)
            #expect(Set(messages.map(\.kind)).isSuperset(of: [.confirmation, .waitlist, .offer]))
            for m in messages {
                #expect(Self.bareLinks(in: m.body).isEmpty, "\(m.kind) \(m.channel): \(Self.bareLinks(in: m.body))")
            }
            let offer = try #require(messages.first { $0.kind == .offer })
            #expect(offer.body.contains("\(Self.base)/gaidu-saraksts/piedavajums/apk_offer_"))
        }
    }

    @Test func productionNeedsAnHTTPSPublicAddress() throws {
        #expect(throws: AppSettings.Problem.self) { try AppSettings.fromEnvironment(["APKALPE_ENV": "production"]) }
        #expect(throws: AppSettings.Problem.self) {
            try AppSettings.fromEnvironment(["APKALPE_ENV": "production", "APKALPE_PUBLIC_URL": "http://apkalpe.pmlp.gov.lv"])
        }
        let live = try AppSettings.fromEnvironment(["APKALPE_ENV": "production", "APKALPE_PUBLIC_URL": "https://apkalpe.pmlp.gov.lv/"])
        #expect(live.publicURL == "https://apkalpe.pmlp.gov.lv/")
        #expect(PublicLinks(base: live.publicURL).manageBooking(code: "AB12CD34", token: "t", language: .en)
            == "https://apkalpe.pmlp.gov.lv/en/booking/AB12CD34?token=t")
        for bad in ["apkalpe.pmlp.gov.lv", "https://apkalpe.pmlp.gov.lv/app?x=1", "ftp://host"] {
            #expect(throws: AppSettings.Problem.self) { try AppSettings.fromEnvironment(["APKALPE_PUBLIC_URL": bad]) }
        }
        #expect(try AppSettings.fromEnvironment([:]).publicURL == "http://127.0.0.1:8080")
    }
}

/// Issue 13, defect 5, through HTTP: the SMS's short link opens the booking in the client's language.
@Suite("The SMS's short link")
struct ShortLinkTests {
    @Test func theShortLinkOpensTheManagePageAndAWrongOneIsNotFound() async throws {
        try await withTestApp(.sqlite) { app in
            let created = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(
                start: "2026-12-22T09:00:00+02:00", email: "e@example.lv"), headers: [:])
            let code = try #require(try created.json()["code"] as? String)
            let sms = try #require(try await Outbox.messages(on: app.db).first { $0.channel == .sms && $0.kind == .confirmation })
            #expect(SMS.segments(sms.body) <= SMS.maximumSegments)
            let mail = try #require(try await Outbox.messages(on: app.db).first { $0.channel == .email })
            #expect(sms.body != mail.body)
            let r = try #require(sms.body.range(of: #"http://127\.0\.0\.1:8080/p/b[a-z0-9]+"#, options: .regularExpression))
            let path = String(sms.body[r].dropFirst("http://127.0.0.1:8080".count))
            let hop = try await app.testing().sendRequest(.GET, path)
            #expect(hop.status == .seeOther)
            #expect(hop.headers.first(name: .cacheControl) == "no-store")
            let location = try #require(hop.headers.first(name: .location))
            #expect(location.hasPrefix("/pieraksts/\(code)?token=apk_book_"))
            #expect(try await app.testing().sendRequest(.GET, location).status == .ok)
            #expect(try await app.testing().sendRequest(.GET, "/p/bwrongwrongwrong").status == .notFound)
            #expect(try await app.testing().sendRequest(.GET, "/p/xyz").status == .notFound)
        }
    }
}
