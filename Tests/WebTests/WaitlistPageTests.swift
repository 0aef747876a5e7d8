import Domain
import Foundation
import Storage
import Testing
import TestSupport
import VaporTesting
@testable import Web

@Suite("Waitlist pages: join from the booking steps, take or decline an offer, without JavaScript")
struct WaitlistPageTests {
    /// The `_csrf` value of the form posting to `action` on the last page.
    static func csrf(_ b: Browser, action: String) -> String? {
        b.lastHTML.range(of: "action=\"\(action)\"").map { r in
            let rest = b.lastHTML[r.upperBound...]
            let v = rest.range(of: "name=\"_csrf\" value=\"")!
            return String(rest[v.upperBound...].prefix { $0 != "\"" })
        }
    }

    @Test(arguments: TestDB.all)
    func joinInLatvianThenAcceptTheOfferOnItsPage(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let b = Browser(app)
            let days = try await b.get("/pierakstities/eu-blue-card/riga-3")
            #expect(days.text.contains("href=\"/pierakstities/eu-blue-card/riga-3/gaidu-saraksts\""))
            let form = try await b.get("/pierakstities/eu-blue-card/riga-3/gaidu-saraksts")
            #expect(form.status == .ok)
            #expect(form.text.contains("30 minūtes"))
            // A bad personal code: the error stands next to the field, in Latvian; nothing is saved.
            let fields = ["from": "2026-12-22", "to": "2026-12-23", "name": "Līga", "surname": "Kalna",
                          "personalCode": "161175-19998", "email": "liga@example.lv", "language": "lv"]
            let bad = try await b.post("/pierakstities/eu-blue-card/riga-3/gaidu-saraksts", fields)
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("id=\"personalCode-error\""))
            #expect(bad.text.contains("aria-describedby=\"personalCode-hint personalCode-error\""))
            #expect(bad.text.contains("kontrolcipars"))
            #expect(bad.text.contains("value=\"liga@example.lv\""))
            #expect(try await WaitlistEntryCount.of(app) == 0)

