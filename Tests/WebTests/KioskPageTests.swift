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
            #expect(checked.status == .created)
            #expect(checked.text.contains("<p class=\"ticket-number\">A001</p>"))
            #expect(checked.text.contains("Paldies, ka ieradāties laikus."))
            #expect(!checked.text.contains("Ozols"))

            // A walk-in ticket in English.
            let en = try await k.get("/en/kiosk/ogre")
            #expect(en.text.contains("Take a ticket: Passport"))
            let walkIn = try await k.post("/en/kiosk/ogre/ticket", ["serviceId": "passport"], csrf: csrf("/en/kiosk/ogre/ticket"))
            #expect(walkIn.status == .created)
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
            #expect(late.text.contains("Ņemt biļeti: eID karte") || late.text.contains("Ņemt biļeti: Personas apliecība"))
        }
    }
}
