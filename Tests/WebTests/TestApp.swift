import Domain
import Fluent
import Foundation
import Storage
import Testing
import TestSupport
import VaporTesting
@testable import Web
import Wiring

/// The web suite's databases are the shared helper's (TestSupport).
typealias TestDB = TestDatabase

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
        (location, cleanup) = try await db.freshLocation()
    }
    let app = try await Application.make(.testing)
    app.logger.logLevel = .warning
    do {
        var settings = AppSettings(clock: clock)
        settings.bcryptCost = 4        // as the test users' hashes: fast, and the same cost for the dummy
        settings.filesDirectory = try TestDB.filesDirectory(for: location)
        adjust(&settings)
        try configure(app, database: location, settings: settings)
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
