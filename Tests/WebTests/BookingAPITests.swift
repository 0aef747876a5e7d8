import Domain
import Fluent
import Foundation
import Storage
import Testing
import TestSupport
import VaporTesting
@testable import Web

@Suite("Booking API (I-BOOK, C-CONTACT, C-EARLY)")
struct BookingAPITests {
    /// Riga division 3 has 4 passport desks; 2026-12-22 09:00 is a normal Tuesday.
    static func body(code: String = "32000000001", start: String = "2026-12-22T09:00:00+02:00", phone: String? = "20000000",
                     email: String? = nil, office: String = "riga-3", service: String = "passport", extra: String = "") -> String {
        var fields = [#""officeId":"\#(office)""#, #""serviceId":"\#(service)""#, #""start":"\#(start)""#,
                      #""name":"Jānis""#, #""surname":"Ozols""#, #""language":"lv""#, #""interpreter":false"#]
        if !code.isEmpty { fields.append(#""personalCode":"\#(code)""#) }
        if let phone { fields.append(#""phone":"\#(phone)""#) }
        if let email { fields.append(#""email":"\#(email)""#) }
        if !extra.isEmpty { fields.append(extra) }
        return "{" + fields.joined(separator: ",") + "}"
    }

    @Test(arguments: TestDB.all)
    func availabilityFollowsTheHours(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let res = try await get(app, "/api/v1/offices/riga-3/availability?service=passport&from=2026-12-22&to=2026-12-24")
            #expect(res.status == .ok)
            let slots = try #require(try res.json()["slots"] as? [[String: Any]])
            let byDay = Dictionary(grouping: slots) { ($0["start"] as? String ?? "").prefix(10) }
            #expect(byDay["2026-12-22"]?.count == 45)          // 09:00-16:30 in 10-minute steps
            #expect(byDay["2026-12-23"]?.count == 39)          // shortened: 09:00-15:30
            #expect(byDay["2026-12-24"] == nil)                // Christmas Eve
            #expect(slots.first?["start"] as? String == "2026-12-22T09:00:00+02:00")
            #expect(slots.first?["remaining"] as? Int == 4)
            let schedule = try #require(try res.json()["releaseSchedule"] as? [String: Any])
            #expect(schedule["lastBookableDate"] as? String == "2027-01-04")
            #expect(try await get(app, "/api/v1/offices/atlantis/availability?service=passport&from=2026-12-22&to=2026-12-22")
                .status == .notFound)
        }
    }

    @Test(arguments: TestDB.all)
    func bookViewRescheduleAndCancel(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let created = try await post(app, "/api/v1/bookings", json: Self.body(), headers: [:])
            #expect(created.status == .created)
            let json = try created.json()
            let code = try #require(json["code"] as? String)
            let token = try #require(json["manageToken"] as? String)
            #expect(BookingCode.isWellFormed(code))
            #expect(token.hasPrefix("apk_book_"))
            #expect(json["arriveBy"] as? String == "2026-12-22T08:55:00+02:00")    // C-EARLY

            let seen = try await get(app, "/api/v1/bookings/\(code)", headers: bearer(token))
            #expect(seen.status == .ok)
            #expect(try seen.json()["start"] as? String == "2026-12-22T09:00:00+02:00")
            #expect(try seen.json()["manageToken"] == nil)
            #expect(try await get(app, "/api/v1/bookings/\(code)", headers: bearer("apk_book_wrongwrongwrong")).status == .notFound)
            #expect(try await get(app, "/api/v1/bookings/\(code)").status == .unauthorized)
            #expect(try await get(app, "/api/v1/bookings/ZZZZZZZZ", headers: bearer(token)).status == .notFound)

            let moved = try await post(app, "/api/v1/bookings/\(code)/reschedule",
                                       json: #"{"start":"2026-12-22T07:10:00Z"}"#, headers: bearer(token))
            #expect(moved.status == .ok)
            #expect(try moved.json()["code"] as? String == code)
            #expect(try moved.json()["start"] as? String == "2026-12-22T09:10:00+02:00")
            let after = try await get(app, "/api/v1/offices/riga-3/availability?service=passport&from=2026-12-22&to=2026-12-22")
            let slots = try #require(try after.json()["slots"] as? [[String: Any]])
            #expect(slots[0]["remaining"] as? Int == 4 && slots[1]["remaining"] as? Int == 3)

            let cancelled = try await app.testing().sendRequest(.DELETE, "/api/v1/bookings/\(code)", headers: bearer(token))
            #expect(cancelled.status == .noContent)
            let freed = try await get(app, "/api/v1/offices/riga-3/availability?service=passport&from=2026-12-22&to=2026-12-22")
            #expect((try freed.json()["slots"] as? [[String: Any]])?[1]["remaining"] as? Int == 4)
        }
    }

    @Test(arguments: [
        (body(code: "32000000001-"), "/personalCode"),
        (body(code: "161175-19998"), "/personalCode"),
        (body(phone: nil), "/phone"),
        (body(start: "2026-12-22T09:05:00+02:00"), "/start"),           // not a slot boundary
        (body(start: "2026-12-24T09:00:00+02:00"), "/start"),           // Christmas Eve
        (body(start: "2027-01-05T09:00:00+02:00"), "/start"),           // beyond the release window
        (body(start: "2026-12-21T10:30:00+02:00"), "/start"),           // inside the minimum lead time
        (body(start: "tomorrow"), "/start"),
        (body(service: "residence-declaration"), "/serviceId"),         // needs no appointment
        (body(office: "atlantis"), "/officeId"),
        (body(code: ""), "/personalCode"),
        (body(email: "janis"), "/email"),                               // issue 13, defect 6
        (body(email: "janis@ozols"), "/email"),
        (body(email: "janis ozols@example.lv"), "/email"),
        (body(email: "janis@@example.lv"), "/email"),
    ])
    func everyBrokenRuleIs422WithAPointer(json: String, pointer: String) async throws {
        try await withTestApp { app in
            let res = try await post(app, "/api/v1/bookings", json: json, headers: [:])
            #expect(res.status == .unprocessableEntity)
            let errors = try #require(try res.json()["errors"] as? [[String: String]])
            #expect(errors.contains { $0["pointer"] == pointer }, "\(errors)")
            #expect(try await FluentBookingStore(db: app.db).booked(officeSlug: "riga-3", serviceSlug: "passport",
                                                                    from: testNow, to: testNow.addingTimeInterval(86400 * 30)).isEmpty)
        }
    }

    @Test func aSecondActiveBookingForTheSameServiceIs422() async throws {
        try await withTestApp { app in
            #expect(try await post(app, "/api/v1/bookings", json: Self.body(), headers: [:]).status == .created)
            let again = try await post(app, "/api/v1/bookings", json: Self.body(start: "2026-12-29T10:00:00+02:00"), headers: [:])
            #expect(again.status == .unprocessableEntity)
            #expect((try again.json()["errors"] as? [[String: String]])?.first?["pointer"] == "/personalCode")
            // Another service is fine; so is a foreigner identified by birth date and document.
            #expect(try await post(app, "/api/v1/bookings", json: Self.body(service: "eid-card"), headers: [:]).status == .created)
            let foreigner = Self.body(code: "", extra: #""dateOfBirth":"1980-02-29","documentNumber":"X1234567""#)
            #expect(try await post(app, "/api/v1/bookings", json: foreigner, headers: [:]).status == .created)
        }
    }

    /// Many clients race for one slot over HTTP: exactly the desks' count succeed, the rest get 409.
    @Test(arguments: TestDB.all)
    func aRushForOneSlotNeverOverbooks(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let statuses = try await withThrowingTaskGroup(of: UInt.self) { group in
                for n in 0..<30 {
                    group.addTask {
                        let json = Self.body(code: "32" + String(format: "%09d", 100 + n), phone: "2\(String(format: "%07d", n))")
                        return try await post(app, "/api/v1/bookings", json: json, headers: [:]).status.code
                    }
                }
                var all: [UInt] = []
                for try await s in group { all.append(s) }
                return all
            }
            #expect(statuses.filter { $0 == 201 }.count == 4)
            #expect(statuses.filter { $0 == 409 }.count == 26)
            let full = try await post(app, "/api/v1/bookings", json: Self.body(code: "32999999999"), headers: [:])
            #expect(try full.json()["type"] as? String == "/problems/slot-full")
        }
    }

    @Test(arguments: TestDB.all)
    func confirmationAndReminderGoToTheOutbox(db: TestDB) async throws {
        try await withTestApp(db) { app in
            // Monday 28 December: the working day before is Wednesday the 23rd (24-27 are not worked).
            let created = try await post(app, "/api/v1/bookings",
                                         json: Self.body(start: "2026-12-28T10:00:00+02:00", email: "janis@example.lv"),
                                         headers: [:])
            #expect(created.status == .created)
            let code = try #require(try created.json()["code"] as? String)
            let token = try #require(try created.json()["manageToken"] as? String)
            let messages = try await Outbox.messages(on: app.db)
            #expect(messages.count == 4)                               // e-mail and SMS, confirmation and reminder
            let confirmation = try #require(messages.first { $0.kind == .confirmation && $0.channel == .email })
            #expect(confirmation.recipient == "janis@example.lv")
            #expect(confirmation.subject.contains(code))
            #expect(confirmation.body.hasPrefix("Labdien, Jānis Ozols!"))
            #expect(confirmation.body.contains("līdz plkst. 09:55"))             // C-EARLY
            #expect(confirmation.body.contains("personu apliecinošu dokumentu"))  // C-ID
            #expect(confirmation.body.contains("Maksa: 50,00 €"))                // the 2026 fee, in Latvian
            #expect(confirmation.body.contains("/pieraksts/\(code)?token=\(token)"))
            #expect(confirmation.body.contains("Ar cieņu"))                       // S-MAIL-FORM
            let reminder = try #require(messages.first { $0.kind == .reminder && $0.channel == .sms })
            #expect(RigaTime.rfc3339(reminder.sendAfter) == "2026-12-23T09:00:00+02:00")

            let cancelled = try await app.testing().sendRequest(.DELETE, "/api/v1/bookings/\(code)", headers: bearer(token))
            #expect(cancelled.status == .noContent)
            let after = try await Outbox.messages(on: app.db)
            #expect(after.filter { $0.kind == .reminder }.allSatisfy { $0.status == .cancelled })
            #expect(after.filter { $0.kind == .confirmation }.allSatisfy { $0.status == .queued })
        }
    }
}

@Suite("The manage link's pages (no account)")
struct BookingManagePageTests {
    @Test(arguments: TestDB.all)
    func viewIcsRescheduleCancelAndOwnData(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let created = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(office: "ogre"), headers: [:])
            let code = try #require(try created.json()["code"] as? String)
            let token = try #require(try created.json()["manageToken"] as? String)
            let b = Browser(app)
            let page = try await b.get("/pieraksts/\(code)?token=\(token)")
            #expect(page.status == .ok)
            #expect(page.text.contains(code))
            #expect(page.text.contains("līdz plkst. 08:55"))
            #expect(page.text.contains("Ogres nodaļa, Brīvības 33a, Ogre"))
            #expect(try await b.get("/pieraksts/\(code)?token=apk_book_nottheone").status == .notFound)
            #expect(try await b.get("/en/booking/\(code)").status == .notFound)

            let ics = try await b.get("/pieraksts/\(code)/calendar.ics?token=\(token)")
            #expect(ics.headers.contentType?.description.hasPrefix("text/calendar") == true)
            #expect(ics.text.contains("DTSTART;TZID=Europe/Riga:20261222T090000"))

            try await b.get("/en/booking/\(code)?token=\(token)")
            #expect(b.lastHTML.contains("href=\"/en/booking/\(code)/reschedule?token=\(token)\""))
            try await b.get("/en/booking/\(code)/reschedule/2026-12-22?token=\(token)")
            #expect(b.lastHTML.contains("value=\"2026-12-22T09:10:00+02:00\""))
            let csrf = try #require(b.lastHTML.range(of: "action=\"/en/booking/\(code)/reschedule\"").map { r -> String in
                let rest = b.lastHTML[r.upperBound...]
                let v = rest.range(of: "name=\"_csrf\" value=\"")!
                return String(rest[v.upperBound...].prefix { $0 != "\"" })
            })
            let moved = try await b.post("/en/booking/\(code)/reschedule", ["token": token, "start": "2026-12-22T09:10:00+02:00"],
                                         csrf: csrf)
            #expect(moved.status == .seeOther)
            let movedPage = try await b.follow(moved)
            #expect(movedPage.text.contains("Booking moved."))
            #expect(try await FluentBookingStore(db: app.db).booking(code: code, manageToken: token)?.start
                    == RigaTime.instant(LocalDate(2026, 12, 22), TimeOfDay(9, 10)))

