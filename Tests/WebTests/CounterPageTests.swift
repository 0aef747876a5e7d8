import Domain
import Fluent
import Foundation
@testable import Storage
import Testing
import TestSupport
import VaporTesting
@testable import Web

@Suite("Counter workstation: call, serve with the ID tick, no-show, emergency — in a browser without JavaScript")
struct CounterPageTests {
    @Test(arguments: TestDB.all)
    func aClerkWorksACounter(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let kiosk = try await kioskToken(app, office: "ogre")
            for _ in 0..<2 {
                _ = try await post(app, "/api/v1/offices/ogre/tickets", json: #"{"serviceId":"passport"}"#, headers: bearer(kiosk))
            }
            let (supervisor, _) = try await staffToken(app, roles: [.supervisor], offices: ["ogre"], email: "boss@pmlp.gov.lv")
            _ = supervisor
            let (clerk, _) = try await staffToken(app, roles: [.clerk], offices: ["ogre"])
            let b = Browser(app)
            _ = try await b.signIn(clerk.email, StaffPageTests.password)
            let empty = try await b.get("/staff/offices/ogre/counter")
            #expect(empty.text.contains("Norādiet lodziņu un pakalpojumus"))
            let page = try await b.get("/staff/offices/ogre/counter?counter=3&services[]=passport")
            #expect(page.text.contains("Jūs apkalpo: Anna Bērziņa, Ogres nodaļa"))     // S-BADGE
            #expect(page.text.contains("Pase: 2") || page.text.contains(": 2</li>"))
            let keep = ["counter": "3", "services": "passport"]

            let calledPost = try await b.post("/staff/offices/ogre/counter/call-next", keep)
            // Post/redirect/get (issue 16, item 6): back to the counter, which a refresh only reads.
            #expect(calledPost.status == .seeOther)
            #expect(calledPost.headers.first(name: .location) == "/staff/offices/ogre/counter?counter=3&services=passport")
            let called = try await b.follow(calledPost)
            #expect(called.text.contains("<p class=\"ticket-number\">A001</p>"))
            #expect(called.text.contains("href=\"/en/staff/offices/ogre/counter?counter=3&amp;services=passport\""))   // the language switch keeps it
            // The waiting counts refresh from waiting.json: one still waiting.
            let counts = try await b.get("/staff/offices/ogre/counter/waiting.json?services=passport&counter=3")
            #expect(counts.status == .ok && counts.text.contains("\"waiting\":1") && counts.text.contains("\"service\":\"passport\""))
            let entry = try #require(try await QueueEntryModel.query(on: app.db).filter(\.$number == "A001").first())
            let id = entry.id!.uuidString.lowercased()
            // Finishing before starting is refused and changes nothing.
            let wrong = try await b.post("/staff/offices/ogre/counter/\(id)/finish", keep)
            #expect(wrong.status == .conflict)
            // Starting without the ID tick asks first, and changes nothing yet.
            try await b.get("/staff/offices/ogre/counter?counter=3&services=passport")
            let ask = try await b.post("/staff/offices/ogre/counter/\(id)/start", keep)
            #expect(ask.status == .ok && ask.text.contains("nav atzīmēts kā pārbaudīts"))
            #expect(try await QueueEntryModel.find(entry.id, on: app.db)?.status == "called")
            var started = keep
            started["idChecked"] = "yes"
            try await b.get("/staff/offices/ogre/counter?counter=3&services=passport")
            let startRes = try await b.post("/staff/offices/ogre/counter/\(id)/start", started)
            #expect(startRes.status == .seeOther, "\(startRes.text.components(separatedBy: "<main").last ?? "")")
            let served = try #require(try await QueueEntryModel.find(entry.id, on: app.db))
            #expect(served.status == "serving" && served.idChecked && served.staffUserID == clerk.id)
            _ = try await b.post("/staff/offices/ogre/counter/\(id)/finish", keep)
            #expect(try await QueueEntryModel.find(entry.id, on: app.db)?.status == "done")

            let second = try await b.follow(try await b.post("/staff/offices/ogre/counter/call-next", keep))
            #expect(second.text.contains("<p class=\"ticket-number\">A002</p>"))
            // The actions by consequence: start apart from the rest, no-show apart and red.
            #expect(second.text.contains("class=\"action-group primary-actions\""))
            #expect(second.text.contains("class=\"action-group destructive-actions\""))
            #expect(second.text.contains("<button type=\"submit\" class=\"danger\" aria-label=\"Neieradās: A002\">")
                    || second.text.contains("class=\"danger\" aria-label=\"Neieradās"))
            let id2 = try #require(try await QueueEntryModel.query(on: app.db).filter(\.$number == "A002").first()?.id)
            // A no-show is asked a second time; only the confirmed form records it.
            let askNoShow = try await b.post("/staff/offices/ogre/counter/\(id2.uuidString.lowercased())/no-show", keep)
            #expect(askNoShow.text.contains("neieradās? To nevar atsaukt"))
            #expect(try await QueueEntryModel.find(id2, on: app.db)?.status == "called")
            var sure = keep
            sure["confirmed"] = "yes"
            let noShow = try await b.follow(try await b.post("/staff/offices/ogre/counter/\(id2.uuidString.lowercased())/no-show", sure))
            #expect(noShow.text.contains("A002: atzīmēts, ka neieradās."))
            #expect(try await QueueEntryModel.find(id2, on: app.db)?.status == "no-show")
            let none = try await b.follow(try await b.post("/staff/offices/ogre/counter/call-next", keep))
            #expect(none.text.contains("Šiem pakalpojumiem neviens negaida."))

            // The emergency button reaches the office's supervisor at once and is kept.
            let alert = try await b.follow(try await b.post("/staff/offices/ogre/counter/emergency", keep))
            #expect(alert.text.contains("Trauksme nosūtīta"))
            let sent = try await Outbox.messages(on: app.db).filter { $0.kind == .alert }
            #expect(sent.map(\.recipient).contains("boss@pmlp.gov.lv"))
            #expect(try await AuditTrail.entries(on: app.db, entity: "emergency").first?.actor == clerk.id.uuidString)

            // Another office's clerk cannot work Ogre's counters.
            let (stranger, _) = try await staffToken(app, roles: [.clerk], offices: ["riga-1"])
            let s = Browser(app)
            _ = try await s.signIn(stranger.email, StaffPageTests.password)
            #expect(try await s.get("/staff/offices/ogre/counter?counter=1&services[]=passport").status == .forbidden)
        }
    }
}

