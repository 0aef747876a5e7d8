import Domain
import Fluent
import Foundation
import Storage
import Testing
import TestSupport
import VaporTesting
@testable import Web

func kioskToken(_ app: Application, office: String) async throws -> String {
    let token = SecretToken.generate(.kiosk)
    _ = try await FluentStaffStore(db: app.db).createToken(kind: .kiosk, token: token, name: "Ieeja", userID: nil,
                                                           officeSlug: office, scopes: nil, now: testNow, actor: "test")
    return token
}

@Suite("Office visit API: kiosk tickets and check-ins, counters calling and serving, the public queue")
struct VisitAPITests {
    @Test(arguments: TestDB.all)
    func aMorningThroughTheAPI(db: TestDB) async throws {
        let clock = FixedClock(testNow)          // Monday 21 December 10:00; Ogre is open 09:00-16:30
        try await withTestApp(db, clock: clock) { app in
            // An appointment at 10:30 today, booked last week.
            clock.set(testNow.addingTimeInterval(-7 * 86400))
            let booked = try await FluentBookingStore(db: app.db).book(
                BookingRequest(officeSlug: "ogre", serviceSlug: "passport", start: RigaTime.instant(LocalDate(2026, 12, 21),
                               TimeOfDay(10, 30)), name: "Jānis", surname: "Ozols",
                               identity: .personalCode(try PersonalCode(validating: "161175-19997")), phone: "20000000",
                               email: nil, language: .lv, interpreter: false),
                slot: Slot(start: RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(10, 30)),
                           end: RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(10, 40)), capacity: 2),
                manageToken: "apk_book_test", now: clock.now())
            clock.set(testNow)
            let kiosk = try await kioskToken(app, office: "ogre")
            let elsewhere = try await kioskToken(app, office: "riga-1")