            // Without a valid form token nothing happens.
            #expect(try await b.post("/pieraksts/\(code)/cancel", ["token": token], csrf: "x").status == .forbidden)
            #expect(try await FluentBookingStore(db: app.db).booking(code: code, manageToken: token)?.status == .active)
            try await b.get("/pieraksts/\(code)/cancel?token=\(token)")
            let cancelCSRF = try #require(b.lastHTML.range(of: "action=\"/pieraksts/\(code)/cancel\"").map { r -> String in
                let rest = b.lastHTML[r.upperBound...]
                let v = rest.range(of: "name=\"_csrf\" value=\"")!
                return String(rest[v.upperBound...].prefix { $0 != "\"" })
            })
            let cancelled = try await b.post("/pieraksts/\(code)/cancel", ["token": token], csrf: cancelCSRF)
            let cancelledPage = try await b.follow(cancelled)
            #expect(cancelledPage.text.contains("Pieraksts atcelts."))
            #expect(try await FluentBookingStore(db: app.db).booking(code: code, manageToken: token)?.status == .cancelled)

            let data = try await b.get("/pieraksts/\(code)/data?token=\(token)")
            #expect(data.status == .ok)
            #expect(data.text.contains("Jūsu dati"))
            #expect(data.text.contains("32000000001") || data.text.contains("320000-00001"))
            let json = try await b.get("/pieraksts/\(code)/data.json?token=\(token)")
            #expect(try (json.json()["bookings"] as? [[String: Any]])?.first?["code"] as? String == code)
        }
    }
}

