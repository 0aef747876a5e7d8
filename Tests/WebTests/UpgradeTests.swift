import Domain
import Fluent
import Foundation
import SQLKit
import Storage
import Testing
import TestSupport
import VaporTesting
@testable import Web

/// Issue 18, item 4: a database written by an earlier release upgrades to this one with every row
/// and relation intact, on both databases. The fixtures (`Tests/Fixtures/upgrade/VERSION.json`,
/// made by `scripts/make-upgrade-fixture` from that release's own code and API) hold every row of
/// every table with its column types; the release's schema is built here by the project's own
/// migrations of the time (never edited once released), the rows are loaded, and the current
/// migrations run as `serve` runs them.
@Suite("Upgrading a database of an earlier release")
struct UpgradeTests {
    struct Fixture: @unchecked Sendable {
        let release: String
        let migrations: [String]
        let tables: [Table]
        let probes: [String: Any]

        struct Table {
            let name: String
            let columns: [(name: String, type: String)]
            let rows: [[Any]]
        }

        static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/upgrade")

        static var all: [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
                .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
        }

        init(_ release: String) throws {
            let data = try Data(contentsOf: Self.directory.appendingPathComponent("\(release).json"))
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            self.release = try #require(json["release"] as? String)
            migrations = try #require(json["migrations"] as? [String])
            probes = try #require(json["probes"] as? [String: Any])
            tables = try #require(json["tables"] as? [[String: Any]]).map { t in
                let columns = (t["columns"] as? [[String: String]] ?? []).map { ($0["name"] ?? "", $0["type"] ?? "") }
                return Table(name: t["name"] as? String ?? "", columns: columns, rows: t["rows"] as? [[Any]] ?? [])
            }
        }

