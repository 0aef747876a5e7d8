import Fluent
import Foundation
import FluentSQLiteDriver
import SQLKit

extension Database {
    /// A transaction that waits for another process's writer on SQLite instead of failing (issue
    /// 13, defect 2: `apkalpe user add` beside a busy `serve` answered "database is locked").
    /// SQLite's busy handler cannot help a deferred transaction that read first and then finds the
    /// file written by someone else (its snapshot is stale: SQLITE_BUSY at once, by design), so the
    /// whole transaction — rolled back, nothing kept — is run again, with growing pauses, for up to
    /// `patience`. PostgreSQL and nested transactions run as they are.
    func writeTransaction<T: Sendable>(patience: TimeInterval = 5,
                                       _ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        guard !inTransaction, (self as? any SQLDatabase)?.dialect.name == "sqlite" else { return try await transaction(body) }
        let deadline = Date().addingTimeInterval(patience)
        var pause: UInt64 = 5_000_000
        while true {
            do {
                return try await transaction(body)
            } catch let error as SQLiteError where Self.isBusy(error) && Date() < deadline {
                try await Task.sleep(nanoseconds: pause + UInt64.random(in: 0...pause))
                pause = min(pause * 2, 200_000_000)
            }
        }
    }

    /// SQLITE_BUSY and its extended codes (a stale WAL snapshot reports `busyInSnapshot`).
    static func isBusy(_ error: SQLiteError) -> Bool {
        [.busy, .busyInRecovery, .busyInSnapshot, .busyTimeout, .locked].contains(error.reason)
    }
}