@Suite("Public booking pages")
struct BookingPageTests {
    @Test(arguments: TestDB.all)
    func aClientBooksStepByStepInLatvian(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let b = Browser(app)
            let start = try await b.get("/pierakstities")
            #expect(start.text.contains("href=\"/pierakstities/passport\""))
            #expect(!start.text.contains("residence-declaration"))          // needs no appointment
            let offices = try await b.get("/pierakstities/passport")
            #expect(offices.text.contains("href=\"/pierakstities/passport/ogre\""))
            #expect(offices.text.contains("tuvākais brīvais laiks: pirmdiena, 21.12.2026. 11:00"))
            let days = try await b.get("/pierakstities/passport/ogre")
            #expect(days.text.contains("href=\"/pierakstities/passport/ogre/2026-12-22\""))
            #expect(!days.text.contains("2026-12-24\""))                    // Christmas Eve
            let form = try await b.get("/pierakstities/passport/ogre/2026-12-22")
            #expect(form.text.contains("value=\"2026-12-22T09:00:00+02:00\""))
            #expect(form.text.contains("href=\"/privatums\""))

            // Errors stand next to their fields, in Latvian, and nothing is booked.
            let bad = try await b.post("/pierakstities/passport/ogre/2026-12-22",
                                       ["start": "2026-12-22T09:00:00+02:00", "name": "Jānis", "surname": "Ozols",
                                        "personalCode": "161175-19998", "language": "lv"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("id=\"personalCode-error\""))
            #expect(bad.text.contains("kontrolcipars nesakrīt"))
            #expect(bad.text.contains("id=\"phone-error\""))
            #expect(bad.text.contains("aria-describedby=\"personalCode-hint personalCode-error\""))
            #expect(bad.text.contains("value=\"Jānis\""))                   // what was typed is kept

            try await b.get("/pierakstities/passport/ogre/2026-12-22")
            let done = try await b.post("/pierakstities/passport/ogre/2026-12-22",
                                        ["start": "2026-12-22T09:00:00+02:00", "name": "Jānis", "surname": "Ozols",
                                         "personalCode": "161175-19997", "phone": "20000000", "language": "lv",
                                         "interpreter": "yes"])
            #expect(done.status == .seeOther)
            let confirmation = try await b.follow(done)
            #expect(confirmation.text.contains("Jūs esat pierakstīts"))
            #expect(confirmation.text.contains("līdz plkst. 08:55"))
            #expect(confirmation.text.contains("href=\"/pieraksts/"))
            let seats = try await FluentBookingStore(db: app.db).booked(officeSlug: "ogre", serviceSlug: "passport",
                                                                        from: testNow, to: testNow.addingTimeInterval(86400 * 2))
            #expect(seats.values.reduce(0, +) == 1)
        }
    }

