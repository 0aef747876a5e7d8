import Domain
import Fluent
import Foundation
import Storage
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
            #expect(page.text.contains("Pārcelta darbdiena")
                    && page.text.contains("piektdiena, 02.01.2026.</td><td data-label=\"Sestdiena, kas kļūst par darbdienu\">sestdiena, 17.01.2026."))
            let wrong = try await b.post("/staff/calendar/transfers", ["dayOff": "2027-11-17", "workingDay": "2027-11-13", "reason": ""])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("Darba likuma 133. panta ceturtā daļa"))
            let moved = try await b.post("/staff/calendar/transfers", ["dayOff": "2027-11-19", "workingDay": "2027-11-27",
                                                                       "reason": "MK rīkojums"])
            #expect(moved.status == .seeOther)
            #expect(try await b.follow(moved).text.contains("piektdiena, 19.11.2027.</td><td data-label=\"Sestdiena, kas kļūst par darbdienu\">sestdiena, 27.11.2027."))
            let festival = try await b.post("/staff/calendar/festival-days", ["festivalDate": "2028-07-09"])
            #expect(festival.status == .seeOther)
            #expect(try await b.follow(festival).text.contains("svētdiena, 09.07.2028."))
            let y2028 = try await get(app, "/api/v1/calendar/2028").json()
            #expect((y2028["daysOff"] as? [String])?.contains("2028-07-10") == true)
        }
    }
}

/// Issue 16, item 8: the calendar page lists what is recorded — every office's exceptions, the
/// one-off holidays, transfers, festival days and release rules — each with edit and delete; a
/// delete is asked a second time, is audited, tells the clients it displaces, and every form
/// redirects so a refresh repeats nothing.
@Suite("The calendar page lists, edits and deletes what is recorded")
struct CalendarListTests {
    @Test(arguments: TestDB.all)
    func anExceptionIsListedEditedAndDeletedWithItsClientsTold(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let (admin, _) = try await staffToken(app, roles: [.administrator], offices: [])
            let b = Browser(app)
            _ = try await b.signIn(admin.email, StaffPageTests.password)
            let empty = try await b.get("/staff/calendar")
            #expect(empty.text.contains("Nevienai nodaļai no šodienas nav ierakstītu izņēmumu."))
            // Ogre opens at 08:00 on Tuesday for a training day; a client takes the 08:00 time.
            try await b.get("/staff/calendar")
            let saved = try await b.post("/staff/calendar/exceptions", ["office": "ogre", "date": "2026-12-22", "kind": "hours",
                                                                        "ranges": "08:00-16:30", "reasonLv": "Pagarināts darba laiks",
                                                                        "reasonEn": "Longer hours"])
            #expect(saved.status == .seeOther)
            #expect(saved.headers.first(name: .location) == "/staff/calendar?done=saved&told=0#exception")
            let listed = try await b.follow(saved)
            #expect(listed.text.contains("Saglabāts. Paziņots klientiem: 0."))
            #expect(listed.text.contains("otrdiena, 22.12.2026.</td><td data-label=\"Nodaļa\">Ogres nodaļa</td>"))
            #expect(listed.text.contains("08:00-16:30") && listed.text.contains("Pagarināts darba laiks"))
            let booked = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(start: "2026-12-22T08:00:00+02:00", office: "ogre"),
                                        headers: [:])
            #expect(booked.status == .created, "\(booked.text)")

            // "Labot" fills the form with the exception and says what is being edited.
            let edit = try await b.get("/staff/calendar?edit=exception&office=ogre&date=2026-12-22")
            #expect(edit.text.contains("Labojat ierakstu (saglabājot tas tiks aizstāts): Nodaļas izņēmums: Ogres nodaļa, otrdiena, 22.12.2026."))
            #expect(edit.text.contains(#"<option value="ogre" selected>"#) && edit.text.contains(#"<option value="hours" selected>"#))
            #expect(edit.text.contains(#"value="08:00-16:30""#) && edit.text.contains(#"value="Longer hours""#))
            #expect(edit.text.contains("href=\"/en/staff/calendar?edit=exception&amp;office=ogre&amp;date=2026-12-22\""))

