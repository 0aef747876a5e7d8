import Domain
import Fluent
import Foundation
import SQLiteNIO

/// Backups of an SQLite installation (issue 18, item 3): `apkalpe backup --output FILE` and
/// `apkalpe restore --input FILE`. PostgreSQL is backed up with its own tools (`pg_dump`; see
/// docs/operations.md), which know more about it than the app does.
public enum SQLiteBackup {
    /// What a backup or the file to restore holds, as its summary line says.
    public struct Summary: Sendable, Equatable {
        public let bytes: Int64
        public let lastMigration: String
        public let bookings: Int
        public let clients: Int
    }

    public enum Problem: Error, CustomStringConvertible, Equatable {
        case noDatabase(String)
        case outputExists(String)
        case inputMissing(String)
        case notApkalpe(String)
        case damaged(String, String)
        case newerThanThisRelease(String, String)
        case held(String)

        public var description: String {
            switch self {
            case .noDatabase(let p): "there is no database at \(p) to back up"
            case .outputExists(let p): "\(p) exists already; a backup never overwrites a file — give a new name"
            case .inputMissing(let p): "\(p) does not exist"
            case .notApkalpe(let p): "\(p) is not an Apkalpe database (it has no migration history)"
            case .damaged(let p, let why): "\(p) is damaged: \(why)"
            case .newerThanThisRelease(let p, let m):
                "\(p) was written by a newer release (its migration \(m) is unknown to this one); restore it with that release"
            case .held(let p): "a running server holds \(p); stop every `apkalpe serve` on it first, then restore"
            }
        }
    }

    /// A consistent copy of the database at `path`, taken while servers keep writing to it.
    /// `VACUUM INTO` reads the whole database in one read transaction: in WAL mode readers never
    /// block the writer, and the copy is the database as of the moment that transaction began —
    /// every booking confirmed before then is in it. The copy is written beside `output`, checked,
    /// and only then given its name, so `output` is either a whole backup or absent.
    public static func backUp(database path: String, to output: String) async throws -> Summary {
        guard FileManager.default.fileExists(atPath: path) else { throw Problem.noDatabase(path) }
        guard !FileManager.default.fileExists(atPath: output) else { throw Problem.outputExists(output) }
        let partial = output + ".partial-\(UUID.random().uuidString.prefix(8))"
        do {
            try await with(path) { c in
                _ = try await c.query("PRAGMA busy_timeout = 5000")
                _ = try await c.query("VACUUM INTO ?", [.text(partial)])
            }
            let summary = try await check(partial, as: output)
            // link(2) refuses an existing name, so a file made meanwhile is not overwritten either.
            guard link(partial, output) == 0 else { throw Problem.outputExists(output) }
            unlink(partial)
            return summary
        } catch {
            unlink(partial)
            throw error
        }
    }

    /// Puts the backup `input` in place of the database at `path`. Refused while a server holds
    /// `path` (ServeLock) or when `input` is not a whole Apkalpe database this release can run;
    /// the database that was there is kept beside it as `<path>.before-restore-<time>`.
    /// Returns that name (nil when there was none) and what was restored.
    public static func restore(from input: String, to path: String,
                               knownMigrations: [String] = StorageMigrations.all.map(\.name),
                               now: Date = Date()) async throws -> (kept: String?, summary: Summary) {
        guard FileManager.default.fileExists(atPath: input) else { throw Problem.inputMissing(input) }
        let lock: ServeLock
        switch ServeLock.take(path, LOCK_EX) {
        case .held(let l): lock = l
        case .busy: throw Problem.held(path)
        case .cannotOpen(let e): throw Problem.damaged(ServeLock.lockFile(for: path), "cannot be opened (errno \(e))")
        }
        defer { lock.release() }
        let summary = try await check(input, as: input, knownMigrations: knownMigrations)
        let directory = (path as NSString).deletingLastPathComponent
        let incoming = (directory.isEmpty ? "." : directory) + "/.\((path as NSString).lastPathComponent).restoring-\(UUID.random().uuidString.prefix(8))"
        do {
            try copyDurably(input, to: incoming)
            var kept: String?
            if FileManager.default.fileExists(atPath: path) {
                let stamp = ISO8601DateFormatter.string(from: now, timeZone: TimeZone(identifier: "UTC") ?? .current,
                                                        formatOptions: [.withYear, .withMonth, .withDay, .withTime])
                let aside = path + ".before-restore-" + stamp
                // The old database goes aside with its write-ahead log, so it stays whole and readable.
                try FileManager.default.moveItem(atPath: path, toPath: aside)
                if FileManager.default.fileExists(atPath: path + "-wal") {
                    try FileManager.default.moveItem(atPath: path + "-wal", toPath: aside + "-wal")
                }
                kept = aside
            }
            // A log or index left by the old database would be read as the new one's.
            unlink(path + "-wal")
            unlink(path + "-shm")
            guard rename(incoming, path) == 0 else { throw Problem.damaged(path, "could not be put in place (errno \(errno))") }
            return (kept, summary)
        } catch {
            unlink(incoming)
            throw error
        }
    }

