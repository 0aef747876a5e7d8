import Domain
import Foundation
import Testing
import TestSupport
import VaporTesting
@testable import Web

/// Issue 13: an administrator corrects the calendar through the API; the calendar, the hours and
/// the slots follow at once.
@Suite("Calendar corrections through the API")
struct CalendarAdminAPITests {
    @Test(arguments: TestDB.all)
    func aTransferAndAFestivalDayShowAtOnce(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let (_, admin) = try await staffToken(app, roles: [.administrator], offices: [])
            let (_, clerk) = try await staffToken(app, roles: [.clerk], offices: ["ogre"])
            let body = #"{"dayOff":"2027-11-19","workingDay":"2027-11-27","reason":"MK rīkojums Nr. 1"}"#
            #expect(try await post(app, "/api/v1/calendar/transfers", json: body, headers: bearer(clerk)).status == .forbidden)
            #expect(try await post(app, "/api/v1/calendar/transfers", json: body, headers: [:]).status == .unauthorized)
            let moved = try await post(app, "/api/v1/calendar/transfers", json: body, headers: bearer(admin))
            #expect(moved.status == .created, "\(moved.text)")
            let year = try await get(app, "/api/v1/calendar/2027").json()
            #expect((year["workingSaturdays"] as? [String])?.contains("2027-11-27") == true)
            #expect((year["daysOff"] as? [String])?.contains("2027-11-19") == true)
            let hours = try await get(app, "/api/v1/offices/ogre/hours?from=2027-11-19&to=2027-11-27").json()
            let days = try #require(hours["days"] as? [[String: Any]])
            #expect(days.first { $0["date"] as? String == "2027-11-19" }?["closedReason"] as? String == "dayOff")
            #expect((days.first { $0["date"] as? String == "2027-11-27" }?["ranges"] as? [Any])?.isEmpty == false)

            // Refused by Labour Law §133(4): 422 naming the field, in the reader's language.
            let wrong = try await post(app, "/api/v1/calendar/transfers", json: #"{"dayOff":"2027-11-17","workingDay":"2027-11-13"}"#,
                                       headers: bearer(admin).merging(["Accept-Language": "en"]))
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("/dayOff") && wrong.text.contains("Labour Law"))

            let festival = try await post(app, "/api/v1/calendar/festival-days", json: #"{"date":"2028-07-09"}"#, headers: bearer(admin))
            #expect(festival.status == .created)
            let y2028 = try await get(app, "/api/v1/calendar/2028").json()
            #expect((y2028["daysOff"] as? [String])?.contains("2028-07-10") == true)
            #expect(try await post(app, "/api/v1/calendar/festival-days", json: #"{"date":"2028-07-09"}"#, headers: bearer(admin))
                .status == .unprocessableEntity)
            let holiday = try await post(app, "/api/v1/calendar/holidays", json: #"{"date":"2027-06-22","name":"Vienreizēja brīvdiena"}"#,
                                         headers: bearer(admin))
            #expect(holiday.status == .created)
        }
    }
}

/// The same corrections on the calendar page, with what is already recorded listed above each form.
@Suite("Calendar corrections on the staff page")
struct CalendarAdminPageTests {
    @Test func anAdministratorMovesADayAndRecordsAFestivalDayOnThePage() async throws {
        try await withTestApp(.sqlite) { app in
            let (admin, _) = try await staffToken(app, roles: [.administrator], offices: [])
            let b = Browser(app)
            _ = try await b.signIn(admin.email, StaffPageTests.password)
            let page = try await b.get("/staff/calendar")
            #expect(page.text.contains("Pārcelta darbdiena") && page.text.contains("2026-01-02 → 2026-01-17"))
            let wrong = try await b.post("/staff/calendar/transfers", ["dayOff": "2027-11-17", "workingDay": "2027-11-13", "reason": ""])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("Darba likuma 133. panta ceturtā daļa"))
            let moved = try await b.post("/staff/calendar/transfers", ["dayOff": "2027-11-19", "workingDay": "2027-11-27",
                                                                       "reason": "MK rīkojums"])
            #expect(moved.status == .ok)
            #expect(moved.text.contains("2027-11-19 → 2027-11-27"))
            let festival = try await b.post("/staff/calendar/festival-days", ["festivalDate": "2028-07-09"])
            #expect(festival.status == .ok)
            #expect(festival.text.contains("2028-07-09"))
            let y2028 = try await get(app, "/api/v1/calendar/2028").json()
            #expect((y2028["daysOff"] as? [String])?.contains("2028-07-10") == true)
        }
    }
}
