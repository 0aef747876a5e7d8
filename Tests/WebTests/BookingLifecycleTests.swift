import Domain
import Foundation
import Testing
import TestSupport
import VaporTesting
@testable import Web

/// Issue 13, defect 1, through the HTTP contract: a client who came once may book the same
/// service again (before, the second booking answered 409 until the retention run, years later).
@Suite("A booking ends: book, check in, be served, book the same service again")
struct BookingLifecycleTests {
    @Test(arguments: TestDB.all)
    func aClientServedTodayBooksTheSameServiceAgain(db: TestDB) async throws {
        let clock = FixedClock(RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(10, 0)))
        try await withTestApp(db, clock: clock) { app in
            let created = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(
                start: "2026-12-21T11:00:00+02:00", office: "ogre"), headers: [:])
            #expect(created.status == .created, "\(created.text)")
            let code = try #require(try created.json()["code"] as? String)
            let manage = try #require(try created.json()["manageToken"] as? String)
            // A second booking for the same service while the first is ahead: refused.
            let second = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(
                start: "2026-12-22T11:00:00+02:00", office: "ogre"), headers: [:])
            #expect(second.status == .unprocessableEntity)
            #expect(second.text.contains("/problems/rule-violated"))

            clock.set(RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(10, 40)))
            let kiosk = try await kioskToken(app, office: "ogre")
            #expect(try await post(app, "/api/v1/offices/ogre/checkins", json: #"{"bookingCode":"\#(code)"}"#,
                                   headers: bearer(kiosk)).status == .created)
            let checkedIn = try await get(app, "/api/v1/bookings/\(code)", headers: bearer(manage))
            #expect(try checkedIn.json()["status"] as? String == "checked-in")
            // Checked in: the manage link can no longer cancel the visit under way.
            #expect(try await post(app, "/api/v1/bookings/\(code)/cancel", json: "", headers: bearer(manage)).status.code >= 400)

            let (_, token) = try await staffToken(app, roles: [.clerk], offices: ["ogre"])
            clock.set(RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(10, 56)))
            let call = try await post(app, "/api/v1/offices/ogre/queue/call-next",
                                      json: #"{"counter":"3","serviceIds":["passport"]}"#, headers: bearer(token))
            let id = try #require((try call.json()["entry"] as? [String: Any])?["id"] as? String)
            #expect(try await post(app, "/api/v1/offices/ogre/queue/\(id)/start", json: #"{"idChecked":true}"#,
                                   headers: bearer(token)).status == .ok)
            #expect(try await post(app, "/api/v1/offices/ogre/queue/\(id)/finish", json: "{}", headers: bearer(token)).status == .ok)
            let attended = try await get(app, "/api/v1/bookings/\(code)", headers: bearer(manage))
            #expect(try attended.json()["status"] as? String == "attended")

            clock.set(RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(11, 20)))
            let again = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(
                start: "2026-12-22T11:00:00+02:00", office: "ogre"), headers: [:])
            #expect(again.status == .created, "\(again.text)")
        }
    }
}