            // "Dzēst" asks first, saying what that does to clients; nothing is removed yet.
            let asked = try await b.post("/staff/calendar/remove", ["what": "exception", "office": "ogre", "date": "2026-12-22"])
            #expect(asked.status == .ok)
            #expect(asked.text.contains("Vai dzēst šo ierakstu?</h2><p><strong>Nodaļas izņēmums: Ogres nodaļa, otrdiena, 22.12.2026.</strong>"))
            #expect(asked.text.contains("klientiem, kuru pieraksts paliek ārpus tā, tiks paziņots"))
            let reference = FluentReferenceStore(db: app.db)
            #expect(try await reference.recordedExceptions(from: LocalDate(2026, 12, 21)).count == 1)
            let removed = try await b.post("/staff/calendar/remove", ["what": "exception", "office": "ogre", "date": "2026-12-22",
                                                                     "confirmed": "yes"])
            #expect(removed.status == .seeOther)
            #expect(try await b.follow(removed).text.contains("Dzēsts. Paziņots klientiem: 1."))
            #expect(try await reference.recordedExceptions(from: LocalDate(2026, 12, 21)).isEmpty)
            // The 08:00 client is told (their time is now before opening), and the trail keeps what went.
            #expect(try await Outbox.messages(on: app.db).contains { $0.kind == .change && $0.recipient == "20000000" })
            let trail = try await AuditTrail.entries(on: app.db, entity: "office_exception")
            #expect(trail.contains { $0.action == "delete" && $0.before?.contains("ranges=08:00-16:30") == true })
            // A second delete (another tab) finds nothing, says so, and tells nobody again.
            let again = try await b.post("/staff/calendar/remove", ["what": "exception", "office": "ogre", "date": "2026-12-22",
                                                                   "confirmed": "yes"])
            #expect(try await b.follow(again).text.contains("Šī ieraksta vairs nav"))
            #expect(try await b.post("/staff/calendar/remove", ["what": "nonsense", "confirmed": "yes"]).status == .badRequest)
        }
    }

    @Test(arguments: TestDB.all)
    func holidaysTransfersFestivalDaysAndRulesAreEditedAndDeleted(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let (admin, _) = try await staffToken(app, roles: [.administrator], offices: [])
            let b = Browser(app)
            _ = try await b.signIn(admin.email, StaffPageTests.password)
            try await b.get("/staff/calendar")
            try await b.post("/staff/calendar/holidays", ["holidayDate": "2027-06-22", "nameLv": "Brīvdiena", "nameEn": ""])
            // Editing a holiday renames it (one row for the date, audited as an update).
            let edit = try await b.get("/staff/calendar?edit=holiday&date=2027-06-22")
            #expect(edit.text.contains(#"id="nameLv" name="nameLv" value="Brīvdiena""#))
            try await b.post("/staff/calendar/holidays", ["holidayDate": "2027-06-22", "nameLv": "Valsts brīvdiena", "nameEn": "Day off"])
            let reference = FluentReferenceStore(db: app.db)
            #expect(try await reference.calendarAdjustments().oneOffHolidays.filter { $0.date == LocalDate(2027, 6, 22) }
                .map(\.name.lv) == ["Valsts brīvdiena"])
            #expect(try await AuditTrail.entries(on: app.db, entity: "calendar").contains { $0.action == "update-holiday" })

            // A transfer corrected to another Saturday: one transfer, the old Saturday back to a day off.
            try await b.post("/staff/calendar/transfers", ["dayOff": "2027-11-19", "workingDay": "2027-11-27", "reason": ""])
            let editTransfer = try await b.get("/staff/calendar?edit=transfer&date=2027-11-19")
            #expect(editTransfer.text.contains(#"name="replacing" value="2027-11-19""#))
            let corrected = try await b.post("/staff/calendar/transfers", ["dayOff": "2027-11-19", "workingDay": "2027-11-20",
                                                                           "reason": "", "replacing": "2027-11-19"])
            #expect(corrected.status == .seeOther)
            #expect(try await reference.calendarAdjustments().transfers.filter { $0.dayOff == LocalDate(2027, 11, 19) }
                .map(\.workingSaturday) == [LocalDate(2027, 11, 20)])
            try await b.post("/staff/calendar/festival-days", ["festivalDate": "2028-07-09"])
            try await b.post("/staff/calendar/release", ["releaseOffice": "ogre", "releaseService": "passport", "releaseTime": "10:00",
                                                         "daysAhead": "7", "leadMinutes": "120"])
            let page = try await b.get("/staff/calendar")
            for label in ["Dzēst: Vienreizēja svētku diena: otrdiena, 22.06.2027. (Valsts brīvdiena)",
                          "Dzēst: Pārcelta darbdiena: piektdiena, 19.11.2027. → sestdiena, 20.11.2027.",
                          "Dzēst: Dziesmu un deju svētku noslēguma diena: svētdiena, 09.07.2028.",
                          "Labot: Pieraksta laiku atvēršana: Ogres nodaļa, Pase"] {
                #expect(page.text.contains("aria-label=\"\(label)"), "\(label)")
            }
            // The release rule's edit selects its office and service.
            let editRule = try await b.get("/staff/calendar?edit=release-rule&office=ogre&service=passport")
            #expect(editRule.text.contains(#"<option value="ogre" selected>"#) && editRule.text.contains(#"value="7""#))

            for (what, date, extra) in [("holiday", "2027-06-22", [String: String]()), ("transfer", "2027-11-19", [:]),
                                        ("festival-day", "2028-07-09", [:]),
                                        ("release-rule", "", ["office": "ogre", "service": "passport"])] {
                let gone = try await b.post("/staff/calendar/remove", ["what": what, "date": date, "confirmed": "yes"]
                                            .merging(extra) { a, _ in a })
                #expect(try await b.follow(gone).text.contains("Dzēsts."), "\(what)")
            }
            let after = try await reference.calendarAdjustments()
            #expect(!after.oneOffHolidays.contains { $0.date == LocalDate(2027, 6, 22) })
            #expect(!after.transfers.contains { $0.dayOff == LocalDate(2027, 11, 19) })
            #expect(!after.songFestivalClosingDays.contains(LocalDate(2028, 7, 9)))
            #expect(try await reference.releaseRules().isEmpty)
            let actions = try await AuditTrail.entries(on: app.db).map(\.action)
            for action in ["remove-holiday", "remove-transfer", "remove-festival-day", "delete"] {
                #expect(actions.contains(action), "\(action)")
            }
        }
    }
}