        func table(_ name: String) -> Table? { tables.first { $0.name == name } }
    }

    /// A fixture's value as the database driver binds it, by the column's PostgreSQL type.
    static func bindable(_ value: Any, type: String) throws -> any Encodable & Sendable {
        struct Unreadable: Error { let value: String, type: String }
        if value is NSNull {
            // A null of the column's own type: PostgreSQL will not put a text null in a uuid column.
            switch type {
            case "uuid": return UUID?.none
            case "timestamp with time zone": return Date?.none
            case "bigint", "integer": return Int?.none
            case "boolean": return Bool?.none
            default: return String?.none
            }
        }
        let number = value as? NSNumber, text = value as? String
        switch type {
        case "uuid": if let text, let id = UUID(uuidString: text) { return id }
        case "timestamp with time zone": if let text, let date = postgresTime(text) { return date }
        case "bigint", "integer": if let number { return number.intValue }
        case "boolean": if let number { return number.boolValue }
        default: if let text { return text }
        }
        throw Unreadable(value: "\(value)", type: type)
    }

    /// `2026-12-21T09:05:00.123456+02:00` (PostgreSQL's JSON for timestamptz), to the microsecond.
    static func postgresTime(_ text: String) -> Date? {
        let m = text.wholeMatch(of: /(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?([+-])(\d{2}):(\d{2})/)
        guard let m, let y = Int(m.1), let mo = Int(m.2), let d = Int(m.3), let h = Int(m.4), let mi = Int(m.5),
              let s = Int(m.6), let oh = Int(m.9), let om = Int(m.10) else { return nil }
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC") ?? .current
        guard let whole = utc.date(from: DateComponents(year: y, month: mo, day: d, hour: h, minute: mi, second: s)) else { return nil }
        let fraction = m.7.flatMap { Double("0" + $0) } ?? 0
        let offset = Double((oh * 60 + om) * 60) * (m.8 == "-" ? -1 : 1)
        return whole.addingTimeInterval(fraction - offset)
    }

    /// The release's schema (its own migrations), then its rows, parents first.
    static func load(_ fixture: Fixture, into instance: TestInstance) async throws {
        let migrations = Migrations()
        let known = StorageMigrations.all.map(\.name)
        for name in fixture.migrations { #expect(known.contains(name), "\(fixture.release)'s migration \(name) is gone from this release") }
        migrations.add(StorageMigrations.all.filter { fixture.migrations.contains($0.name) })
        let migrator = Migrator(databases: instance.databases, migrations: migrations, logger: instance.logger, on: instance.eventLoop)
        try await migrator.setupIfNeeded().get()
        try await migrator.prepareBatch().get()
        let sql = try #require(instance.db as? any SQLDatabase)
        // What the migrations wrote themselves (catalogues seeded by a migration) is in the
        // fixture as the release left it: the tables hold exactly the release's rows.
        for table in fixture.tables.reversed() {
            try await sql.raw("DELETE FROM \(unsafeRaw: "\"\(table.name)\"")").run()
        }
        for table in fixture.tables where !table.rows.isEmpty {
            let columns = table.columns.map { "\"\($0.name)\"" }.joined(separator: ", ")
            // A few hundred values a statement: well inside both databases' limits.
            let perStatement = max(1, 400 / max(1, table.columns.count))
            for start in stride(from: 0, to: table.rows.count, by: perStatement) {
                var query = SQLQueryString("INSERT INTO \"\(table.name)\" (\(columns)) VALUES ")
                for (n, row) in table.rows[start..<min(start + perStatement, table.rows.count)].enumerated() {
                    query += n == 0 ? "(" : ", ("
                    for (i, column) in table.columns.enumerated() {
                        if i > 0 { query += ", " }
                        query += "\(bind: try bindable(row[i], type: column.type))"
                    }
                    query += ")"
                }
                try await sql.raw(query).run()
            }
        }
    }

    /// Every row of the fixture is still there with the same values (columns the release had).
    static func expectEveryRowIntact(_ fixture: Fixture, on db: any Database) async throws {
        let sql = try #require(db as? any SQLDatabase)
        for table in fixture.tables {
            let rows = try await sql.raw("SELECT * FROM \(unsafeRaw: "\"\(table.name)\"")").all()
            #expect(rows.count >= table.rows.count, "\(table.name): \(rows.count) rows after the upgrade, \(table.rows.count) before")
            guard let idIndex = table.columns.firstIndex(where: { $0.name == "id" && $0.type == "uuid" }) else {
                #expect(rows.count == table.rows.count, "\(table.name)")
                continue
            }
            var byID: [UUID: any SQLRow] = [:]
            for row in rows { if let id = try? row.decode(column: "id", as: UUID.self) { byID[id] = row } }
            for old in table.rows {
                guard let id = UUID(uuidString: old[idIndex] as? String ?? ""), let now = byID[id] else {
                    Issue.record("\(fixture.release): \(table.name) row \(old[idIndex]) is gone"); continue
                }
                for (i, column) in table.columns.enumerated() {
                    let before = old[i]
                    let same: Bool
                    switch column.type {
                    case _ where before is NSNull: same = (try? now.decodeNil(column: column.name)) == true
                    case "uuid": same = (try? now.decode(column: column.name, as: UUID.self))?.uuidString.lowercased() == (before as? String)?.lowercased()
                    case "timestamp with time zone":
                        if let a = try? now.decode(column: column.name, as: Date.self), let b = postgresTime(before as? String ?? "") {
                            same = abs(a.timeIntervalSince(b)) < 0.001
                        } else {
                            same = false
                        }
                    case "bigint", "integer": same = (try? now.decode(column: column.name, as: Int.self)) == (before as? NSNumber)?.intValue
                    case "boolean": same = (try? now.decode(column: column.name, as: Bool.self)) == (before as? NSNumber)?.boolValue
                    default: same = (try? now.decode(column: column.name, as: String.self)) == before as? String
                    }
                    if !same { Issue.record("\(fixture.release): \(table.name).\(column.name) of \(id) changed from \(before)") }
                }
            }
        }
    }

    /// Children still find their parents: the foreign keys the schema declares (checked by
    /// PostgreSQL as rows go in, and asked of SQLite), and the links the app follows by value.
    static func expectRelationsIntact(on db: any Database) async throws {
        let sql = try #require(db as? any SQLDatabase)
        if sql.dialect.name == "sqlite" {
            let broken = try await sql.raw("PRAGMA foreign_key_check").all()
            #expect(broken.isEmpty, "\(broken.count) rows whose foreign key finds nothing")
        }
        struct Count: Decodable { let n: Int }
        for (child, link) in [("bookings", "b.client_id NOT IN (SELECT id FROM clients)"),
                              ("queue_entries q", "q.booking_id IS NOT NULL AND q.booking_id NOT IN (SELECT id FROM bookings)"),
                              ("outbox o", "o.booking_id IS NOT NULL AND o.booking_id NOT IN (SELECT id FROM bookings)"),
                              ("case_events e", "e.case_id NOT IN (SELECT id FROM cases)"),
                              ("case_letters l", "l.case_id NOT IN (SELECT id FROM cases)"),
                              ("waitlist_offers w", "w.entry_id NOT IN (SELECT id FROM waitlist_entries)")] {
            let from = child == "bookings" ? "bookings b" : child
            let n = try await sql.raw("SELECT count(*) AS n FROM \(unsafeRaw: from) WHERE \(unsafeRaw: link)").first(decoding: Count.self)?.n
            #expect(n == 0, "\(child): \(n ?? -1) rows point at nothing")
        }
    }

    @Test(arguments: TestDB.all, Fixture.all)
    func aDatabaseOfAnEarlierReleaseUpgradesWithEveryRowAndRelation(db: TestDB, release: String) async throws {
        let fixture = try Fixture(release)
        #expect(fixture.migrations.count < StorageMigrations.all.count, "the fixture is of an earlier schema")
        let (location, cleanup) = try await db.freshLocation()
        let instance = try TestInstance(location)
        do {
            try await Self.load(fixture, into: instance)
            // As `serve` starts on it: the newer migrations, then the seed (which keeps what is there).
            try await instance.prepare(seed: true)
            try await Self.expectEveryRowIntact(fixture, on: instance.db)
            try await Self.expectRelationsIntact(on: instance.db)
        } catch {
            // PostgresNIO hides the server's message from `description`.
            Issue.record("\(String(reflecting: error).prefix(1500))")
            await instance.shutdown(); await cleanup(); throw error
        }
        await instance.shutdown()

        // And the app works on it as its users left it.
        try await withTestApp(db, location: location) { app in
            let bookings = try #require(fixture.probes["bookings"] as? [[String: String]])
            #expect(bookings.count >= 10)
            for probe in bookings {
                let res = try await get(app, "/api/v1/bookings/\(probe["code"] ?? "")", headers: bearer(probe["token"] ?? ""))
                #expect(res.status == .ok, "\(probe["code"] ?? "") with its manage token: \(res.status)")
                #expect(try res.json()["start"] as? String == probe["start"])
                #expect(try res.json()["status"] as? String == probe["status"] ?? "active")
            }
            let staff = try #require(fixture.probes["staffToken"] as? String)
            for client in try #require(fixture.probes["clients"] as? [[String: String]]) {
                let res = try await get(app, "/api/v1/clients/\(client["id"] ?? "")", headers: bearer(staff))
                #expect(res.status == .ok, "client \(client["id"] ?? ""): \(res.status)")
            }
            let cases = try await get(app, "/api/v1/cases", headers: bearer(staff))
            #expect(cases.status == .ok)
            #expect((try cases.json()["items"] as? [Any])?.count == fixture.table("cases")?.rows.count)
            // New work lands beside the old.
            let made = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(code: "32000000555", start: "2026-12-22T15:00:00+02:00",
                                                                                          phone: "20000555"), headers: [:])
            #expect(made.status == .created)
        }
        await cleanup()
    }
}
