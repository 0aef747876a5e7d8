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

    /// Issue 18: what `serve` does first on SIGTERM (GracefulStop). The displays' streams end
    /// cleanly, the port closes (a proxy's next connection is refused and goes elsewhere), and a
    /// request already running still gets its answer.
    @Test func stoppingEndsTheStreamsClosesThePortAndFinishesWhatIsRunning() async throws {
        try await withTestApp { app in
            app.get("test-slow") { _ async throws -> String in
                try await Task.sleep(for: .milliseconds(500))
                return "finished"
            }
            // Port 0: the kernel's choice, so no other test's server can have it (freePort can race).
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = try #require(app.http.server.shared.localAddress?.port)
            let display = try EventStreamReader(port: port, path: "/displejs/ogre/events")
            #expect(display.waitFor(": connected", seconds: 20), "\(display.text)")
            let slow = try EventStreamReader(port: port, path: "/test-slow")
            try await Task.sleep(for: .milliseconds(100))
            let stopping = Task { await GracefulStop.stopTakingRequests(app) }
            #expect(display.waitFor("0\r\n\r\n", seconds: 20), "the display's stream ends with its last chunk: \(display.text)")
            var refused = false
            for _ in 0..<200 where !refused {
                refused = (try? EventStreamReader(port: port, path: "/health")) == nil
                if !refused { try await Task.sleep(for: .milliseconds(25)) }
            }
            #expect(refused, "the port still takes connections while stopping")
            #expect(slow.waitFor("finished", seconds: 20), "the running request was cut off: \(slow.text)")
            #expect(slow.text.hasPrefix("HTTP/1.1 200"))
            await stopping.value
            // A display that connects while the instance stops gets an ended stream at once.
            let (_, late) = app.appServices.displayHub.subscribe(office: "ogre")
            var messages = 0
            for await _ in late { messages += 1 }
            #expect(messages == 0)
        }
    }
}
