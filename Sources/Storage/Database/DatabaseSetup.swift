import Domain
import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import SQLKit

/// Registers the database, and migrates and seeds it safely.
public enum DatabaseSetup {
    /// Registers the configured database as the default one.
    public static func register(_ location: DatabaseLocation, on databases: Databases) throws {
        switch location {
        case .sqlite(let path):
            databases.use(.sqlite(.file(path), maxConnectionsPerEventLoop: 1, sqlLogLevel: .trace), as: .sqlite)
        case .postgres(let url, let schema):
            var config = try SQLPostgresConfiguration(url: url)
            if let schema { config.searchPath = [schema] }
            // The booking's statements are prepared once per connection (PreparedStatements), and
            // planned for each booking's own values: a generic plan made while a table is nearly
            // empty (a new installation's first morning) scans it whole until the next ANALYZE —
            // measured: database CPU per booking 0.90 ms planned each time, 1.28 ms generic.
            config.coreConfiguration.options.additionalStartupParameters.append(("plan_cache_mode", "force_custom_plan"))
            databases.use(.postgres(configuration: config, maxConnectionsPerEventLoop: 4, sqlLogLevel: .trace), as: .psql)
        }
    }

    /// How long an SQLite connection waits for another's write lock before it answers "busy".
    static let sqliteBusyTimeoutMilliseconds = 2000

    /// SQLiteNIO opens every connection with a busy handler that retries at once, forever. A
    /// connection that met a write lock then spun on a thread of the pool — and when every thread
    /// of the pool was such a spinner, the connection holding the lock never got a thread to
    /// commit on: the process stalled for good (the gate's PostgreSQL stage, issues 14 and 15:
    /// both threads in `btreeBeginTrans` on two files, `busyTimeout` 0). `PRAGMA busy_timeout`
    /// replaces that handler with SQLite's own, which sleeps and gives up after the timeout; the
    /// write then fails "busy" and `writeTransaction` waits without holding a thread. Fluent's
    /// SQLite pool keeps one connection per event loop and never prunes it, so setting it once on
    /// each loop's connection covers them all.
    public static func waitWhenBusy(_ databases: Databases, logger: Logger) async throws {
        for eventLoop in databases.eventLoopGroup.makeIterator() {
            guard let sql = databases.database(logger: logger, on: eventLoop) as? any SQLDatabase,
                  sql.dialect.name == "sqlite" else { return }
            try await sql.raw("PRAGMA busy_timeout = \(unsafeRaw: String(sqliteBusyTimeoutMilliseconds))").run()
        }
    }

    /// An arbitrary constant identifying Apkalpe's migration lock among PostgreSQL advisory locks.
    static let advisoryLockKey: Int64 = 0x41_706B_616C_7065   // "Apkalpe"

    /// Runs pending migrations and the seed. On PostgreSQL both run under a session advisory lock,
    /// so several instances starting together migrate once and the rest wait, then find nothing
    /// to do. On SQLite the file is switched to WAL so readers do not block the writer.
    public static func prepare(databases: Databases, logger: Logger, on eventLoop: any EventLoop,
                               seed: Bool) async throws {
        let db = databases.database(logger: logger, on: eventLoop)!
        try await waitWhenBusy(databases, logger: logger)
        try await withMigrationLock(db) {
            if let sql = db as? any SQLDatabase, sql.dialect.name == "sqlite" {
                try await sql.raw("PRAGMA journal_mode=WAL").run()
            }
            let migrations = Migrations()
            migrations.add(StorageMigrations.all)
            let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: eventLoop)
            try await migrator.setupIfNeeded().get()
            try await migrator.prepareBatch().get()
            if seed { try await ReferenceSeeder().run(on: db) }
        }
    }

    public static func seed(databases: Databases, logger: Logger, on eventLoop: any EventLoop) async throws -> Bool {
        let db = databases.database(logger: logger, on: eventLoop)!
        return try await withMigrationLock(db) { try await ReferenceSeeder().run(on: db) }
    }

    static func withMigrationLock<T: Sendable>(_ db: any Database, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        guard let sql = db as? any SQLDatabase, sql.dialect.name == "postgresql" else { return try await body() }
        // Session-level lock held on one dedicated connection while the work uses the pool.
        let key = advisoryLockKey
        return try await db.withConnection { conn in
            conn.eventLoop.makeFutureWithTask {
                let lockSQL = try conn.sql()
                try await lockSQL.raw("SELECT pg_advisory_lock(\(literal: key))").run()
                do {
                    let result = try await body()
                    try await lockSQL.raw("SELECT pg_advisory_unlock(\(literal: key))").run()
                    return result
                } catch {
                    try? await lockSQL.raw("SELECT pg_advisory_unlock(\(literal: key))").run()
                    throw error
                }
            }
        }.get()
    }

    /// Creates or drops a PostgreSQL schema through a short-lived connection of its own, so that
    /// tests (or a side-by-side trial) can have an isolated set of tables.
    public static func createSchema(_ name: String, url: String, create: Bool) async throws {
        let databases = Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton)
        databases.use(.postgres(configuration: try SQLPostgresConfiguration(url: url), maxConnectionsPerEventLoop: 1),
                      as: .psql)
        guard let db = databases.database(logger: Logger(label: "apkalpe.schema"),
                                          on: MultiThreadedEventLoopGroup.singleton.any()) else {
            await databases.shutdownAsync()
            throw StorageError.configuration("no PostgreSQL database at \(url.prefix { $0 != "@" })…")
        }
        let sql: any SQLDatabase
        do { sql = try db.sql() } catch { await databases.shutdownAsync(); throw error }
        do {
            if create {
                try await sql.raw("CREATE SCHEMA IF NOT EXISTS \(ident: name)").run()
            } else {
                try await sql.raw("DROP SCHEMA IF EXISTS \(ident: name) CASCADE").run()
            }
        } catch {
            await databases.shutdownAsync()
            throw error
        }
        await databases.shutdownAsync()
    }

    /// `SELECT 1` — for `/health`.
    public static func ping(_ db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.raw("SELECT 1").run()
    }
}
