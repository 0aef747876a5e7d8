import Fluent
import Foundation
import NIOCore
import SQLKit
import Testing
import TestSupport
@testable import Storage

/// The stall of the gate's PostgreSQL stage (issues 14–15): SQLiteNIO's busy handler retried at
/// once, forever, on a thread of the pool, so two writers waiting for a lock could hold every
/// thread while the lock's holder waited for one. Every connection now waits with SQLite's own
/// handler, for at most the timeout.
@Suite("SQLite connections wait for a lock without holding a thread forever")
struct SQLiteBusyTests {
    @Test func everyConnectionHasTheBusyTimeout() async throws {
        try await withSeededDatabase(.sqlite) { i in
            struct Row: Decodable { let timeout: Int }
            for eventLoop in i.databases.eventLoopGroup.makeIterator() {
                let sql = try #require(i.databases.database(logger: i.logger, on: eventLoop) as? any SQLDatabase)
                let row = try await sql.raw("PRAGMA busy_timeout").first(decoding: Row.self)
                #expect(row?.timeout == DatabaseSetup.sqliteBusyTimeoutMilliseconds)
            }
        }
    }
}
