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

    /// Where a test app on `location` keeps attachments: beside a SQLite file, in the run's
    /// directory for a PostgreSQL schema (so tests never write into the working directory).
    public static func filesDirectory(for location: DatabaseLocation) throws -> String {
        switch location {
        case .sqlite(let path): return path + ".files"
        case .postgres(_, let schema): return try TestRunDirectory.shared.path + "/files-" + (schema ?? "public")
        }
    }

    /// A fresh, isolated location for one test.
    public func freshLocation() async throws -> (DatabaseLocation, cleanup: @Sendable () async -> Void) {
        switch self {
        case .sqlite:
            let path = try TestRunDirectory.shared.path + "/\(UUID().uuidString).sqlite"
            // The database file itself stays until the test process ends (TestRunDirectory):
            // only its attachments are removed now.
            return (.sqlite(path: path), {
                try? FileManager.default.removeItem(atPath: path + ".files")
            })
        case .postgres:
            guard let url = Self.postgresURL else { throw StorageError.configuration("DATABASE_URL is not PostgreSQL") }
            let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
            try await DatabaseSetup.createSchema(String(schema), url: url, create: true)
            let location = DatabaseLocation.postgres(url: url, schema: String(schema))
            let files = try Self.filesDirectory(for: location)
            return (location, {
                try? await DatabaseSetup.createSchema(String(schema), url: url, create: false)
                try? FileManager.default.removeItem(atPath: files)
            })
        }
    }
}

/// An open database ("an instance") on a location, migrated and seeded unless told otherwise.
public final class TestInstance: Sendable {
    public let databases: Databases
    public let location: DatabaseLocation
    public let logger: Logger = { var l = Logger(label: "apkalpe.test"); l.logLevel = .warning; return l }()

    public init(_ location: DatabaseLocation) throws {
        self.location = location
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

/// Where this test process keeps its SQLite files: one directory per process, removed when the
/// process exits, and left-overs of processes that died removed when the next one starts.
///
/// Why not delete each test's file when the test ends: a connection still leased at shutdown is
/// closed only when it is returned to the pool (AsyncKit's `EventLoopConnectionPool.close`),
/// so a file could be unlinked while open. SQLite's unix VFS knows a file by device and inode;
/// a new test's file that got the reused inode then shared the old file's WAL index, and the
/// gate saw both SQLite threads spin in `walTryBeginRead` for half an hour
/// (sqlite.org/howtocorrupt.html §2.4). Files that are never unlinked during the run cannot be
/// confused.
public final class TestRunDirectory: Sendable {
    public static let shared = TestRunDirectory()
    private static let prefix = "apkalpe-test-run-"
    private let result: Result<String, any Error>

    private init() {
        let temporary = NSTemporaryDirectory()
        Self.removeLeftOvers(in: temporary)
        let path = temporary + Self.prefix + String(getpid())
        do {
            try? FileManager.default.removeItem(atPath: path)
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            result = .success(path)
            TestRunDirectory.removeAtExit = strdup(path)
            atexit {
                guard let path = TestRunDirectory.removeAtExit else { return }
                try? FileManager.default.removeItem(atPath: String(cString: path))
            }
        } catch {
            result = .failure(error)
        }
    }

    public var path: String { get throws { try result.get() } }

    /// Read once by the exit handler, which cannot capture anything.
    nonisolated(unsafe) private static var removeAtExit: UnsafeMutablePointer<CChar>?

    /// Directories of test processes that no longer run (a crashed or killed run).
    private static func removeLeftOvers(in temporary: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: temporary) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(atPath: temporary + name)
            }
        }
    }
}