    /// Whole (integrity check), Apkalpe's (its migration history) and, when `knownMigrations` is
    /// given, not from a newer release.
    static func check(_ file: String, as name: String, knownMigrations: [String]? = nil) async throws -> Summary {
        do {
            return try await read(file, as: name, knownMigrations: knownMigrations)
        } catch let problem as Problem {
            throw problem
        } catch {
            // SQLite's own refusal ("file is not a database", "database disk image is malformed").
            throw Problem.damaged(name, String(describing: error))
        }
    }

    static func read(_ file: String, as name: String, knownMigrations: [String]?) async throws -> Summary {
        try await with(file) { c in
            let integrity = try await c.query("PRAGMA integrity_check").first?.column("integrity_check")?.string ?? "no answer"
            guard integrity == "ok" else { throw Problem.damaged(name, integrity) }
            let tables = try await c.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_fluent_migrations'")
            guard !tables.isEmpty else { throw Problem.notApkalpe(name) }
            let names = try await c.query("SELECT name FROM _fluent_migrations ORDER BY name").compactMap { $0.column("name")?.string }
            if let knownMigrations, let unknown = names.first(where: { !knownMigrations.contains($0) }) {
                throw Problem.newerThanThisRelease(name, unknown)
            }
            func count(_ table: String) async throws -> Int {
                let exists = try await c.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [.text(table)])
                guard !exists.isEmpty else { return 0 }
                return try await c.query("SELECT count(*) AS n FROM \(table)").first?.column("n")?.integer ?? 0
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.int64Value ?? 0
            return Summary(bytes: size, lastMigration: names.last ?? "", bookings: try await count("bookings"),
                           clients: try await count("clients"))
        }
    }

    static func with<T: Sendable>(_ path: String, _ body: (SQLiteConnection) async throws -> T) async throws -> T {
        let connection = try await SQLiteConnection.open(storage: .file(path: path))
        do {
            let result = try await body(connection)
            try await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// Copies and flushes to disk before the copy is given the database's name.
    static func copyDurably(_ source: String, to target: String) throws {
        try FileManager.default.copyItem(atPath: source, toPath: target)
        let fd = open(target, O_RDONLY)
        guard fd >= 0 else { throw Problem.damaged(target, "cannot be opened (errno \(errno))") }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw Problem.damaged(target, "cannot be written to disk (errno \(errno))") }
    }
}

/// The lock every `apkalpe serve` on an SQLite file holds while it runs (a shared `flock` on
/// `<file>.lock`): several servers may share a file, and a restore — which needs it exclusively —
/// is refused while any of them runs. The kernel drops the lock when the process ends, however it ends.
public final class ServeLock: Sendable {
    let fd: Int32

    init(fd: Int32) { self.fd = fd }

    public static func lockFile(for database: String) -> String { database + ".lock" }

    public enum Taken: Sendable {
        case held(ServeLock)
        /// Another process holds it the other way: a server (for a restore) or a restore (for a server).
        case busy
        case cannotOpen(Int32)
    }

    /// Taken by `serve` for as long as it runs.
    public static func shared(for database: String) -> Taken { take(database, LOCK_SH) }

    static func take(_ database: String, _ kind: Int32) -> Taken {
        let fd = open(lockFile(for: database), O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return .cannotOpen(errno) }
        guard flock(fd, kind | LOCK_NB) == 0 else {
            close(fd)
            return .busy
        }
        return .held(ServeLock(fd: fd))
    }

    public func release() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