    @Test func aFullSlotSaysSoInEnglish() async throws {
        try await withTestApp { app in
            // Fill 09:00 at Ogre (2 passport desks).
            for n in 0..<2 {
                let json = BookingAPITests.body(code: "32" + String(format: "%09d", 500 + n), office: "ogre")
                #expect(try await post(app, "/api/v1/bookings", json: json, headers: [:]).status == .created)
            }
            let b = Browser(app)
            let form = try await b.get("/en/book/passport/ogre/2026-12-22")
            #expect(!form.text.contains("value=\"2026-12-22T09:00:00+02:00\""))   // a full slot is not offered
            let full = try await b.post("/en/book/passport/ogre/2026-12-22",
                                        ["start": "2026-12-22T09:00:00+02:00", "name": "John", "surname": "Smith",
                                         "dateOfBirth": "1980-02-29", "documentNumber": "X1", "email": "j@example.com",
                                         "language": "en"])
            #expect(full.status == .conflict)
            #expect(full.text.contains("No seat is left at this time."))
            #expect(full.text.contains("id=\"start-error\""))
        }
    }
}

@Suite("QR on the confirmation")
struct ConfirmationQRTests {
    @Test func theConfirmationShowsTheCodeAsAQRCode() async throws {
        try await withTestApp { app in
            let b = Browser(app)
            try await b.get("/pierakstities/passport/ogre/2026-12-22")
            let done = try await b.follow(try await b.post("/pierakstities/passport/ogre/2026-12-22",
                                        ["start": "2026-12-22T09:00:00+02:00", "name": "Jānis", "surname": "Ozols",
                                         "personalCode": "161175-19997", "phone": "20000000", "language": "lv"]))
            #expect(done.text.contains("<figure class=\"qr\"><svg"))
            let codeRange = try #require(done.text.range(of: "class=\"booking-code\">"))
            let code = String(done.text[codeRange.upperBound...].prefix(8))
            let qr = try QRCode(code)
            #expect(done.text.contains(qr.svg(moduleSize: 6, label: "Pieraksta kods: \(code)")))
        }
    }
}

