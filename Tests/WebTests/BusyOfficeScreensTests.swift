import Domain
import Fluent
import Foundation
import Storage
import Testing
import TestSupport
import VaporTesting
@testable import Web

/// Issue 16: screens fit for a busy office — the booking found in one look, days that explain
/// themselves, a refresh that repeats nothing, a move over the whole window, a cancellation that
/// asks first, and a language switch that keeps the page.
@Suite("Screens fit for a busy office")
struct BusyOfficeScreensTests {
    @Test func theHomePageAndTheMenuLeadToBooking() async throws {
        try await withTestApp { app in
            let home = try await get(app, "/")
            // The call to action in the main content, and the menu item on every page.
            let main = try #require(home.text.range(of: "<main").map { String(home.text[$0.lowerBound...]) })
            #expect(main.contains("<a href=\"/pierakstities\" class=\"button-link\">Pierakstīties</a>"))
            #expect(home.text.contains("<li><a href=\"/pierakstities\">Pierakstīties</a></li>"))
            let en = try await get(app, "/en/offices")
            #expect(en.text.contains("<li><a href=\"/en/book\">Book a visit</a></li>"))
            #expect(!home.text.contains("pmlp.gov.lv/lv/pieraksts"))
            // The agency's mark beside the name, and the favicon it is drawn from.
            #expect(home.text.contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\""))
            #expect(home.text.contains("<svg class=\"mark\""))
            let icon = try await get(app, "/favicon.svg")
            #expect(icon.status == .ok && icon.headers.contentType?.description == "image/svg+xml")
            #expect(icon.text.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
            let ico = try await get(app, "/favicon.ico")
            #expect(ico.headers.first(name: .location) == "/favicon.svg")
        }
    }

    @Test func everyBookingStepShowsWhereTheClientIsAndTheWayBack() async throws {
        try await withTestApp { app in
            let steps: [(path: String, step: Int, back: String, other: String)] = [
                ("/pierakstities", 1, "/", "/en/book"),
                ("/pierakstities/passport", 2, "/pierakstities", "/en/book/passport"),
                ("/pierakstities/passport/ogre", 3, "/pierakstities/passport", "/en/book/passport/ogre"),
                ("/pierakstities/passport/ogre/2026-12-22", 4, "/pierakstities/passport/ogre", "/en/book/passport/ogre/2026-12-22"),
            ]
            for s in steps {
                let page = try await get(app, s.path)
                #expect(page.text.contains("<a href=\"\(s.back)\" class=\"back-link\">Atpakaļ</a>"), "\(s.path)")
                #expect(page.text.contains("<li aria-current=\"step\">"), "\(s.path)")
                #expect(page.text.contains("(\(s.step). solis no 4)"), "\(s.path)")
                // The language switch keeps the step, the service, the office and the day.
                #expect(page.text.contains("href=\"\(s.other)\" lang=\"en\""), "\(s.path)")
            }
            // Times come as buttons, morning and afternoon apart.
            let form = try await get(app, "/en/book/passport/ogre/2026-12-22")
            #expect(form.text.contains("<legend>Morning</legend>") && form.text.contains("<legend>Afternoon</legend>"))
            #expect(form.text.contains("class=\"slot-grid\""))
            #expect(form.text.contains("href=\"/pierakstities/passport/ogre/2026-12-22\" lang=\"lv\""))
        }
    }

