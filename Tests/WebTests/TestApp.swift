import Domain
import Foundation
import Storage
import Testing
import VaporTesting
@testable import Web

/// The databases the web suite runs on: SQLite always, PostgreSQL when `DATABASE_URL` is set.
enum TestDB: String, CaseIterable, CustomStringConvertible, Sendable {
    case sqlite, postgres
    var description: String { rawValue }

    static var postgresURL: String? {
        guard let url = ProcessInfo.processInfo.environment["DATABASE_URL"],
              url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else { return nil }
        return url
    }
    static var all: [TestDB] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }
}

/// 2026-12-21 10:00 in Riga: the Monday before Christmas, so the next days hold a shortened
/// day and holidays.
let testNow = RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(10, 0))

/// Runs `body` against a configured app on a fresh, migrated and seeded database.
func withTestApp(_ db: TestDB = .sqlite, clock: any AppClock = FixedClock(testNow), migrate: Bool = true,
                 location override: DatabaseLocation? = nil, settings adjust: (inout AppSettings) -> Void = { _ in },
                 _ body: (Application) async throws -> Void) async throws {
    var cleanup: @Sendable () async -> Void = {}
    let location: DatabaseLocation
    if let override {
        location = override
    } else {
        switch db {
        case .sqlite:
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("apkalpe-web-\(UUID()).sqlite").path
            location = .sqlite(path: path)
            cleanup = { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
        case .postgres:
            let url = TestDB.postgresURL!
            let schema = "w_" + String(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20))
            try await DatabaseSetup.createSchema(schema, url: url, create: true)
            location = .postgres(url: url, schema: schema)
            cleanup = { try? await DatabaseSetup.createSchema(schema, url: url, create: false) }
        }
    }
    let app = try await Application.make(.testing)
    app.logger.logLevel = .warning
    do {
        var settings = AppSettings(database: location, clock: clock)
        settings.bcryptCost = 4        // as the test users' hashes: fast, and the same cost for the dummy
        adjust(&settings)
        try configure(app, settings: settings)
        if migrate {
            try await DatabaseSetup.prepare(databases: app.databases, logger: app.logger,
                                            on: app.eventLoopGroup.any(), seed: true)
        }
        try await body(app)
    } catch {
        try? await app.asyncShutdown()
        await cleanup()
        throw error
    }
    try await app.asyncShutdown()
    await cleanup()
}

extension TestingHTTPResponse {
    var text: String { body.getString(at: body.readerIndex, length: body.readableBytes) ?? "" }
    func json() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}

func get(_ app: Application, _ path: String, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
    try await app.testing().sendRequest(.GET, path, headers: headers)
}
