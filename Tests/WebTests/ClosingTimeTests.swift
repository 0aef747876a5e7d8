import Domain
import Fluent
import Foundation
@testable import Storage
import Testing
import TestSupport
import VaporTesting
@testable import Web

@Suite("Closing time: those still waiting are served or given a priority booking, as the office decides")
struct ClosingTimeTests {
    static func setPolicy(_ app: Application, office: String, _ policy: ClosingRule.Policy) async throws {
        var settings = VisitSettings.standard
        settings.closing.policy = policy
        try await FluentReferenceStore(db: app.db).setVisitSettings(officeSlug: office, settings, actor: "test", now: testNow)
    }

    @Test(arguments: TestDB.all)
    func theQueueClosesWithPassesThatBookDaysThePublicCannotYet(db: TestDB) async throws {
        let clock = FixedClock(testNow)
        try await withTestApp(db, clock: clock) { app in
            try await Self.setPolicy(app, office: "ogre", .offerBooking)
            let kiosk = try await kioskToken(app, office: "ogre")
            for _ in 0..<2 {
                #expect(try await post(app, "/api/v1/offices/ogre/tickets", json: #"{"serviceId":"passport"}"#,
                                       headers: bearer(kiosk)).status == .created)
            }
            let (clerk, clerkToken) = try await staffToken(app, roles: [.clerk], offices: ["ogre"])
            let b = Browser(app)
            _ = try await b.signIn(clerk.email, StaffPageTests.password)
            let keep = ["counter": "3", "services": "passport"]
            // During reception the queue cannot be closed, by page or by API.
            try await b.get("/staff/offices/ogre/counter?counter=3&services[]=passport")
            #expect(!b.lastHTML.contains("Slēgt rindu"))
            let early = try await b.post("/staff/offices/ogre/counter/close", keep)
            #expect(early.status == .conflict && early.text.contains("Rindu var slēgt tikai pēc pieņemšanas laika beigām"))
            let earlyAPI = try await post(app, "/api/v1/offices/ogre/queue/close", json: "{}", headers: bearer(clerkToken))
            #expect(earlyAPI.status == .conflict)
            #expect(try earlyAPI.json()["type"] as? String == "/problems/queue-still-open")
            #expect(try await QueueEntryModel.query(on: app.db).filter(\.$status == "waiting").count() == 2)

