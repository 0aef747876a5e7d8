import Domain
import Fluent
import Foundation
import Storage
import Testing
import TestSupport
import VaporTesting
@testable import Web

/// Issue 16, item 2: a client who lost the manage link gets a new one sent to the contact on the
/// booking — never on screen, the same answer whether or not anything matched, a few times an
/// hour at most — and "you already have a booking" leads there.
@Suite("Find my booking")
struct FindMyBookingTests {
    static func sent(_ app: Application, code: String) async throws -> [OutboxMessage] {
        try await Outbox.messages(on: app.db).filter { $0.kind == .confirmation && $0.body.contains(code) }
    }

    @Test(arguments: TestDB.all)
    func aLostLinkIsSentAgainToTheContactOnTheBookingOnly(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let created = try await post(app, "/api/v1/bookings",
                                         json: BookingAPITests.body(phone: "20000000", email: "janis@example.lv", office: "ogre"), headers: [:])
            let code = try #require(try created.json()["code"] as? String)
            let oldToken = try #require(try created.json()["manageToken"] as? String)
            let before = try await Self.sent(app, code: code).count
            let b = Browser(app)

            // Nothing typed: errors beside the fields, in Latvian.
            try await b.get("/pieraksts/atrast")
            let empty = try await b.post("/pieraksts/atrast", ["code": "", "contact": ""])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.text.contains("id=\"code-error\"") && empty.text.contains("Ierakstiet pieraksta kodu"))
            #expect(empty.text.contains("id=\"contact-error\""))

            // A contact that is not the booking's: the same answer, and nothing is sent.
            try await b.get("/pieraksts/atrast")
            let wrong = try await b.post("/pieraksts/atrast", ["code": code, "contact": "someone@example.lv"])
            #expect(wrong.status == .seeOther && wrong.headers.first(name: .location) == "/pieraksts/atrast/nosutits")
            try await b.get("/pieraksts/atrast")
            let unknown = try await b.post("/pieraksts/atrast", ["code": "ZZZZ9999", "contact": "20000000"])
            #expect(unknown.headers.first(name: .location) == wrong.headers.first(name: .location))
            #expect(try await Self.sent(app, code: code).count == before)

            // The booking's phone in another spelling: a new link by SMS only; the old link stops working.
            try await b.get("/pieraksts/atrast")
            let right = try await b.post("/pieraksts/atrast", ["code": code.lowercased(), "contact": "+371 2000 0000"])
            #expect(right.headers.first(name: .location) == "/pieraksts/atrast/nosutits")
            let page = try await b.follow(right)
            #expect(page.text.contains("Pārbaudiet tālruni vai e-pastu"))
            #expect(!page.text.contains("token="))                              // never on screen
            let new = try await Self.sent(app, code: code).dropFirst(before)
            #expect(new.count == 1 && new.first?.channel == .sms)
            #expect(try await FluentBookingStore(db: app.db).booking(code: code, manageToken: oldToken) == nil)
            let link = try #require(new.first?.body.components(separatedBy: " ").first { $0.hasPrefix("http") })
            // The new link opens the booking (the SMS carries the short form).
            let path = try #require(link.range(of: "/p/").map { String(link[$0.lowerBound...]) })
            let opened = try await b.follow(try await b.get(path))
            #expect(opened.status == .ok && opened.text.contains(code))

            // The personal code: to every contact on the booking; then the hourly limit holds.
            try await b.get("/en/booking/find")
            _ = try await b.post("/en/booking/find", ["code": code, "contact": "32000000001"])
            let both = try await Self.sent(app, code: code).dropFirst(before + 1)
            #expect(Set(both.map(\.channel)) == [.sms, .email])
            try await b.get("/en/booking/find")
            _ = try await b.post("/en/booking/find", ["code": code, "contact": "janis@example.lv"])
            try await b.get("/en/booking/find")
            let limited = try await b.post("/en/booking/find", ["code": code, "contact": "janis@example.lv"])
            #expect(limited.headers.first(name: .location) == "/en/booking/find/sent")  // the same answer
            #expect(try await Self.sent(app, code: code).count == before + 4)         // 3 sends: SMS, SMS+e-mail, e-mail
        }
    }

    @Test func aSecondBookingForTheServiceLeadsToFindingTheFirst() async throws {
        try await withTestApp { app in
            #expect(try await post(app, "/api/v1/bookings", json: BookingAPITests.body(code: "16117519997", office: "ogre"),
                                   headers: [:]).status == .created)
            let b = Browser(app)
            try await b.get("/pierakstities/passport/ogre/2026-12-22")
            let again = try await b.post("/pierakstities/passport/ogre/2026-12-22",
                                         ["start": "2026-12-22T09:10:00+02:00", "name": "Jānis", "surname": "Ozols",
                                          "personalCode": "161175-19997", "phone": "20000000", "language": "lv"])
            #expect(again.status == .unprocessableEntity)
            #expect(again.text.contains("href=\"/pieraksts/atrast\""))
            let start = try await get(app, "/pierakstities")
            #expect(start.text.contains("href=\"/pieraksts/atrast\""))
        }
    }
}