@Suite("Visit statistics page")
struct VisitStatsPageTests {
    @Test func aSupervisorSeesTheMorningWithChartsTablesAndCSV() async throws {
        let clock = FixedClock(testNow)
        try await withTestApp(.sqlite, clock: clock) { app in
            let kiosk = try await kioskToken(app, office: "ogre")
            for _ in 0..<2 {
                _ = try await post(app, "/api/v1/offices/ogre/tickets", json: #"{"serviceId":"passport"}"#, headers: bearer(kiosk))
            }
            let (_, clerkToken) = try await staffToken(app, roles: [.clerk], offices: ["ogre"])
            clock.advance(by: 12 * 60)
            let call = try await post(app, "/api/v1/offices/ogre/queue/call-next", json: #"{"counter":"4","serviceIds":["passport"]}"#,
                                      headers: bearer(clerkToken))
            let id = try #require((try call.json()["entry"] as? [String: Any])?["id"] as? String)
            _ = try await post(app, "/api/v1/offices/ogre/queue/\(id)/start", json: "{}", headers: bearer(clerkToken))
            clock.advance(by: 8 * 60)
            _ = try await post(app, "/api/v1/offices/ogre/queue/\(id)/finish", json: "{}", headers: bearer(clerkToken))

            let (supervisor, _) = try await staffToken(app, roles: [.supervisor], offices: ["ogre"])
            let b = Browser(app)
            _ = try await b.signIn(supervisor.email, StaffPageTests.password)
            let page = try await b.get("/staff/offices/ogre/statistics?from=2026-12-21&to=2026-12-21")
            #expect(page.status == .ok)
            #expect(page.text.contains("<svg") && page.text.contains("role=\"img\"") && page.text.contains("wait-chart-title"))
            #expect(page.text.contains(">12,0<"))                       // the called client's wait, with a Latvian comma
            #expect(page.text.contains(">8,0<"))                        // their service time
            #expect(page.text.contains(">1 izsaukums</text>") && !page.text.contains(".0 izsaukumi"))   // a count is whole (issue 16)
            #expect(page.text.contains(">21.12.2026.<"))                // the day as people write it
            #expect(!page.text.contains("Ozols"))
            let csv = try await b.get("/staff/offices/ogre/statistics.csv?from=2026-12-21&to=2026-12-21")
            #expect(csv.headers.contentType?.description.hasPrefix("text/csv") == true)
            #expect(csv.text.contains("2026-12-21,passport,2,1,0,12.0,12.0,8.0,8.0"))
            // Day by day over a period (issue 16, item 8): visits and the median wait, with their table.
            let week = try await b.get("/staff/offices/ogre/statistics?from=2026-12-15&to=2026-12-21")
            #expect(week.text.contains("id=\"visits-trend-title\"") && week.text.contains("id=\"wait-trend-title\""))
            #expect(week.text.contains("<td data-label=\"Diena\">21.12.2026.</td><td data-label=\"Ogres nodaļa: Apmeklējumi\">2</td>"))
            #expect(week.text.contains("<td data-label=\"Diena\">15.12.2026.</td><td data-label=\"Ogres nodaļa: Apmeklējumi\">0</td>"))
            #expect(!week.text.contains("compare[]"))                    // Ogre's supervisor sees Ogre only
            // An agency-wide role compares offices side by side.
            let (admin, _) = try await staffToken(app, roles: [.administrator], offices: [], email: "admin@pmlp.gov.lv")
            let a = Browser(app)
            _ = try await a.signIn(admin.email, StaffPageTests.password)
            let compared = try await a.get("/staff/offices/ogre/statistics?from=2026-12-15&to=2026-12-21&compare[]=riga-1")
            #expect(compared.text.contains("name=\"compare[]\" value=\"riga-1\" checked"))
            #expect(compared.text.contains("data-label=\"Rīgas 1. nodaļa: Apmeklējumi\">0</td>"))
            #expect(compared.text.contains("fill=\"#b35900\"/><text") && compared.text.contains(">Rīgas 1. nodaļa</text>"))
            // A clerk does not see statistics; another office's supervisor neither.
            let c = Browser(app)
            let (clerk, _) = try await staffToken(app, roles: [.clerk], offices: ["ogre"])
            _ = try await c.signIn(clerk.email, StaffPageTests.password)
            #expect(try await c.get("/staff/offices/ogre/statistics").status == .forbidden)
        }
    }
}

@Suite("Visits and personal data")
struct VisitPrivacyTests {
    @Test(arguments: TestDB.all)
    func theCounterShowsTheBookedClientLogsTheReadAndTheVisitIsInTheExport(db: TestDB) async throws {
        let clock = FixedClock(testNow)
        try await withTestApp(db, clock: clock) { app in
            let created = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(
                start: "2026-12-21T11:00:00+02:00", office: "ogre"), headers: [:])
            let code = try #require(try created.json()["code"] as? String)
            let manage = try #require(try created.json()["manageToken"] as? String)
            let kiosk = try await kioskToken(app, office: "ogre")
            clock.set(RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(10, 50)))
            #expect(try await post(app, "/api/v1/offices/ogre/checkins", json: #"{"bookingCode":"\#(code)"}"#,
                                   headers: bearer(kiosk)).status == .created)
            let (clerk, _) = try await staffToken(app, roles: [.clerk], offices: ["ogre"])
            let b = Browser(app)
            _ = try await b.signIn(clerk.email, StaffPageTests.password)
            try await b.get("/staff/offices/ogre/counter?counter=1&services[]=passport")
            let called = try await b.follow(try await b.post("/staff/offices/ogre/counter/call-next", ["counter": "1", "services": "passport"]))
            #expect(called.text.contains("Jānis Ozols"))
            let log = try await FluentClientStore(db: app.db).accessLog(staffUserID: clerk.id)
            #expect(log.contains { $0.channel == "page /staff/offices/{office}/counter" })
            // The person's own data lists the visit.
            let data = try await get(app, "/pieraksts/\(code)/data.json?token=\(manage)")
            let visits = try #require(try data.json()["visits"] as? [[String: Any]])
            #expect(visits.first?["number"] as? String == "A001" && visits.first?["status"] as? String == "called")
        }
    }
}