            // 19:30: reception is over and two are still in line.
            clock.set(RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(19, 30)))
            _ = try await b.signIn(clerk.email, StaffPageTests.password)            // a new shift, a new sign-in
            let evening = try await b.get("/staff/offices/ogre/counter?counter=3&services[]=passport")
            #expect(evening.text.contains("Pieņemšanas laiks ir beidzies. Rindā vēl 2"))
            let slips = try await b.post("/staff/offices/ogre/counter/close", keep)
            #expect(slips.status == .ok)
            #expect(slips.text.contains("<p class=\"ticket-number\">A001</p>") && slips.text.contains("<p class=\"ticket-number\">A002</p>"))
            #expect(slips.text.contains("<svg"))                                   // QR code on each slip
            #expect(slips.text.contains("lang=\"en\""))                            // the slip speaks both languages
            let marker = "/pierakstities/prioritate/"
            let tokens = slips.text.components(separatedBy: marker).dropFirst().map { String($0.prefix { $0 != "\"" && $0 != "<" }) }
            let token = try #require(tokens.first)
            #expect(token.hasPrefix("apk_prio_"))
            #expect(try await QueueEntryModel.query(on: app.db).filter(\.$status == "referred").count() == 2)
            #expect(try await AuditTrail.entries(on: app.db, entity: "queue").first?.action == "close")

            // The client scans the pass: straight to Ogre's passport days, with days up to 18 January open
            // to them although the public window ends on 4 January.
            let scanned = try await app.testing().sendRequest(.GET, marker + token)
            #expect(scanned.status == .seeOther)
            let days = try await app.testing().sendRequest(.GET, scanned.headers.first(name: .location) ?? "")
            #expect(days.text.contains("Ar prioritātes karti jums atvērtas dienas līdz 2027-01-18"))
            #expect(days.text.contains("/pierakstities/passport/ogre/2027-01-11?pass=\(token)"))
            let publicDays = try await app.testing().sendRequest(.GET, "/pierakstities/passport/ogre")
            #expect(!publicDays.text.contains("2027-01-11"))

            // The API takes the pass too: a day the public cannot book, once.
            let beyond = BookingAPITests.body(start: "2027-01-11T11:00:00+02:00", office: "ogre")
            let refused = try await post(app, "/api/v1/bookings", json: beyond, headers: [:])
            #expect(refused.status == .unprocessableEntity)
            let withPass = BookingAPITests.body(start: "2027-01-11T11:00:00+02:00", office: "ogre",
                                                extra: #""priorityPass":"\#(token)""#)
            #expect(try await post(app, "/api/v1/bookings", json: withPass, headers: [:]).status == .created)
            let again = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(
                code: "32000000002", start: "2027-01-11T11:00:00+02:00", phone: "20000001", office: "ogre",
                extra: #""priorityPass":"\#(token)""#), headers: [:])
            #expect(again.status == .gone)
            // Used: the printed address now says so, in the client's language.
            let used = try await app.testing().sendRequest(.GET, "/en/book/priority/\(token)")
            #expect(used.status == .gone && used.text.contains("This priority pass can no longer be used"))
        }
    }

    @Test func anOfficeThatServesEveryoneSaysSoAndKeepsItsQueue() async throws {
        let clock = FixedClock(RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(10, 0)))
        try await withTestApp(.sqlite, clock: clock) { app in
            let kiosk = try await kioskToken(app, office: "ogre")
            _ = try await post(app, "/api/v1/offices/ogre/tickets", json: #"{"serviceId":"passport"}"#, headers: bearer(kiosk))
            let (clerk, _) = try await staffToken(app, roles: [.clerk], offices: ["ogre"])
            let b = Browser(app)
            _ = try await b.signIn(clerk.email, StaffPageTests.password)
            clock.set(RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(19, 30)))
            _ = try await b.signIn(clerk.email, StaffPageTests.password)
            let page = try await b.get("/en/staff/offices/ogre/counter?counter=1&services[]=passport")
            #expect(page.text.contains("Reception is over. 1 still in line — the office serves everyone waiting."))
            #expect(!page.text.contains("Close the queue"))
            let refused = try await b.post("/en/staff/offices/ogre/counter/close", ["counter": "1", "services": "passport"])
            #expect(refused.status == .conflict)
            #expect(try await QueueEntryModel.query(on: app.db).filter(\.$status == "waiting").count() == 1)
            // …and the counter still calls them.
            let called = try await b.follow(try await b.post("/en/staff/offices/ogre/counter/call-next", ["counter": "1", "services": "passport"]))
            #expect(called.text.contains("<p class=\"ticket-number\">A001</p>"))
        }
    }
}

