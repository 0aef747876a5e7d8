import Domain
import Fluent
import Foundation
import Storage
import Testing
import TestSupport
import VaporTesting
@testable import Web

@Suite("Waitlist API: join, offers held for the first in line, 410 after the hold")
struct WaitlistAPITests {
    /// Riga division 3 has one EU Blue Card desk (30-minute slots): 09:00 on 2026-12-22 has one seat.
    static func wish(code: String, from: String = "2026-12-22", to: String = "2026-12-23", email: String? = "w@example.lv",
                     language: String = "lv") -> String {
        var fields = [#""officeId":"riga-3""#, #""serviceId":"eu-blue-card""#, #""from":"\#(from)""#, #""to":"\#(to)""#,
                      #""name":"Līga""#, #""surname":"Kalna""#, #""language":"\#(language)""#, #""interpreter":true"#,
                      #""personalCode":"\#(code)""#]
        if let email { fields.append(#""email":"\#(email)""#) }
        return "{" + fields.joined(separator: ",") + "}"
    }

    static func offerToken(_ app: Application, to recipient: String) async throws -> String? {
        let messages = try await Outbox.messages(on: app.db).filter { $0.kind == .offer && $0.recipient == recipient }
        guard let body = messages.first?.body,
              let r = body.range(of: #"apk_offer_[a-z0-9]+"#, options: .regularExpression) else { return nil }
        return String(body[r])
    }

    func remainingAtNine(_ app: Application) async throws -> Int? {
        let res = try await get(app, "/api/v1/offices/riga-3/availability?service=eu-blue-card&from=2026-12-22&to=2026-12-22")
        return (try res.json()["slots"] as? [[String: Any]])?.first?["remaining"] as? Int
    }

    @Test(arguments: TestDB.all)
    func aCancelledSeatIsOfferedHeldAndPassedOn(db: TestDB) async throws {
        let clock = FixedClock(testNow)
        try await withTestApp(db, clock: clock) { app in
            let booked = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(
                start: "2026-12-22T09:00:00+02:00", service: "eu-blue-card"), headers: [:])
            #expect(booked.status == .created)
            let code = try #require(try booked.json()["code"] as? String)
            let manage = try #require(try booked.json()["manageToken"] as? String)
            #expect(try await remainingAtNine(app) == 0)

            let first = try await post(app, "/api/v1/waitlist", json: Self.wish(code: "32000000002", email: "first@example.lv"),
                                       headers: [:])
            #expect(first.status == .created)
            let firstID = try #require(try first.json()["id"] as? String)
            let firstToken = try #require(try first.json()["token"] as? String)
            #expect(firstToken.hasPrefix("apk_wait_"))
            #expect(try first.json()["position"] as? Int == 1)
            let second = try await post(app, "/api/v1/waitlist", json: Self.wish(code: "32000000003", email: "second@example.lv",
                                                                                 language: "en"), headers: [:])
            #expect(try second.json()["position"] as? Int == 2)
            // The "you are on the list" message carries the leave link.
            let joined = try await Outbox.messages(on: app.db).filter { $0.kind == .waitlist && $0.recipient == "first@example.lv" }
            #expect(joined.first?.body.contains("/gaidu-saraksts/\(firstID)?token=apk_wait_") == true)

            // The booking is cancelled: the seat is held for the first in line, not shown as free.
            let cancelled = try await app.testing().sendRequest(.DELETE, "/api/v1/bookings/\(code)", headers: bearer(manage))
            #expect(cancelled.status == .noContent)
            #expect(try await remainingAtNine(app) == 0)
            let offer1 = try #require(try await Self.offerToken(app, to: "first@example.lv"))
            let seen = try await get(app, "/api/v1/waitlist/offers/\(offer1)")
            #expect(seen.status == .ok)
            #expect(try seen.json()["status"] as? String == "open")
            #expect(try seen.json()["start"] as? String == "2026-12-22T09:00:00+02:00")
            #expect(try seen.json()["expiresAt"] as? String == "2026-12-21T10:30:00+02:00")
            let entry = try await get(app, "/api/v1/waitlist/\(firstID)", headers: bearer(firstToken))
            #expect(try entry.json()["status"] as? String == "offered")

            // After the hold, the offer is gone (410) even before the job passes it on …
            clock.advance(by: 31 * 60)
            let late = try await post(app, "/api/v1/waitlist/offers/\(offer1)/accept", json: "", headers: [:])
            #expect(late.status == .gone)
            #expect(late.headers.contentType?.description.hasPrefix("application/problem+json") == true)
            #expect(try late.json()["type"] as? String == "/problems/gone")
            #expect(try await get(app, "/api/v1/waitlist/offers/\(offer1)").json()["status"] as? String == "expired")
            // … and the job passes it to the second in line, who accepts.
            #expect(try await FluentWaitlistStore(db: app.db).expireDue(now: clock.now()) == 1)
            let offer2 = try #require(try await Self.offerToken(app, to: "second@example.lv"))
            let accepted = try await post(app, "/api/v1/waitlist/offers/\(offer2)/accept", json: "", headers: [:])
            #expect(accepted.status == .created)
            let newCode = try #require(try accepted.json()["code"] as? String)
            let newToken = try #require(try accepted.json()["manageToken"] as? String)
            #expect(try accepted.json()["start"] as? String == "2026-12-22T09:00:00+02:00")
            #expect(try accepted.json()["interpreter"] as? Bool == true)
            #expect(try await get(app, "/api/v1/bookings/\(newCode)", headers: bearer(newToken)).status == .ok)
            #expect(try await remainingAtNine(app) == 0)
            // The confirmation goes out in English with the manage link.
            let confirmation = try await Outbox.messages(on: app.db)
                .first { $0.kind == .confirmation && $0.recipient == "second@example.lv" }
            #expect(confirmation?.body.contains("/en/booking/\(newCode)?token=apk_book_") == true)
            #expect(try await post(app, "/api/v1/waitlist/offers/\(offer2)/accept", json: "", headers: [:]).status == .conflict)
            #expect(try await post(app, "/api/v1/waitlist/offers/apk_offer_unknown/accept", json: "", headers: [:]).status == .notFound)

            // The first is back in line (first again), and can leave.
            let back = try await get(app, "/api/v1/waitlist/\(firstID)", headers: bearer(firstToken))
            #expect(try back.json()["status"] as? String == "waiting")
            #expect(try back.json()["position"] as? Int == 1)
            #expect(try await get(app, "/api/v1/waitlist/\(firstID)").status == .unauthorized)
            #expect(try await get(app, "/api/v1/waitlist/\(firstID)", headers: bearer("apk_wait_wrongwrongwrong")).status == .notFound)
            let left = try await app.testing().sendRequest(.DELETE, "/api/v1/waitlist/\(firstID)", headers: bearer(firstToken))
            #expect(left.status == .noContent)
            #expect(try await get(app, "/api/v1/waitlist/\(firstID)", headers: bearer(firstToken)).json()["status"] as? String == "left")
        }
    }

    @Test(arguments: TestDB.all)
    func decliningPassesTheSeatOnAtOnce(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let booked = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(
                start: "2026-12-22T09:00:00+02:00", service: "eu-blue-card"), headers: [:])
            let code = try #require(try booked.json()["code"] as? String)
            let manage = try #require(try booked.json()["manageToken"] as? String)
            _ = try await post(app, "/api/v1/waitlist", json: Self.wish(code: "32000000002", email: "first@example.lv"), headers: [:])
            _ = try await app.testing().sendRequest(.DELETE, "/api/v1/bookings/\(code)", headers: bearer(manage))
            let offer = try #require(try await Self.offerToken(app, to: "first@example.lv"))
            #expect(try await post(app, "/api/v1/waitlist/offers/\(offer)/decline", json: "", headers: [:]).status == .noContent)
            // Nobody else waits: the seat is public again at once.
            #expect(try await remainingAtNine(app) == 1)
            #expect(try await post(app, "/api/v1/waitlist/offers/\(offer)/decline", json: "", headers: [:]).status == .gone)
        }
    }

    @Test(arguments: [
        (wish(code: "32000000002", from: "2026-12-23", to: "2026-12-22"), "/to"),
        (wish(code: "32000000002", from: "2026-12-01", to: "2026-12-20"), "/to"),
        (wish(code: "32000000002", from: "2026-12-22", to: "2027-06-01"), "/to"),
        (wish(code: "32000000002", from: "22.12.2026"), "/from"),
        (wish(code: "161175-19998"), "/personalCode"),
        (wish(code: "32000000002", email: nil), "/phone"),
    ])
    func badWishesAre422WithAPointer(body: String, pointer: String) async throws {
        try await withTestApp { app in
            let res = try await post(app, "/api/v1/waitlist", json: body, headers: ["Accept-Language": "en"])
            #expect(res.status == .unprocessableEntity)
            let errors = try #require(try res.json()["errors"] as? [[String: Any]])
            #expect(errors.contains { $0["pointer"] as? String == pointer }, "\(errors)")
            #expect(try await WaitlistEntryCount.of(app) == 0)
        }
    }

    @Test func onePlaceInLinePerPersonAndService() async throws {
        try await withTestApp { app in
            #expect(try await post(app, "/api/v1/waitlist", json: Self.wish(code: "32000000002"), headers: [:]).status == .created)
            let again = try await post(app, "/api/v1/waitlist", json: Self.wish(code: "320000-00002"), headers: [:])
            #expect(again.status == .unprocessableEntity)
            #expect((try again.json()["errors"] as? [[String: Any]])?.first?["pointer"] as? String == "/personalCode")
            #expect(try await WaitlistEntryCount.of(app) == 1)
        }
    }
}

enum WaitlistEntryCount {
    static func of(_ app: Application) async throws -> Int {
        try await FluentWaitlistStore(db: app.db).line(officeSlug: "riga-3", serviceSlug: "eu-blue-card").count
    }
}