    @Test func aDayWithNothingToBookSaysWhyAndOffersNoForm() async throws {
        try await withTestApp { app in
            func day(_ path: String) async throws -> String {
                let page = try await get(app, path)
                #expect(page.status == .ok)
                #expect(!page.text.contains("name=\"start\""), "\(path) offers a time")
                #expect(!page.text.contains("name=\"surname\""), "\(path) offers the details form")
                #expect(page.text.contains("href=\"/pierakstities/passport/ogre\" class=\"button-link\"")
                        || page.text.contains("href=\"/en/book/passport/ogre\" class=\"button-link\""), "\(path): no way to another day")
                return page.text
            }
            let christmas = try await day("/pierakstities/passport/ogre/2026-12-25")
            #expect(christmas.contains("Šī ir svētku diena (Pirmie Ziemassvētki) — nodaļas ir slēgtas."))
            let christmasEN = try await day("/en/book/passport/ogre/2026-12-25")
            #expect(christmasEN.contains("This is a public holiday (Christmas Day)"))
            let past = try await day("/pierakstities/passport/ogre/2026-12-18")
            #expect(past.contains("Šī diena jau ir pagājusi"))
            let sunday = try await day("/pierakstities/passport/ogre/2026-12-27")
            #expect(sunday.contains("Šajā dienā nodaļa nestrādā."))
            // 14 days ahead from 08:00: 5 January opens on 22 December at 08:00.
            let later = try await day("/pierakstities/passport/ogre/2027-01-05")
            #expect(later.contains("tie tiks atvērti otrdiena, 22.12.2026. 08:00"))
            let laterEN = try await day("/en/book/passport/ogre/2027-01-05")
            #expect(laterEN.contains("they open on Tuesday, 22 Dec 2026 08:00"))
        }
    }

    @Test(arguments: TestDB.all)
    func aBookingIsConfirmedOnceAndARefreshRepeatsNothing(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let b = Browser(app)
            try await b.get("/pierakstities/passport/ogre/2026-12-22")
            let posted = try await b.post("/pierakstities/passport/ogre/2026-12-22",
                                          ["start": "2026-12-22T09:00:00+02:00", "name": "Jānis", "surname": "Ozols",
                                           "personalCode": "161175-19997", "phone": "20000000", "language": "lv"])
            #expect(posted.status == .seeOther)
            let location = try #require(posted.headers.first(name: .location))
            #expect(location.hasPrefix("/pierakstities/apstiprinats/"))
            let first = try await b.get(location)
            let again = try await b.get(location)                       // the refresh
            #expect(first.text.contains("Jūs esat pierakstīts"))
            #expect(again.text == first.text)
            #expect(first.headers.first(name: .cacheControl) == "no-store")
            let seats = try await FluentBookingStore(db: app.db).booked(officeSlug: "ogre", serviceSlug: "passport",
                                                                        from: testNow, to: testNow.addingTimeInterval(86400 * 2))
            #expect(seats.values.reduce(0, +) == 1)
            // The confirmation in English is the same booking's, by the same code and token.
            let code = String(location.dropFirst("/pierakstities/apstiprinats/".count).prefix { $0 != "?" })
            let english = location.replacingOccurrences(of: "/pierakstities/apstiprinats/", with: "/en/book/confirmed/")
            #expect(first.text.contains("href=\"\(english)\" lang=\"en\""))
            let inEnglish = try await b.get(english)
            #expect(inEnglish.text.contains("You are booked"))
            let wrong = try await b.get("/pierakstities/apstiprinats/\(code)?token=apk_book_wrong")
            #expect(wrong.status == .notFound)
        }
    }

    @Test(arguments: TestDB.all)
    func aBookingMovesToTheLastDayOfTheWindowAndIsCancelledOnlyWhenConfirmed(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let created = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(office: "ogre"), headers: [:])
            let code = try #require(try created.json()["code"] as? String)
            let token = try #require(try created.json()["manageToken"] as? String)
            let b = Browser(app)
            let manage = try await b.get("/pieraksts/\(code)?token=\(token)")
            #expect(manage.text.contains("href=\"/en/booking/\(code)?token=\(token)\" lang=\"en\""))
            #expect(!manage.text.contains("<select"))
            // Step one: every day of the release window with a free time, the last one too.
            let booking = try await b.get("/pierakstities/passport/ogre")
            let last = try #require(booking.text.components(separatedBy: "href=\"/pierakstities/passport/ogre/").dropFirst()
                .map { String($0.prefix(10)) }.filter { LocalDate(iso: $0) != nil }.max())
            #expect(last == "2027-01-04")
            let days = try await b.get("/pieraksts/\(code)/reschedule?token=\(token)")
            #expect(days.text.contains("href=\"/pieraksts/\(code)/reschedule/\(last)?token=\(token)\""))
            // Step two: that day's times; the move, then a refresh that reads and changes nothing.
            let times = try await b.get("/pieraksts/\(code)/reschedule/\(last)?token=\(token)")
            let start = try #require(times.text.range(of: "id=\"start\" name=\"start\" value=\"").map {
                String(times.text[$0.upperBound...].prefix { $0 != "\"" })
            })
            #expect(start.hasPrefix(last))
            let moved = try await b.post("/pieraksts/\(code)/reschedule", ["token": token, "date": last, "start": start])
            #expect(moved.status == .seeOther)
            let after = try await b.follow(moved)
            #expect(after.text.contains("Pieraksts pārcelts."))
            let movedTo = try await FluentBookingStore(db: app.db).booking(code: code, manageToken: token).map { RigaTime.rfc3339($0.start) }
            #expect(movedTo == start)
            // A time outside the day's is refused beside the day's times, and nothing moves.
            try await b.get("/pieraksts/\(code)/reschedule/\(last)?token=\(token)")
            let refused = try await b.post("/pieraksts/\(code)/reschedule", ["token": token, "date": last, "start": "\(last)T03:00:00+02:00"])
            #expect(refused.status.code >= 400)
            #expect(refused.text.contains("id=\"start-error\""), "\(refused.status) \(refused.text.suffix(1500))")

            // Cancelling asks first; only the confirmed form cancels, and its redirect says so.
            #expect(try await FluentBookingStore(db: app.db).booking(code: code, manageToken: token).map { RigaTime.rfc3339($0.start) } == start)
            let ask = try await b.get("/pieraksts/\(code)/cancel?token=\(token)")
            #expect(ask.text.contains("Vai tiešām atcelt pierakstu?"))
            #expect(ask.text.contains("Nē, paturēt pierakstu"))
            #expect(try await FluentBookingStore(db: app.db).booking(code: code, manageToken: token)?.status == .active)
            let cancelled = try await b.post("/pieraksts/\(code)/cancel", ["token": token])
            #expect(cancelled.status == .seeOther)
            let cancelledPage = try await b.follow(cancelled)
            #expect(cancelledPage.text.contains("Pieraksts atcelts."))
            #expect(try await FluentBookingStore(db: app.db).booking(code: code, manageToken: token)?.status == .cancelled)
            // The client is told by SMS, whoever cancelled (item 2).
            let notices = try await Outbox.messages(on: app.db).filter { $0.kind == .cancellation && $0.body.contains(code) }
            #expect(notices.count == 1 && notices.first?.channel == .sms)
            // A cancelled booking offers no way to move it.
            let noMove = try await b.get("/pieraksts/\(code)/reschedule?token=\(token)")
            #expect(!noMove.text.contains("/reschedule/"))
        }
    }

    /// Item 7: "Your data" is written for a person — dates as people write them, words for codes,
    /// office and service names, one language per page.
    @Test func yourDataSpeaksThePagesLanguage() async throws {
        try await withTestApp { app in
            let created = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(office: "ogre"), headers: [:])
            let code = try #require(try created.json()["code"] as? String)
            let token = try #require(try created.json()["manageToken"] as? String)
            let (clerk, _) = try await staffToken(app, roles: [.clerk], offices: ["ogre"])
            let b = Browser(app)
            _ = try await b.signIn(clerk.email, StaffPageTests.password)
            try await b.get("/staff/offices/ogre/appointments?date=2026-12-22")      // a read, in the access log

            let lv = try await get(app, "/pieraksts/\(code)/data?token=\(token)").text
            let main = try #require(lv.range(of: "<main").map { String(lv[$0.lowerBound...]) })
            for words in ["latviešu", "ieraksts izveidots", "dienas pierakstu saraksts", "Ogres nodaļa", "Jūsu pieraksti", "Pase",
                          "otrdiena, 22.12.2026. 09:00", "aktīvs", "21.12.2026. 10:00", "1825 dienas"] {
                #expect(main.contains(words), "the Latvian page lacks \(words)")
            }
            for code in [">create", ": create", "T10:00", "+02:00", "Client record:", ": lv<", "day's appointments", ">ogre<"] {
                #expect(!main.contains(code), "the Latvian page shows \(code)")
            }
            let en = try await get(app, "/en/booking/\(code)/data?token=\(token)").text
            let enMain = try #require(en.range(of: "<main").map { String(en[$0.lowerBound...]) })
            for words in ["Latvian", "record created", "list of appointments", "Ogre division", "Your bookings", "Passport"] {
                #expect(enMain.contains(words), "the English page lacks \(words)")
            }
            #expect(!enMain.contains("ieraksts") && !enMain.contains("dienas"), "\(enMain)")
        }
    }
}