            // Tickets need the office's own kiosk (or its staff).
            #expect(try await post(app, "/api/v1/offices/ogre/tickets", json: #"{"serviceId":"passport"}"#, headers: [:])
                .status == .unauthorized)
            #expect(try await post(app, "/api/v1/offices/ogre/tickets", json: #"{"serviceId":"passport"}"#,
                                   headers: bearer(elsewhere)).status == .forbidden)
            let ticket = try await post(app, "/api/v1/offices/ogre/tickets", json: #"{"serviceId":"passport"}"#,
                                        headers: bearer(kiosk))
            #expect(ticket.status == .created)
            #expect(try ticket.json()["number"] as? String == "A001")
            #expect(try ticket.json()["kind"] as? String == "walk-in")
            let notHere = try await post(app, "/api/v1/offices/ogre/tickets", json: #"{"serviceId":"register-extract"}"#,
                                         headers: bearer(kiosk))
            #expect([201, 422].contains(notHere.status.code))

            // Check-in: too early at 09:20 (more than an hour before), on time at 10:00.
            clock.set(RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(9, 20)))
            let early = try await post(app, "/api/v1/offices/ogre/checkins", json: #"{"bookingCode":"\#(booked.code)"}"#,
                                       headers: bearer(kiosk).merging(["Accept-Language": "en"]))
            #expect(early.status == .conflict)
            #expect(try early.json()["type"] as? String == "/problems/checkin-too-early")
            #expect((try early.json()["detail"] as? String)?.contains("from 09:30") == true)
            clock.set(testNow)
            let wrong = try await post(app, "/api/v1/offices/ogre/checkins", json: #"{"bookingCode":"ZZZZZZZZ"}"#,
                                       headers: bearer(kiosk))
            #expect(wrong.status == .notFound)
            let checkin = try await post(app, "/api/v1/offices/ogre/checkins",
                                         json: #"{"bookingCode":"\#(booked.code.lowercased())"}"#, headers: bearer(kiosk))
            #expect(checkin.status == .created)
            #expect(try checkin.json()["arrival"] as? String == "on-time")
            #expect(try checkin.json()["kind"] as? String == "appointment")
            #expect(try checkin.json()["number"] as? String == "A002")

            // The public queue: two waiting for passports, no names.
            let queue = try await get(app, "/api/v1/offices/ogre/queue")
            let passport = try #require((try queue.json()["services"] as? [[String: Any]])?.first { $0["serviceId"] as? String == "passport" })
            #expect(passport["waiting"] as? Int == 2)
            #expect(!queue.text.contains("Ozols"))

            // A clerk of Ogre calls: the walk-in first (the appointment is not due until 10:25).
            let (clerk, token) = try await staffToken(app, roles: [.clerk], offices: ["ogre"])
            _ = clerk
            let call = try await post(app, "/api/v1/offices/ogre/queue/call-next",
                                      json: #"{"counter":"3","serviceIds":["passport"]}"#, headers: bearer(token))
            #expect(call.status == .ok)
            let entry = try #require(try call.json()["entry"] as? [String: Any])
            #expect(entry["number"] as? String == "A001" && entry["counter"] as? String == "3" && entry["status"] as? String == "called")
            let id = try #require(entry["id"] as? String)
            // Illegal: finish before start.
            let finishEarly = try await post(app, "/api/v1/offices/ogre/queue/\(id)/finish", json: "{}", headers: bearer(token))
            #expect(finishEarly.status == .conflict)
            #expect(try await post(app, "/api/v1/offices/ogre/queue/\(id)/start", json: #"{"idChecked":true}"#,
                                   headers: bearer(token)).status == .ok)
            let done = try await post(app, "/api/v1/offices/ogre/queue/\(id)/finish", json: "{}", headers: bearer(token))
            #expect(try done.json()["status"] as? String == "done")

            // Another office's clerk, a kiosk, or an auditor cannot call here.
            let (_, other) = try await staffToken(app, roles: [.clerk], offices: ["riga-1"])
            #expect(try await post(app, "/api/v1/offices/ogre/queue/call-next", json: #"{"counter":"1","serviceIds":["passport"]}"#,
                                   headers: bearer(other)).status == .forbidden)
            #expect(try await post(app, "/api/v1/offices/ogre/queue/call-next", json: #"{"counter":"1","serviceIds":["passport"]}"#,
                                   headers: bearer(kiosk)).status == .forbidden)

            // At 10:26 the appointment is due and called; then nobody waits (204).
            clock.set(RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(10, 26)))
            let second = try await post(app, "/api/v1/offices/ogre/queue/call-next",
                                        json: #"{"counter":"3","serviceIds":["passport"]}"#, headers: bearer(token))
            #expect((try second.json()["entry"] as? [String: Any])?["number"] as? String == "A002")
            #expect(try await post(app, "/api/v1/offices/ogre/queue/call-next", json: #"{"counter":"3","serviceIds":["passport"]}"#,
                                   headers: bearer(token)).status == .noContent)
        }
    }

    @Test func tooLateCheckInsAndClosedHoursSayWhatToDo() async throws {
        let clock = FixedClock(RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(10, 0)))
        try await withTestApp(.sqlite, clock: clock) { app in
            let created = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(
                start: "2026-12-21T11:00:00+02:00", office: "ogre"), headers: [:])
            let code = try #require(try created.json()["code"] as? String)
            let kiosk = try await kioskToken(app, office: "ogre")
            clock.set(RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(11, 11)))
            let late = try await post(app, "/api/v1/offices/ogre/checkins", json: #"{"bookingCode":"\#(code)"}"#,
                                      headers: bearer(kiosk))
            #expect(late.status == .conflict)
            #expect(try late.json()["type"] as? String == "/problems/checkin-too-late")
            #expect((try late.json()["detail"] as? String)?.contains("rindas biļeti") == true)
            // Christmas Eve: closed, no tickets.
            clock.set(RigaTime.instant(LocalDate(2026, 12, 24), TimeOfDay(10, 0)))
            let closed = try await post(app, "/api/v1/offices/ogre/tickets", json: #"{"serviceId":"passport"}"#,
                                        headers: bearer(kiosk))
            #expect(closed.status == .conflict)
            #expect(try closed.json()["type"] as? String == "/problems/tickets-closed")
            // Half an hour before closing on a normal day: the cut-off.
            clock.set(RigaTime.instant(LocalDate(2026, 12, 22), TimeOfDay(16, 10)))     // closes 16:30
            let cutoff = try await post(app, "/api/v1/offices/ogre/tickets", json: #"{"serviceId":"passport"}"#,
                                        headers: bearer(kiosk).merging(["Accept-Language": "en"]))
            #expect(cutoff.status == .conflict)
            #expect((try cutoff.json()["detail"] as? String)?.contains("closes soon") == true)
        }
    }
}

extension HTTPHeaders {
    func merging(_ other: [String: String]) -> HTTPHeaders {
        var h = self
        for (k, v) in other { h.replaceOrAdd(name: k, value: v) }
        return h
    }
}

