import Domain
import Fluent
import Foundation
import Storage
import Testing
import TestSupport
import VaporTesting
@testable import Web
import Wiring

@Suite("Shutting down with requests still running")
struct ShutdownTests {
    /// A request that is still being answered when the instance shuts down (a deploy, a
    /// restart) finishes with its answer; the stores and services are taken down after it.
    /// Before, shutdown cleared the services under it and the process stopped on the next read.
    @Test func aRequestRunningAtShutdownFinishes() async throws {
        let (location, cleanup) = try await TestDB.sqlite.freshLocation()
        let app = try await Application.make(.testing)
        app.logger.logLevel = .error
        var settings = AppSettings(clock: FixedClock(testNow))
        settings.bcryptCost = 4
        try configure(app, database: location, settings: settings)
        try await DatabaseSetup.prepare(databases: app.databases, logger: app.logger, on: app.eventLoopGroup.any(), seed: true)
        let started = AsyncStream<Void>.makeStream()
        app.get("test-slow") { req async throws -> String in
            started.continuation.yield()
            try await Task.sleep(for: .milliseconds(400))
            // Reads what shutdown used to have cleared already.
            return "\(req.today) \(try await req.stores.reference.offices().count)"
        }
        let tester = try app.testing()
        let answer = Task { try await tester.sendRequest(.GET, "/test-slow") }
        var iterator = started.stream.makeAsyncIterator()
        _ = await iterator.next()
        let began = ContinuousClock.now
        try await app.asyncShutdown()
        let waited = ContinuousClock.now - began
        let response = try await answer.value
        #expect(response.status == .ok)
        #expect(response.body.string.hasPrefix("2026-12-21 "))
        #expect(waited >= .milliseconds(300), "shutdown waited for the request")
        #expect(waited < .seconds(10))
        await cleanup()
    }
}
