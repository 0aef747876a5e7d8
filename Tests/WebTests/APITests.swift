import Domain
import Fluent
import Foundation
import Storage
import Testing
import TestSupport
import VaporTesting
@testable import Web

@Suite("JSON API /api/v1 (API-CONVENTIONS.md)")
struct APITests {
    @Test(arguments: TestDB.all)
    func servicesListCarriesFeesAndAccounts(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let res = try await get(app, "/api/v1/services")
            #expect(res.status == .ok)
            let items = try #require(try res.json()["items"] as? [[String: Any]])
            #expect(items.map { $0["id"] as? String } == PMLPSeed.services.map(\.slug))
            let passport = items[0]
            let fees = try #require(passport["fees"] as? [[String: Any]])
            let first = try #require(fees.first)
            // The fee in force today (the test clock is December 2026: the 2026 rise, FACTS.md §5).
            #expect((first["amount"] as? [String: String]) == ["amount": "50.00", "currency": "EUR"])
            #expect(first["validFrom"] as? String == "2026-01-01")
            // The reduced expedited fee of 2026 is not confirmed: no amount, never an invented one.
            let unconfirmed = try #require(fees.first { $0["category"] as? String == "reduced" && $0["expedited"] as? Bool == true })
            #expect(unconfirmed["amount"] == nil)
            #expect((first["term"] as? [String: Any])?["count"] as? Int == 10)
            #expect((first["term"] as? [String: Any])?["unit"] as? String == "workingDays")
            #expect((first["account"] as? [String: Any])?["iban"] as? String == "LV70TREL1060140918100")
            #expect(fees.filter { $0["expedited"] as? Bool == true }.count == 2)
            #expect((passport["name"] as? [String: String])?["lv"] == "Pase")
        }
    }

    @Test(arguments: TestDB.all)
    func oneServiceOrNotFound(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let ok = try await get(app, "/api/v1/services/register-extract")
            #expect(ok.status == .ok)
            #expect(try ok.json()["channels"] as? [String] == ["in-person", "latvija.gov.lv", "e-address", "post"])

            let missing = try await get(app, "/api/v1/services/time-machine")
            #expect(missing.status == .notFound)
            #expect(missing.headers.contentType?.description.hasPrefix("application/problem+json") == true)
            let problem = try missing.json()
            #expect(problem["type"] as? String == "/problems/not-found")
            #expect(problem["status"] as? Int == 404)
            #expect(problem["title"] as? String == "Nav atrasts")

            let english = try await get(app, "/api/v1/services/time-machine", headers: ["Accept-Language": "en-GB,en;q=0.9"])
            #expect(try english.json()["title"] as? String == "Not found")
            #expect(try english.json()["detail"] as? String == "There is no service \"time-machine\".")
        }
    }

    @Test(arguments: TestDB.all)
    func officesAndOneOffice(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let list = try await get(app, "/api/v1/offices")
            let items = try #require(try list.json()["items"] as? [[String: Any]])
            #expect(items.count == PMLPSeed.offices.count)
            let ogre = try await get(app, "/api/v1/offices/ogre").json()
            #expect((ogre["address"] as? [String: String])?["street"] == "Brīvības 33a")
            #expect(ogre["unverified"] as? [String] == ["address", "desks", "hours"])
            #expect(ogre["phone"] == nil)                                   // none invented
            let monday = try #require((ogre["weeklyHours"] as? [[String: Any]])?.first)
            #expect(monday["weekday"] as? Int == 1)
            #expect((monday["ranges"] as? [[String: String]]) == [["open": "09:00", "close": "16:30"]])
            let hq = try await get(app, "/api/v1/offices/headquarters").json()
            #expect(hq["email"] as? String == "pasts@pmlp.gov.lv")
            #expect((try await get(app, "/api/v1/offices/atlantis")).status == .notFound)
        }
    }

    @Test(arguments: TestDB.all)
    func hoursAroundChristmas(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let store = FluentReferenceStore(db: app.db)
            try await store.setException(officeSlug: "riga-1", OfficeException(
                date: LocalDate(2026, 12, 22), kind: .closed, reason: LocalizedText(lv: "Remontdarbi", en: "Repairs")), actor: "test")
            let res = try await get(app, "/api/v1/offices/riga-1/hours?from=2026-12-21&to=2026-12-28")
            #expect(res.status == .ok)
            let days = try #require(try res.json()["days"] as? [[String: Any]])
            #expect(days.map { $0["date"] as? String } ==
                    ["2026-12-21", "2026-12-22", "2026-12-23", "2026-12-24", "2026-12-25", "2026-12-26", "2026-12-27", "2026-12-28"])
            #expect(days.map { $0["closedReason"] as? String } ==
                    [nil, "officeClosed", nil, "holiday", "holiday", "holiday", "weekend", nil])
            #expect((days[2]["ranges"] as? [[String: String]]) == [["open": "09:00", "close": "15:30"]])
            #expect(days[2]["shortened"] as? Bool == true)
            #expect((days[3]["ranges"] as? [Any])?.isEmpty == true)
            #expect((days[1]["note"] as? [String: String])?["en"] == "Repairs")
        }
    }

    @Test(arguments: [
        ("/api/v1/offices/riga-1/hours?from=2026-12-28&to=2026-12-21", "/to"),
        ("/api/v1/offices/riga-1/hours?from=2026-01-01&to=2027-01-02", "/to"),
        ("/api/v1/offices/riga-1/hours?from=2026-02-30&to=2026-03-01", "/from"),
        ("/api/v1/offices/riga-1/hours?from=2026-12-21&to=tomorrow", "/to"),
        ("/api/v1/offices/riga-1/hours?from=2026-12-21", "/to"),
        ("/api/v1/calendar/9999", "/year"),
    ])
    func badParametersAre400WithAPointer(path: String, pointer: String) async throws {
        try await withTestApp { app in
            let res = try await get(app, path)
            #expect(res.status == .badRequest)
            let problem = try res.json()
            #expect(problem["type"] as? String == "/problems/validation")
            let errors = problem["errors"] as? [[String: String]]
            #expect(errors?.first?["pointer"] == pointer)
        }
    }

    @Test func aFullYearIsAllowedAndUnknownOfficeIs404() async throws {
        try await withTestApp { app in
            let year = try await get(app, "/api/v1/offices/riga-1/hours?from=2026-01-01&to=2026-12-31")
            #expect(try (year.json()["days"] as? [Any])?.count == 365)
            let leap = try await get(app, "/api/v1/offices/riga-1/hours?from=2028-01-01&to=2028-12-31")
            #expect(leap.status == .ok)
            let unknown = try await get(app, "/api/v1/offices/atlantis/hours?from=2026-12-21&to=2026-12-22")
            #expect(unknown.status == .notFound)
            #expect(try await get(app, "/api/v1/calendar/abc").status == .badRequest)
        }
    }

    @Test(arguments: TestDB.all)
    func calendar2026AsTheLawGivesIt(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let json = try await get(app, "/api/v1/calendar/2026").json()
            #expect(json["year"] as? Int == 2026)
            #expect(json["daysOff"] as? [String] == ["2026-01-01", "2026-01-02", "2026-04-03", "2026-04-06", "2026-05-01",
                                                     "2026-05-04", "2026-06-22", "2026-06-23", "2026-06-24", "2026-11-18",
                                                     "2026-12-24", "2026-12-25", "2026-12-31"])
            #expect(json["workingSaturdays"] as? [String] == ["2026-01-17", "2026-06-27"])
            #expect(json["shortenedDays"] as? [String] == ["2026-04-02", "2026-04-30", "2026-06-27", "2026-11-17",
                                                          "2026-12-23", "2026-12-30"])
            let holidays = try #require(json["holidays"] as? [[String: Any]])
            #expect(holidays.count == 15)
            #expect(holidays.contains { $0["date"] as? String == "2026-12-26" })   // a Saturday, listed all the same
        }
    }

    @Test func wrongMethodIs405AndUnknownPathIs404() async throws {
        try await withTestApp { app in
            let res = try await app.testing().sendRequest(.POST, "/api/v1/services")
            #expect(res.status == .methodNotAllowed)
            #expect(res.headers.first(name: "Allow") == "GET, HEAD")
            #expect(try res.json()["type"] as? String == "/problems/method-not-allowed")
            let del = try await app.testing().sendRequest(.DELETE, "/api/v1/offices/riga-1/hours")
            #expect(del.status == .methodNotAllowed)
            // `/clients/lookup` is its own resource (POST only), not a client called "lookup".
            let lookup = try await app.testing().sendRequest(.OPTIONS, "/api/v1/clients/lookup")
            #expect(lookup.status == .methodNotAllowed && lookup.headers.first(name: "Allow") == "POST")
            let getLookup = try await app.testing().sendRequest(.GET, "/api/v1/clients/lookup")
            #expect(getLookup.status == .methodNotAllowed)
            let unknown = try await get(app, "/api/v1/bookings-of-the-future")
            #expect(unknown.status == .notFound)
            #expect(unknown.headers.contentType?.description.hasPrefix("application/problem+json") == true)
        }
    }

    @Test(arguments: TestDB.all)
    func healthReportsTheDatabase(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let res = try await get(app, "/health")
            #expect(res.status == .ok)
            #expect(try res.json()["database"] as? String == "ok")
        }
    }

    @Test func healthIs503WhenTheDatabaseIsGone() async throws {
        try await withTestApp(migrate: false, location: .sqlite(path: "/nonexistent-apkalpe-dir/x.sqlite")) { app in
            let res = try await get(app, "/health")
            #expect(res.status == .serviceUnavailable)
            #expect(try res.json()["status"] as? String == "unavailable")
        }
    }

    /// Every route the app serves under /api/v1, and /health, is in the document it publishes —
    /// and the document names nothing the app does not serve.
    @Test func everyRouteIsInTheServedOpenAPIDocument() async throws {
        try await withTestApp { app in
            let res = try await get(app, "/openapi.json")
            #expect(res.status == .ok)
            let doc = try res.json()
            #expect(doc["openapi"] as? String == "3.1.0")
            let paths = try #require(doc["paths"] as? [String: [String: Any]])
            var served = Set<String>()
            for route in app.routes.all {
                let path = "/" + route.path.map { c -> String in
                    if case .parameter(let name) = c { return "{\(name)}" }
                    return c.description
                }.joined(separator: "/")
                guard path.hasPrefix("/api/v1") || path == "/health" else { continue }
                served.insert("\(route.method.rawValue.lowercased()) \(path)")
            }
            var documented = Set<String>()
            for (path, operations) in paths {
                for method in operations.keys where ["get", "post", "put", "patch", "delete"].contains(method) {
                    documented.insert("\(method) \(path)")
                }
            }
            #expect(served == documented)
            #expect(served.contains("get /api/v1/calendar/{year}"))
            let yaml = try await get(app, "/openapi.yaml")
            #expect(yaml.text.hasPrefix("openapi: 3.1.0"))
        }
    }
}