@Suite("Visit rules per office")
struct VisitSettingsTests {
    @Test(arguments: TestDB.all)
    func anOfficeSetsItsOwnCheckInWindowQuotaAndFairness(db: TestDB) async throws {
        let clock = FixedClock(testNow)
        try await withTestApp(db, clock: clock) { app in
            let (admin, _) = try await staffToken(app, roles: [.administrator], offices: [])
            let b = Browser(app)
            _ = try await b.signIn(admin.email, StaffPageTests.password)
            try await b.get("/staff/calendar")
            let bad = try await b.post("/staff/calendar/visit-settings", [
                "visitOffice": "ogre", "earliestMinutes": "10", "graceMinutes": "500", "dailyQuota": "x", "cutoffMinutes": "30",
                "appointmentsBeforeWalkIn": "3", "walkInWaitMinutes": "20", "closingPolicy": "serve", "passValidDays": "0",
                "extraDaysAhead": "14"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("id=\"graceMinutes-error\"") && bad.text.contains("id=\"dailyQuota-error\""))
            #expect(bad.text.contains("id=\"passValidDays-error\""))
            let saved = try await b.post("/staff/calendar/visit-settings", [
                "visitOffice": "ogre", "earliestMinutes": "10", "graceMinutes": "0", "dailyQuota": "1", "cutoffMinutes": "30",
                "appointmentsBeforeWalkIn": "1", "walkInWaitMinutes": "0", "closingPolicy": "offer-booking", "passValidDays": "14",
                "extraDaysAhead": "14"], csrf: b.csrfToken)
            #expect(saved.status == .seeOther)
            #expect(try await b.follow(saved).text.contains("Apmeklējuma noteikumi saglabāti."))
            let after = try await AuditTrail.entries(on: app.db, entity: "visit_settings").first?.after ?? ""
            #expect(after.contains("quota=1") && after.contains("closing=offer-booking"))
            // The page lists Ogre's own rules and opens the form on them.
            let page = try await b.get("/staff/calendar")
            #expect(page.text.contains("Ogres nodaļa: reģistrācija no 10 min pirms") && !page.text.contains("Rīgas 1. nodaļa: reģistrācija"))
            let editing = try await b.get("/staff/calendar?visitOffice=ogre")
            #expect(editing.text.contains(#"<option value="ogre" selected>"#))
            #expect(editing.text.contains(#"id="dailyQuota" name="dailyQuota" value="1""#))
            #expect(editing.text.contains(#"value="offer-booking" checked"#))

            let kiosk = try await kioskToken(app, office: "ogre")
            #expect(try await post(app, "/api/v1/offices/ogre/tickets", json: #"{"serviceId":"passport"}"#, headers: bearer(kiosk))
                .status == .created)
            let second = try await post(app, "/api/v1/offices/ogre/tickets", json: #"{"serviceId":"passport"}"#, headers: bearer(kiosk))
            #expect(second.status == .conflict)                                   // Ogre's quota of 1
            // Riga 1 keeps the standard quota.
            let riga = try await kioskToken(app, office: "riga-1")
            for _ in 0..<2 {
                #expect(try await post(app, "/api/v1/offices/riga-1/tickets", json: #"{"serviceId":"passport"}"#,
                                       headers: bearer(riga)).status == .created)
            }
            let created = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(
                start: "2026-12-21T11:00:00+02:00", office: "ogre"), headers: [:])
            let code = try #require(try created.json()["code"] as? String)
            clock.set(RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(10, 45)))        // 15 min early: Ogre allows 10
            let early = try await post(app, "/api/v1/offices/ogre/checkins", json: #"{"bookingCode":"\#(code)"}"#,
                                       headers: bearer(kiosk))
            #expect(try early.json()["type"] as? String == "/problems/checkin-too-early")
            clock.set(RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(11, 1)))         // no grace at Ogre
            let late = try await post(app, "/api/v1/offices/ogre/checkins", json: #"{"bookingCode":"\#(code)"}"#,
                                      headers: bearer(kiosk))
            #expect(try late.json()["type"] as? String == "/problems/checkin-too-late")
        }
    }
}

@Suite("Optional request bodies")
struct OptionalBodyTests {
    @Test func aQueueActionWithoutABodyIsAcceptedAsHavingNone() async throws {
        try await withTestApp { app in
            let kiosk = try await kioskToken(app, office: "ogre")
            let ticket = try await post(app, "/api/v1/offices/ogre/tickets", json: #"{"serviceId":"passport"}"#, headers: bearer(kiosk))
            let id = try #require(try ticket.json()["id"] as? String)
            let (_, token) = try await staffToken(app, roles: [.clerk], offices: ["ogre"])
            _ = try await post(app, "/api/v1/offices/ogre/queue/call-next", json: #"{"counter":"2","serviceIds":["passport"]}"#,
                               headers: bearer(token))
            // No Content-Type, no body: the action happens (it needs nothing more).
            let parked = try await app.testing().sendRequest(.POST, "/api/v1/offices/ogre/queue/\(id)/park",
                                                             headers: ["Authorization": "Bearer \(token)"])
            #expect(parked.status == .ok)
            #expect(try parked.json()["status"] as? String == "parked")
            let unknown = try await app.testing().sendRequest(.POST, "/api/v1/offices/ogre/queue/\(UUID().uuidString)/park",
                                                              headers: ["Authorization": "Bearer \(token)"])
            #expect(unknown.status == .notFound)
        }
    }
}
