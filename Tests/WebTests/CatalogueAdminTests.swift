import Domain
import Fluent
import Foundation
import Storage
import Testing
import TestSupport
import VaporTesting
@testable import Web

/// Issue 13: offices, services and the agency's contacts corrected by an administrator, through
/// the API and on the staff pages; clients see the result at once.
@Suite("Offices, services and contacts corrected by an administrator")
struct CatalogueAdminTests {
    @Test(arguments: TestDB.all)
    func anOfficeIsCorrectedThroughTheAPIAndTheHoursAndSlotsFollow(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let (_, admin) = try await staffToken(app, roles: [.administrator], offices: [])
            let (_, clerk) = try await staffToken(app, roles: [.clerk], offices: ["ogre"])
            // A client booked for Tuesday 22 December at 09:00, before the office moves its mornings.
            #expect(try await post(app, "/api/v1/bookings", json: BookingAPITests.body(office: "ogre"), headers: [:]).status == .created)
            let body = #"""
            {"phone":"+371 65 041 234","weeklyHours":[{"weekday":2,"ranges":[{"open":"10:00","close":"12:00"},{"open":"13:00","close":"16:30"}]}],
             "accessibilityFeatures":["stepFreeEntrance"],"accessibility":{"lv":"Ieeja no pagalma.","en":"Entrance from the yard."},
             "preHolidayClosing":"14:00","verified":["address"]}
            """#
            #expect(try await patch(app, "/api/v1/offices/ogre", json: body, headers: bearer(clerk)).status == .forbidden)
            #expect(try await patch(app, "/api/v1/offices/ogre", json: body, headers: [:]).status == .unauthorized)
            let saved = try await patch(app, "/api/v1/offices/ogre", json: body, headers: bearer(admin))
            #expect(saved.status == .ok, "\(saved.text)")
            #expect(try saved.json()["clientsTold"] as? Int == 1, "\(saved.text)")
            let office = try await get(app, "/api/v1/offices/ogre").json()
            #expect(office["phone"] as? String == "65041234")
            #expect(office["accessibilityFeatures"] as? [String] == ["stepFreeEntrance"])
            #expect(office["preHolidayClosing"] as? String == "14:00")
            #expect((office["unverified"] as? [String])?.contains("address") == false)
            let tuesday = (office["weeklyHours"] as? [[String: Any]])?.first { $0["weekday"] as? Int == 2 }
            #expect((tuesday?["ranges"] as? [[String: String]])?.map { "\($0["open"]!)-\($0["close"]!)" } == ["10:00-12:00", "13:00-16:30"])
            // The hours and the free times follow at once: Tuesday starts at 10:00, none in the lunch hour.
            let hours = try await get(app, "/api/v1/offices/ogre/hours?from=2026-12-22&to=2026-12-23").json()
            let days = try #require(hours["days"] as? [[String: Any]])
            #expect((days[0]["ranges"] as? [[String: String]])?.first?["open"] == "10:00")
            #expect((days[1]["ranges"] as? [[String: String]])?.last?["close"] == "14:00")   // before Christmas Eve
            let slots = try await get(app, "/api/v1/offices/ogre/availability?service=passport&from=2026-12-22&to=2026-12-22").text
            #expect(!slots.contains("T09:00:00") && slots.contains("T10:00:00") && !slots.contains("T12:30:00"), "\(slots.prefix(600))")
            // The displaced client was told.
            #expect(try await Outbox.messages(on: app.db).contains { $0.kind == .change })

            // Refused: 422 naming each field, in the reader's language; nothing saved.
            let wrong = try await patch(app, "/api/v1/offices/ogre", json: #"{"phone":"112","email":"ogre"}"#,
                                        headers: bearer(admin).merging(["Accept-Language": "en"]))
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("/phone") && wrong.text.contains("/email") && wrong.text.contains("eight-digit"))
            #expect(try await get(app, "/api/v1/offices/ogre").json()["phone"] as? String == "65041234")
            #expect(try await patch(app, "/api/v1/offices/atlantis", json: #"{"phone":"65041234"}"#, headers: bearer(admin)).status == .notFound)
            #expect(try await patch(app, "/api/v1/offices/ogre", json: #"{"colour":"red"}"#, headers: bearer(admin)).status == .badRequest)

            // Inactive: not listed to clients, and no booking.
            #expect(try await patch(app, "/api/v1/offices/ogre", json: #"{"active":false}"#, headers: bearer(admin)).status == .ok)
            #expect(try await !app.testing().sendRequest(.GET, "/nodalas").body.string.contains("Ogres nodaļa"))
            let refused = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(code: "32000000002",
                                                                                              start: "2026-12-28T10:00:00+02:00", office: "ogre"), headers: [:])
            #expect(refused.status.code >= 400)
        }
    }

    @Test(arguments: TestDB.all)
    func aDivisionAddedThroughTheAPIIsListedOnceItHasHoursDesksAndIsActive(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let (_, admin) = try await staffToken(app, roles: [.administrator], offices: [])
            let body = #"{"id":"saldus","nameLv":"Saldus nodaļa","nameEn":"Saldus division","city":"Saldus"}"#
            let created = try await post(app, "/api/v1/offices", json: body, headers: bearer(admin))
            #expect(created.status == .created, "\(created.text)")
            #expect(try created.json()["active"] as? Bool == false)
            #expect(try await post(app, "/api/v1/offices", json: body, headers: bearer(admin)).status == .unprocessableEntity)
            #expect(try await !app.testing().sendRequest(.GET, "/nodalas").body.string.contains("Saldus nodaļa"))
            let open = #"{"active":true,"weeklyHours":[{"weekday":1,"ranges":[{"open":"09:00","close":"16:00"}]}],"desks":[{"serviceId":"passport","desks":1}]}"#
            #expect(try await patch(app, "/api/v1/offices/saldus", json: open, headers: bearer(admin)).status == .ok)
            #expect(try await app.testing().sendRequest(.GET, "/nodalas").body.string.contains("Saldus nodaļa"))
            let booked = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(start: "2026-12-28T09:00:00+02:00", office: "saldus"),
                                        headers: [:])
            #expect(booked.status == .created, "\(booked.text)")
            #expect(try await AuditTrail.entries(on: app.db, entity: "office", entityID: "saldus").map(\.action).sorted() == ["create", "update"])
        }
    }

    @Test(arguments: TestDB.all)
    func aFeeFromADateShowsBesideTheFeeInForce(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let (_, admin) = try await staffToken(app, roles: [.administrator], offices: [])
            let body = #"{"deskMinutes":12,"fees":[{"category":"standard","term":{"count":10,"unit":"workingDays"},"amount":"49.50","validFrom":"2027-03-01"}]}"#
            let saved = try await patch(app, "/api/v1/services/passport", json: body, headers: bearer(admin))
            #expect(saved.status == .ok, "\(saved.text)")
            let fees = try #require(try await get(app, "/api/v1/services/passport").json()["fees"] as? [[String: Any]])
            let upcoming = fees.filter { $0["validFrom"] as? String == "2027-03-01" }
            #expect((upcoming.first?["amount"] as? [String: Any])?["amount"] as? String == "49.50")
            #expect(fees.count > upcoming.count)            // the fee in force today is still there
            #expect(try await get(app, "/api/v1/services/passport").json()["deskMinutes"] as? Int == 12)
            let page = try await app.testing().sendRequest(.GET, "/pakalpojumi/passport").body.string
            #expect(page.contains("49,50 €"))
            let wrong = try await patch(app, "/api/v1/services/passport", json: #"{"deskMinutes":1}"#, headers: bearer(admin))
            #expect(wrong.status.code == 400 || wrong.status == .unprocessableEntity)
            #expect(try await patch(app, "/api/v1/services/unicorns", json: #"{"deskMinutes":10}"#, headers: bearer(admin)).status == .notFound)
        }
    }

    @Test func anAdministratorCorrectsAnOfficeOnThePageAndSeesProblemsBesideTheFields() async throws {
        try await withTestApp(.sqlite) { app in
            let (admin, _) = try await staffToken(app, roles: [.administrator], offices: [])
            let b = Browser(app)
            _ = try await b.signIn(admin.email, StaffPageTests.password)
            let list = try await b.get("/staff/reference")
            #expect(list.status == .ok && list.text.contains("Ogres nodaļa") && list.text.contains("nepārbaudīts: adrese"))
            let form = try await b.get("/staff/reference/offices/ogre")
            #expect(form.text.contains("Brīvības 33a") && form.text.contains("09:00-16:30"))
            var fields = ["nameLv": "Ogres nodaļa", "nameEn": "Ogre division", "street": "Brīvības 33a", "city": "Ogre",
                          "postalCode": "LV-5001", "phone": "650 41234", "email": "ogre@pmlp.gov.lv", "accessibilityLv": "Ieeja no pagalma.",
                          "accessibilityEn": "", "feature-lift": "on", "preHolidayClosing": "", "active": "on", "verified-address": "on"]
            for day in 1...7 { fields["hours\(day)"] = day <= 5 ? "09:00-12:00, 12:45-17:00" : "" }
            for s in PMLPSeed.services { fields["desk-\(s.slug)"] = s.slug == "passport" ? "3" : "1" }
            var bad = fields
            bad["phone"] = "12"
            bad["hours3"] = "morning"
            let refused = try await b.post("/staff/reference/offices/ogre", bad)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("astoņciparu") && refused.text.contains("value=\"morning\""))
            let saved = try await b.post("/staff/reference/offices/ogre", fields)
            #expect(saved.status == .seeOther)
            let location = try #require(saved.headers.first(name: .location))
            #expect(try await b.get(location).text.contains("Saglabāts"))
            let publicPage = try await app.testing().sendRequest(.GET, "/nodalas/ogre").body.string
            #expect(publicPage.contains("12:45") && publicPage.contains("65041234") && publicPage.contains("lifts"))
            #expect(!publicPage.contains("vēl tiek pārbaudīta"))
            let trail = try await AuditTrail.entries(on: app.db, entity: "office", entityID: "ogre")
            #expect(trail.contains { $0.action == "verify" && $0.actor == admin.id.uuidString })
            // The English page keeps the same form in English.
            #expect(try await b.get("/en/staff/reference/offices/ogre").text.contains("Reception hours by weekday"))
        }
    }

    @Test func theAgencysPhoneChangedOnThePageShowsInEveryFooterAndInMessages() async throws {
        try await withTestApp(.sqlite) { app in
            let (admin, _) = try await staffToken(app, roles: [.administrator], offices: [])
            let b = Browser(app)
            _ = try await b.signIn(admin.email, StaffPageTests.password)
            #expect(try await app.testing().sendRequest(.GET, "/").body.string.contains("67209400"))
            #expect(try await b.get("/staff/reference").text.contains("67209400"))
            let refused = try await b.post("/staff/reference/contacts", ["phone": "1", "email": "pasts@pmlp.gov.lv",
                                                                          "postalAddress": "Rīga", "facebookURL": "", "twitterURL": ""])
            #expect(refused.status == .unprocessableEntity && refused.text.contains("astoņciparu"))
            let saved = try await b.post("/staff/reference/contacts", ["phone": "67 209 401", "email": "info@pmlp.gov.lv",
                                                                        "postalAddress": "Čiekurkalna 1. līnija 1, k-3, Rīga, LV-1026",
                                                                        "facebookURL": "https://www.facebook.com/IeM.PMLP", "twitterURL": ""])
            #expect(saved.status == .seeOther)
            for path in ["/", "/en", "/nodalas/ogre", "/privatums", "/en/accessibility", "/no-such-page"] {
                let page = try await app.testing().sendRequest(.GET, path).body.string
                #expect(page.contains("67209401") && !page.contains("67209400"), "\(path)")
                #expect(!page.contains("twitter.com"), "\(path)")
            }
            // Ogre publishes no phone of its own: its booking confirmation gives the agency's.
            #expect(try await post(app, "/api/v1/bookings", json: BookingAPITests.body(email: "j@example.lv", office: "ogre"),
                                   headers: [:]).status == .created)
            let confirmation = try #require(try await Outbox.messages(on: app.db).first { $0.kind == .confirmation && $0.channel == .email })
            #expect(confirmation.body.contains("67209401"))
        }
    }
}