@Suite("Emergency alerts on a supervisor's screen; transfer to a counter; the display's chime")
struct CounterExtrasTests {
    @Test(arguments: TestDB.all)
    func anEmergencyShowsOnTheSupervisorsScreensUntilAcknowledged(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let (supervisor, _) = try await staffToken(app, roles: [.supervisor], offices: ["ogre"], email: "boss@pmlp.gov.lv")
            let (clerk, _) = try await staffToken(app, roles: [.clerk], offices: ["ogre"])
            let (otherBoss, _) = try await staffToken(app, roles: [.supervisor], offices: ["riga-1"], email: "riga@pmlp.gov.lv")
            let c = Browser(app)
            _ = try await c.signIn(clerk.email, StaffPageTests.password)
            try await c.get("/staff/offices/ogre/counter?counter=3&services[]=passport")
            #expect(!c.lastHTML.contains("staff-alerts.js"))                       // clerks do not receive alerts
            _ = try await c.post("/staff/offices/ogre/counter/emergency", ["counter": "3", "services": "passport"])

            let s = Browser(app)
            _ = try await s.signIn(supervisor.email, StaffPageTests.password)
            let home = try await s.get("/staff")
            #expect(home.text.contains("/staff-alerts.js") && home.text.contains("id=\"live-alerts\""))
            let json = try await s.get("/staff/alerts.json?lang=lv")
            let alerts = try #require(try json.json()["alerts"] as? [[String: Any]])
            #expect(alerts.count == 1)
            #expect((alerts.first?["text"] as? String)?.contains("lodziņš 3") == true)
            let counter = try await s.get("/staff/offices/ogre/counter?counter=1&services[]=passport")
            #expect(counter.text.contains("class=\"alert-banner\" role=\"alert\""))
            let page = try await s.get("/staff/alerts")
            #expect(page.text.contains("Apstiprināt, ka redzēju"))
            let id = try #require(alerts.first?["id"] as? String)

            // Riga's supervisor does not see Ogre's alert and cannot acknowledge it.
            let r = Browser(app)
            _ = try await r.signIn(otherBoss.email, StaffPageTests.password)
            #expect(try await r.get("/staff/alerts").text.contains("Atvērtu trauksmju nav."))
            _ = try await r.post("/staff/alerts/\(id)/acknowledge", [:])
            #expect(try await FluentQueueStore(db: app.db).openAlerts(offices: ["ogre"]).count == 1)

            try await s.get("/staff/alerts")
            let posted = try await s.post("/staff/alerts/\(id)/acknowledge", [:])
            #expect(posted.status == .seeOther)                                 // a refresh acknowledges nothing again
            let done = try await s.follow(posted)
            #expect(done.text.contains("Trauksme apstiprināta.") && done.text.contains("Atvērtu trauksmju nav."))
            #expect(try await AuditTrail.entries(on: app.db, entity: "emergency").contains { $0.action == "acknowledge" })
            #expect(try await c.get("/staff/alerts").status == .forbidden)
        }
    }

    @Test func aCounterSendsAClientToAnotherCounterFromThePage() async throws {
        try await withTestApp(.sqlite) { app in
            let kiosk = try await kioskToken(app, office: "ogre")
            for _ in 0..<2 {
                _ = try await post(app, "/api/v1/offices/ogre/tickets", json: #"{"serviceId":"passport"}"#, headers: bearer(kiosk))
            }
            let (clerk, _) = try await staffToken(app, roles: [.clerk], offices: ["ogre"])
            let b = Browser(app)
            _ = try await b.signIn(clerk.email, StaffPageTests.password)
            try await b.get("/staff/offices/ogre/counter?counter=1&services[]=passport")
            try await b.follow(try await b.post("/staff/offices/ogre/counter/call-next", ["counter": "1", "services": "passport"]))
            #expect(b.lastHTML.contains("name=\"toCounter\""))
            let a1 = try #require(try await QueueEntryModel.query(on: app.db).filter(\.$number == "A001").first()?.id)
            _ = try await b.post("/staff/offices/ogre/counter/\(a1.uuidString.lowercased())/transfer",
                                 ["counter": "1", "services": "passport", "serviceId": "passport", "toCounter": "7"])
            let moved = try #require(try await QueueEntryModel.find(a1, on: app.db))
            #expect(moved.status == "waiting" && moved.counter == "7")
            // Counter 1 calls A002 next; counter 7 gets A001.
            let next = try await b.follow(try await b.post("/staff/offices/ogre/counter/call-next", ["counter": "1", "services": "passport"]))
            #expect(next.text.contains("<p class=\"ticket-number\">A002</p>"))
            let seven = try await b.follow(try await b.post("/staff/offices/ogre/counter/call-next", ["counter": "7", "services": "passport"]))
            #expect(seven.text.contains("<p class=\"ticket-number\">A001</p>"))
        }
    }

    @Test func theDisplayOffersAChimeOnlyWithItsScript() async throws {
        try await withTestApp(.sqlite) { app in
            let plain = try await app.testing().sendRequest(.GET, "/displejs/ogre")
            #expect(plain.text.contains("id=\"chime\" hidden") && plain.text.contains("data-chime=\"off\""))
            let on = try await app.testing().sendRequest(.GET, "/displejs/ogre?chime=1")
            #expect(on.text.contains("data-chime=\"on\"") && on.text.contains("aria-pressed=\"true\""))
            let script = try await app.testing().sendRequest(.GET, "/display.js")
            #expect(script.text.contains("AudioContext") && script.text.contains("ring()"))
        }
    }
}
