import Domain
import Fluent
import Foundation
import Logging
import NIOCore
import NIOPosix
import Storage

/// One database helper for every suite that needs a real database (issue 12: it was written
/// twice, as StorageTests' `TestDatabase` and WebTests' `TestDB`).
///
/// The databases every storage test runs on: SQLite always, PostgreSQL when `DATABASE_URL`
/// points at one. Each test gets its own SQLite file or PostgreSQL schema, so tests run in
/// parallel without seeing each other's rows.
public enum TestDatabase: String, CaseIterable, CustomStringConvertible, Sendable {
    case sqlite, postgres

    public var description: String { rawValue }

    public static var postgresURL: String? {
        guard let url = ProcessInfo.processInfo.environment["DATABASE_URL"],
              url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else { return nil }
        return url
    }

    public static var all: [TestDatabase] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    /// A fresh, isolated location for one test.
    public func freshLocation() async throws -> (DatabaseLocation, cleanup: @Sendable () async -> Void) {
        switch self {
        case .sqlite:
            let path = FileManager.default.temporaryDirectory
                .appendingPathComponent("apkalpe-test-\(UUID().uuidString).sqlite").path
            return (.sqlite(path: path), {
                for suffix in ["", "-wal", "-shm", ".files"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            })
        case .postgres:
            guard let url = Self.postgresURL else { throw StorageError.configuration("DATABASE_URL is not PostgreSQL") }
            let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
            try await DatabaseSetup.createSchema(String(schema), url: url, create: true)
            return (.postgres(url: url, schema: String(schema)), {
                try? await DatabaseSetup.createSchema(String(schema), url: url, create: false)
                try? FileManager.default.removeItem(atPath: NSTemporaryDirectory() + "apkalpe-files-" + schema)
            })
        }
    }
}

/// An open database ("an instance") on a location, migrated and seeded unless told otherwise.
public final class TestInstance: Sendable {
    public let databases: Databases
    public let logger: Logger = { var l = Logger(label: "apkalpe.test"); l.logLevel = .warning; return l }()

    public init(_ location: DatabaseLocation) throws {
        databases = Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton)
        try DatabaseSetup.register(location, on: databases)
    }

    public var eventLoop: any EventLoop { MultiThreadedEventLoopGroup.singleton.any() }
    /// Registered in `init`, so the database is always there.
    public var db: any Database { databases.database(logger: logger, on: eventLoop)! }

    public func prepare(seed: Bool = true) async throws {
        try await DatabaseSetup.prepare(databases: databases, logger: logger, on: eventLoop, seed: seed)
    }

    public func shutdown() async { await databases.shutdownAsync() }
}

/// Runs `body` against a migrated, seeded database of `kind`, then removes it.
public func withSeededDatabase(_ kind: TestDatabase, _ body: (TestInstance) async throws -> Void) async throws {
    let (location, cleanup) = try await kind.freshLocation()
    let instance = try TestInstance(location)
    do {
        try await instance.prepare()
        try await body(instance)
    } catch {
        await instance.shutdown()
        await cleanup()
        throw error
    }
    await instance.shutdown()
    await cleanup()
}
