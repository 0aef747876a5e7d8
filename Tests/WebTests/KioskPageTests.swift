import Domain
import Foundation
import Storage
import Testing
import TestSupport
import VaporTesting
@testable import Web

@Suite("Kiosk pages: set up with the office's token, check in by code, take a ticket")
struct KioskPageTests {
    @Test(arguments: TestDB.all)
    func aKioskMorning(db: TestDB) async throws {
        let clock = FixedClock(testNow)        // Monday 10:00 at Ogre
        try await withTestApp(db, clock: clock) { app in
            let created = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(
                start: "2026-12-21T11:00:00+02:00", office: "ogre"), headers: [:])
            let code = try #require(try created.json()["code"] as? String)
            let token = try await kioskToken(app, office: "ogre")
            let other = try await kioskToken(app, office: "riga-1")

            let anonymous = Browser(app)
            let refused = try await anonymous.get("/kiosks/ogre")
            #expect(refused.status == .unauthorized)
            #expect(refused.text.contains("reģistrācijas terminālim"))
            #expect(try await anonymous.get("/kiosks/ogre?token=\(other)").status == .unauthorized)

            // Set-up: the token moves into an HttpOnly cookie and out of the address bar.
            let setup = try await anonymous.get("/kiosks/ogre?token=\(token)")
            #expect(setup.status == .seeOther)
            #expect(setup.headers.first(name: .location) == "/kiosks/ogre")
            let cookie = try #require(setup.headers.first(name: .setCookie))
            #expect(cookie.hasPrefix("apk_kiosk=apk_kiosk_") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))

            let k = Browser(app)
            k.headers.add(name: .cookie, value: "apk_kiosk=\(token)")
            let start = try await k.get("/kiosks/ogre")
            #expect(start.status == .ok)
            #expect(start.text.contains("id=\"bookingCode\"") && start.text.contains("autofocus"))
            // Issue 16, item 5: a kiosk of its own — no menu, footer or link out; its own language button; tiles.
            #expect(!start.text.contains("<nav") && !start.text.contains("site-footer") && !start.text.contains("href=\"http"))
            #expect(start.text.contains("<a href=\"/en/kiosks/ogre\" class=\"kiosk-lang\" lang=\"en\""))
            let links = start.text.components(separatedBy: "<a href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            #expect(Set(links) == ["#main", "/en/kiosks/ogre"], "\(links)")
            #expect(start.text.contains("<button type=\"submit\" class=\"kiosk-tile\"><span class=\"tile-name\">Pase</span>"))
            func csrf(_ action: String) -> String? { WaitlistPageTests.csrf(k, action: action) }

            // Too early at 09:50 for 11:00 (check-in opens at 10:00).
            clock.set(RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(9, 50)))
            let early = try await k.post("/kiosks/ogre/checkin", ["bookingCode": code], csrf: csrf("/kiosks/ogre/checkin"))
            #expect(early.status == .conflict)
            #expect(early.text.contains("no plkst. 10:00"))
            // On time at 10:30: a ticket with a number.
            clock.set(RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(10, 30)))
            try await k.get("/kiosks/ogre")
            let checked = try await k.post("/kiosks/ogre/checkin", ["bookingCode": " \(code.lowercased()) "],
                                           csrf: csrf("/kiosks/ogre/checkin"))
            #expect(checked.status == .seeOther)
            let ticket = try await k.follow(checked)
            #expect(ticket.text.contains("<p class=\"ticket-number\">A001</p>"))
            #expect(ticket.text.contains("Paldies, ka ieradāties laikus."))
            #expect(!ticket.text.contains("Ozols"))
            // Issue 16, items 5 and 6: a refresh shows the same ticket; the page prints and returns to the start.
            let again = try await k.get(try #require(checked.headers.first(name: .location)))
            #expect(again.text == ticket.text)
            #expect(ticket.text.contains("data-print=\"once\"") && ticket.text.contains("data-return-after=\"20\"")
                    && ticket.text.contains("data-return-to=\"/kiosks/ogre\""))
            #expect(ticket.text.contains("<script src=\"/kiosk.js\""))

            // A walk-in ticket in English.
            let old = try await k.get("/en/kiosk/ogre")
            #expect(old.status == .movedPermanently && old.headers.first(name: .location) == "/en/kiosks/ogre")
            let en = try await k.get("/en/kiosks/ogre")
            #expect(en.text.contains("Passport"))
            let walkIn = try await k.follow(try await k.post("/en/kiosks/ogre/ticket", ["serviceId": "passport"],
                                                             csrf: csrf("/en/kiosks/ogre/ticket")))
            #expect(walkIn.text.contains("<p class=\"ticket-number\">A002</p>"))
            #expect(walkIn.text.contains("Have your identity document ready."))
            // A forged form changes nothing.
            #expect(try await k.post("/kiosks/ogre/ticket", ["serviceId": "passport"], csrf: "forged").status == .forbidden)
        }
    }

    @Test func tooLateIsOfferedATicketForTheSameService() async throws {
        let clock = FixedClock(testNow)
        try await withTestApp(.sqlite, clock: clock) { app in
            let created = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(
                start: "2026-12-21T11:00:00+02:00", office: "ogre", service: "eid-card"), headers: [:])
            let code = try #require(try created.json()["code"] as? String)
            let token = try await kioskToken(app, office: "ogre")
            let k = Browser(app)
            k.headers.add(name: .cookie, value: "apk_kiosk=\(token)")
            clock.set(RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(11, 20)))
            try await k.get("/kiosks/ogre")
            let late = try await k.post("/kiosks/ogre/checkin", ["bookingCode": code],
                                        csrf: WaitlistPageTests.csrf(k, action: "/kiosks/ogre/checkin"))
            #expect(late.status == .conflict)
            #expect(late.text.contains("pieraksta laiks ir nokavēts"))
            // The offer is the booking's own service, as a tile before the check-in form.
            let offer = try #require(late.text.range(of: "id=\"checkin\"").map { String(late.text[..<$0.lowerBound]) })
            #expect(offer.contains("<span class=\"tile-name\">Personas apliecība (eID karte)</span>"))
            #expect(!late.text.contains("class=\"site-footer\"") && !late.text.contains("Galvenā navigācija"))
        }
    }
}