@Suite("Changes by the agency")
struct AgencyChangeTests {
    @Test(arguments: TestDB.all)
    func aClosureOverBookingsNotifiesTheirClientsWithTheNearestFreeTimes(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let first = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(email: "a@example.lv", office: "ogre"),
                                       headers: [:])
            #expect(first.status == .created)
            let code = try #require(try first.json()["code"] as? String)
            // Another office the same day is not affected.
            #expect(try await post(app, "/api/v1/bookings", json: BookingAPITests.body(code: "32000000002", office: "riga-3"),
                                   headers: [:]).status == .created)
            let (admin, _) = try await staffToken(app, roles: [.administrator], offices: [])
            let b = Browser(app)
            _ = try await b.signIn(admin.email, StaffPageTests.password)
            try await b.get("/staff/calendar")
            let bad = try await b.post("/staff/calendar/exceptions", ["office": "ogre", "date": "2026-12-22", "kind": "hours",
                                                                      "ranges": "nine to five"])
            #expect(bad.status == .unprocessableEntity)
            let saved = try await b.post("/staff/calendar/exceptions", ["office": "ogre", "date": "2026-12-22", "kind": "closed",
                                                                        "ranges": "", "reasonLv": "Remontdarbi", "reasonEn": "Repairs"])
            #expect(saved.status == .seeOther)                              // post/redirect/get
            #expect(try await b.follow(saved).text.contains("Paziņots klientiem: 1."))
            let notices = try await Outbox.messages(on: app.db).filter { $0.kind == .change }
            #expect(notices.count == 2)                                     // e-mail and SMS of the one client
            let email = try #require(notices.first { $0.channel == .email })
            #expect(email.subject.contains(code))
            #expect(email.body.contains("Tuvākie brīvie laiki:"))
            #expect(email.body.contains("21.12.2026. plkst. 11:00"))       // the nearest free slot today
            #expect(email.body.contains("Atvainojamies"))
            let hours = try await get(app, "/api/v1/offices/ogre/hours?from=2026-12-22&to=2026-12-22")
            #expect((try hours.json()["days"] as? [[String: Any]])?.first?["closedReason"] as? String == "officeClosed")

            // A one-off holiday affects every office.
            try await b.get("/staff/calendar")
            let holiday = try await b.post("/staff/calendar/holidays", ["holidayDate": "2026-12-22", "nameLv": "Svētku diena"])
            #expect(try await b.follow(holiday).text.contains("Paziņots klientiem: 2."))
        }
    }
}