@Suite("Settings from the environment")
struct SettingsTests {
    @Test func clockStartsAtTheGivenInstantOutsideProduction() throws {
        let s = try AppSettings.fromEnvironment(["APKALPE_CLOCK": "2026-12-21T10:00:00+02:00"])
        let drift = abs(s.clock.now().timeIntervalSince(testNow))
        #expect(drift < 5)
        #expect(RigaTime.rfc3339(s.clock.now()).hasPrefix("2026-12-21T10:00:"))
    }

    @Test func clockIsRefusedInProduction() {
        #expect(throws: AppSettings.Problem.self) {
            try AppSettings.fromEnvironment(["APKALPE_CLOCK": "2026-12-21T10:00:00+02:00", "APKALPE_ENV": "production"])
        }
        #expect(throws: AppSettings.Problem.self) { try AppSettings.fromEnvironment(["APKALPE_CLOCK": "yesterday"]) }
    }

    /// Issue 16, item 5: how long a kiosk's ticket stays, within sensible bounds.
    @Test func aKioskReturnsToItsStartAfterTheConfiguredSeconds() throws {
        #expect(try AppSettings.fromEnvironment([:]).kioskReturnSeconds == 20)
        #expect(try AppSettings.fromEnvironment(["APKALPE_KIOSK_RETURN_SECONDS": "45"]).kioskReturnSeconds == 45)
        for bad in ["2", "601", "soon"] {
            #expect(throws: AppSettings.Problem.self) { try AppSettings.fromEnvironment(["APKALPE_KIOSK_RETURN_SECONDS": bad]) }
        }
    }

    @Test func rigaOffsetsFollowSummerTime() {
        #expect(RigaTime.rfc3339(RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(9, 0))) == "2026-12-21T09:00:00+02:00")
        #expect(RigaTime.rfc3339(RigaTime.instant(LocalDate(2026, 7, 1), TimeOfDay(9, 0))) == "2026-07-01T09:00:00+03:00")
        #expect(RigaTime.date(of: RigaTime.parse("2026-12-31T23:30:00Z")!) == LocalDate(2027, 1, 1))
    }
}