            var good = fields
            good["personalCode"] = "32000000002"
            let joinedPost = try await b.post("/pierakstities/eu-blue-card/riga-3/gaidu-saraksts", good)
            #expect(joinedPost.status == .seeOther)
            let joined = try await b.follow(joinedPost)
            #expect(joined.text.contains("Jūsu vieta rindā: 1."))
            let entryLink = try #require(joined.text.range(of: #"/gaidu-saraksts/[0-9a-f-]{36}\?token=apk_wait_[a-z0-9]+"#,
                                                          options: .regularExpression).map { String(joined.text[$0]) })
            let entryPage = try await b.get(entryLink)
            #expect(entryPage.text.contains("vieta rindā: 1"))
            // The language switch keeps the entry, token and all (issue 16, item 4).
            #expect(entryPage.text.contains("href=\"\(entryLink.replacingOccurrences(of: "/gaidu-saraksts/", with: "/en/waitlist/"))\" lang=\"en\""))

            // Someone cancels the only 09:00 seat: the offer comes to Līga.
            let booked = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(
                start: "2026-12-22T09:00:00+02:00", service: "eu-blue-card"), headers: [:])
            let code = try #require(try booked.json()["code"] as? String)
            let manage = try #require(try booked.json()["manageToken"] as? String)
            _ = try await app.testing().sendRequest(.DELETE, "/api/v1/bookings/\(code)", headers: bearer(manage))
            let offer = try #require(try await WaitlistAPITests.offerToken(app, to: "liga@example.lv"))
            let page = try await b.get("/gaidu-saraksts/piedavajums/\(offer)")
            #expect(page.status == .ok)
            #expect(page.text.contains("Laiks tiek turēts jums līdz plkst. 10:30."))
            #expect(page.text.contains("otrdiena, 22.12.2026. 09:00"))
            let acceptedPost = try await b.post("/gaidu-saraksts/piedavajums/\(offer)/accept", [:],
                                                csrf: Self.csrf(b, action: "/gaidu-saraksts/piedavajums/\(offer)/accept"))
            #expect(acceptedPost.status == .seeOther)
            let accepted = try await b.follow(acceptedPost)
            #expect(accepted.text.contains("Jūs esat pierakstīts") || accepted.text.contains("booking-code"))
            let manageLink = try #require(accepted.text.range(of: #"/pieraksts/[A-Z0-9]+\?token=apk_book_[a-z0-9]+"#,
                                                              options: .regularExpression).map { String(accepted.text[$0]) })
            // Art. 15: the person's own data lists the waitlist place, now booked.
            let data = try await b.get(manageLink.replacingOccurrences(of: "?token=", with: "/data.json?token="))
            let places = try #require(try data.json()["waitlist"] as? [[String: Any]])
            #expect(places.map { $0["status"] as? String } == ["booked"])
            // The offer page now says it is taken; accepting again changes nothing.
            let again = try await b.post("/gaidu-saraksts/piedavajums/\(offer)/accept", [:],
                                         csrf: Self.csrf(b, action: "/gaidu-saraksts/piedavajums/\(offer)/accept"))
            #expect(again.status != .seeOther)
        }
    }

    @Test func aLapsedOfferPageSaysSoInEnglishWith410AndLeavingWorks() async throws {
        let clock = FixedClock(testNow)
        try await withTestApp(.sqlite, clock: clock) { app in
            let joined = try await post(app, "/api/v1/waitlist", json: WaitlistAPITests.wish(
                code: "32000000002", email: "en@example.lv", language: "en"), headers: [:])
            let id = try #require(try joined.json()["id"] as? String)
            let token = try #require(try joined.json()["token"] as? String)
            let booked = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(
                start: "2026-12-22T09:00:00+02:00", service: "eu-blue-card"), headers: [:])
            _ = try await app.testing().sendRequest(.DELETE, "/api/v1/bookings/\(try booked.json()["code"] as! String)",
                                                    headers: bearer(try booked.json()["manageToken"] as! String))
            let offer = try #require(try await WaitlistAPITests.offerToken(app, to: "en@example.lv"))
            clock.advance(by: 45 * 60)
            let b = Browser(app)
            let gone = try await b.get("/en/waitlist/offer/\(offer)")
            #expect(gone.status == .gone)
            #expect(gone.text.contains("The offer is no longer valid"))
            #expect(!gone.text.contains("/accept\""))

            #expect(try await b.get("/en/waitlist/\(id)?token=apk_wait_other").status == .notFound)
            let entry = try await b.get("/en/waitlist/\(id)?token=\(token)")
            #expect(entry.status == .ok)
            // A forged form is refused with the public page, and changes nothing.
            let forged = try await b.post("/en/waitlist/\(id)/leave", ["token": token], csrf: "forged")
            #expect(forged.status == .forbidden)
            #expect(forged.text.contains("The form has expired") && !forged.text.contains("Staff area"))
            try await b.get("/en/waitlist/\(id)?token=\(token)")
            let left = try await b.follow(try await b.post("/en/waitlist/\(id)/leave", ["token": token],
                                                           csrf: Self.csrf(b, action: "/en/waitlist/\(id)/leave")))
            #expect(left.status == .ok)
            #expect(left.text.contains("You have left the waitlist."))
            #expect(try await WaitlistEntryCount.of(app) == 0)
        }
    }

    @Test func theOfferPageSaysWhichLaterBookingAcceptingWouldCancel() async throws {
        try await withTestApp { app in
            // Līga holds a booking on 23 December and waits for something earlier.
            let mine = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(
                code: "32000000002", start: "2026-12-23T09:00:00+02:00", service: "eu-blue-card"), headers: [:])
            let myCode = try #require(try mine.json()["code"] as? String)
            _ = try await post(app, "/api/v1/waitlist", json: WaitlistAPITests.wish(code: "32000000002", email: "liga@example.lv"),
                               headers: [:])
            let other = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(
                code: "32000000003", start: "2026-12-22T09:00:00+02:00", phone: "20000003", service: "eu-blue-card"), headers: [:])
            _ = try await app.testing().sendRequest(.DELETE, "/api/v1/bookings/\(try other.json()["code"] as! String)",
                                                    headers: bearer(try other.json()["manageToken"] as! String))
            let offer = try #require(try await WaitlistAPITests.offerToken(app, to: "liga@example.lv"))
            let page = try await get(app, "/gaidu-saraksts/piedavajums/\(offer)")
            #expect(page.text.contains("līdzšinējais pieraksts \(myCode) (trešdiena, 23.12.2026. 09:00) tiks atcelts"))
        }
    }
}
