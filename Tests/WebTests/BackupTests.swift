import Domain
import Fluent
import Foundation
import SQLiteNIO
@testable import Storage
import Synchronization
import Testing
import TestSupport
import VaporTesting
@testable import Web
@testable import Wiring

/// Issue 18, item 3: `apkalpe backup` and `apkalpe restore` on SQLite. (The built binary is run
/// the same way beside a running server by `scripts/smoke-serve`.)
@Suite("Backups of an SQLite installation")
struct BackupTests {
    /// A fresh SQLite file's path for this test (kept until the test process ends).
    static func freshPath() async throws -> String {
        let (location, _) = try await TestDB.sqlite.freshLocation()
        guard case .sqlite(let path) = location else { throw StorageError.configuration("not SQLite") }
        return path
    }

    static func bookingBody(_ n: Int) -> String {
        // Riga 3's passport desks: four seats every ten minutes on Tuesday 2026-12-22.
        let slot = RigaTime.instant(LocalDate(2026, 12, 22), TimeOfDay(9, 0)).addingTimeInterval(Double(n / 4) * 600)
        return BookingAPITests.body(code: String(format: "32%09d", n), start: RigaTime.rfc3339(slot),
                                    phone: String(format: "2%07d", n))
    }

    /// Eight clients booking one seat after another until the first 40 slots are full.
    final class Rush: Sendable {
        struct Confirmed: Sendable { let code: String, token: String, at: ContinuousClock.Instant }
        let confirmed = Mutex<[Confirmed]>([]), failures = Mutex<[String]>([]), next = Mutex(0)
        let backupBegan = Mutex<ContinuousClock.Instant?>(nil)

        func book(_ app: Application) async throws {
            while true {
                let n = next.withLock { n -> Int in n += 1; return n }
                // 160 bookings fill the first 40 slots exactly; the rush stops there.
                guard n <= 160 else { return }
                let res = try await app.testing().sendRequest(.POST, "/api/v1/bookings", headers: ["Content-Type": "application/json"],
                                                              body: .init(string: BackupTests.bookingBody(n)))
                let at = ContinuousClock.now
                guard res.status == .created, let json = try? res.json(), let code = json["code"] as? String,
                      let token = json["manageToken"] as? String else {
                    failures.withLock { $0.append("\(n): \(res.status) \(res.body.string.prefix(200))") }
                    continue
                }
                confirmed.withLock { $0.append(Confirmed(code: code, token: token, at: at)) }
            }
        }
    }

    /// Bookings run from eight clients; a backup is taken in the middle of the rush; the backup is
    /// restored into a new file and an app started on it finds every booking whose confirmation
    /// arrived before the backup began — by its code and manage token, as the client would.
    @Test func aBackupTakenDuringARushHoldsEveryBookingConfirmedBeforeItBegan() async throws {
        let path = try await Self.freshPath()
        let backup = path + ".backup", restored = try await Self.freshPath()
        let rush = Rush()
        var summary: SQLiteBackup.Summary?
        try await withTestApp(location: .sqlite(path: path), settings: { $0.fairAccess = try! FairAccess.parse("writes=100000/1") }) { app in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<8 {
                    group.addTask { try await rush.book(app) }
                }
                group.addTask {
                    // The backup begins once the rush is well under way, and the rush goes on around it.
                    while rush.confirmed.withLock({ $0.count }) < 40 { try await Task.sleep(for: .milliseconds(2)) }
                    rush.backupBegan.withLock { $0 = ContinuousClock.now }
                    let s = try await SQLiteBackup.backUp(database: path, to: backup)
                    #expect(s.bookings >= 40)
                }
                try await group.waitForAll()
            }
            summary = try await SQLiteBackup.check(backup, as: backup)
        }
        let failures = rush.failures.withLock { $0 }
        #expect(failures.isEmpty, "\(failures)")
        let began = try #require(rush.backupBegan.withLock { $0 })
        let all = rush.confirmed.withLock { $0 }
        let before = all.filter { $0.at < began }
        #expect(before.count >= 40 && all.count == 160)
        #expect((summary?.bookings ?? 0) >= before.count)

        let (kept, restoredSummary) = try await SQLiteBackup.restore(from: backup, to: restored)
        #expect(kept == nil, "nothing was there to keep")
        #expect(restoredSummary.bookings == summary?.bookings)
        try await withTestApp(location: .sqlite(path: restored)) { app in
            for b in before {
                let seen = try await get(app, "/api/v1/bookings/\(b.code)", headers: bearer(b.token))
                #expect(seen.status == .ok, "\(b.code) confirmed before the backup is missing after the restore")
            }
            // Whatever the backup holds is whole: its seats are what its bookings took.
            let res = try await get(app, "/api/v1/offices/riga-3/availability?service=passport&from=2026-12-22&to=2026-12-22")
            let slots = try #require(try res.json()["slots"] as? [[String: Any]])
            let taken = slots.map { 4 - ($0["remaining"] as? Int ?? 4) }.reduce(0, +)
            #expect(taken == restoredSummary.bookings)
        }
    }

    @Test func aRestoreIsRefusedWhileAServerHoldsTheDatabaseAndKeepsTheOldOneAside() async throws {
        let path = try await Self.freshPath(), other = try await Self.freshPath()
        try await withTestApp(location: .sqlite(path: other)) { app in
            let made = try await post(app, "/api/v1/bookings", json: Self.bookingBody(1), headers: [:])
            #expect(made.status == .created)
        }
        try await withTestApp(location: .sqlite(path: path)) { _ in }
        let backup = other + ".backup"
        _ = try await SQLiteBackup.backUp(database: other, to: backup)

        // A server on `path` holds its lock (as `apkalpe serve` does while it runs).
        guard case .held(let server) = ServeLock.shared(for: path) else { Issue.record("the serve lock was not taken"); return }
        await #expect(throws: SQLiteBackup.Problem.held(path)) { try await SQLiteBackup.restore(from: backup, to: path) }
        #expect(try await SQLiteBackup.check(path, as: path).bookings == 0, "the refused restore changed nothing")
        // …and while a restore holds it, no server can start on it.
        server.release()
        guard case .held(let restoring) = ServeLock.take(path, LOCK_EX) else { Issue.record("no exclusive lock"); return }
        if case .busy = ServeLock.shared(for: path) {} else { Issue.record("a server could start during a restore") }
        restoring.release()

        let (kept, summary) = try await SQLiteBackup.restore(from: backup, to: path, now: testNow)
        #expect(summary.bookings == 1)
        #expect(kept == path + ".before-restore-20261221T080000")
        #expect(try await SQLiteBackup.check(try #require(kept), as: "kept").bookings == 0, "the old database, whole")
        #expect(try await SQLiteBackup.check(path, as: path).bookings == 1)
    }

    @Test func aBackupNeverOverwritesAndARestoreTakesOnlyAWholeApkalpeDatabaseOfThisRelease() async throws {
        let path = try await Self.freshPath()
        try await withTestApp(location: .sqlite(path: path)) { _ in }
        let backup = path + ".backup"
        _ = try await SQLiteBackup.backUp(database: path, to: backup)
        await #expect(throws: SQLiteBackup.Problem.outputExists(backup)) { try await SQLiteBackup.backUp(database: path, to: backup) }
        await #expect(throws: SQLiteBackup.Problem.noDatabase(path + ".none")) {
            try await SQLiteBackup.backUp(database: path + ".none", to: path + ".b2")
        }
        #expect(!FileManager.default.fileExists(atPath: path + ".none"), "backing up nothing creates nothing")

        let target = try await Self.freshPath()
        // Not Apkalpe's: an SQLite file without the migration history.
        let foreign = path + ".foreign"
        try await SQLiteBackup.with(foreign) { c in _ = try await c.query("CREATE TABLE notes (t TEXT)") }
        await #expect(throws: SQLiteBackup.Problem.notApkalpe(foreign)) { try await SQLiteBackup.restore(from: foreign, to: target) }
        // Damaged: the backup cut short.
        let data = try Data(contentsOf: URL(fileURLWithPath: backup))
        let cut = path + ".cut"
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: cut))
        await #expect { try await SQLiteBackup.restore(from: cut, to: target) } throws: { error in
            if case .damaged = error as? SQLiteBackup.Problem { return true } else { return false }
        }
        // From a newer release: a migration this one does not know.
        let known = StorageMigrations.all.map(\.name).dropLast()
        await #expect(throws: SQLiteBackup.Problem.newerThanThisRelease(backup, StorageMigrations.all.map(\.name).last ?? "")) {
            try await SQLiteBackup.restore(from: backup, to: target, knownMigrations: Array(known))
        }
        // This test's own files only: other tests back up into the same directory at the same time.
        let mine = [(path as NSString).lastPathComponent, (target as NSString).lastPathComponent]
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: (target as NSString).deletingLastPathComponent)
            .filter { name in mine.contains { name.contains($0) } && (name.contains("restoring") || name.contains("partial")) }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func theCommandsSayWhatTheyDidAndPointPostgreSQLToItsOwnTools() async throws {
        let path = try await Self.freshPath()
        try await withTestApp(location: .sqlite(path: path)) { _ in }
        let out = Mutex<[String]>([]), err = Mutex<[String]>([])
        func run(_ args: [String], _ db: DatabaseLocation) async -> Int32 {
            await BackupCommands.run(args, database: db, print: { s in out.withLock { $0.append(s) } },
                                     error: { s in err.withLock { $0.append(s) } })
        }
        let file = path + ".nightly"
        #expect(await run(["backup", "--output", file], .sqlite(path: path)) == 0)
        #expect(out.withLock { $0.last ?? "" }.contains("schema \(StorageMigrations.all.last?.name ?? "")"))
        #expect(await run(["backup", "--output", file], .sqlite(path: path)) == 1)
        #expect(err.withLock { $0.last ?? "" }.contains("exists already"))
        #expect(await run(["backup"], .sqlite(path: path)) == 64)
        #expect(await run(["restore", "--output", file], .sqlite(path: path)) == 64)
        let url = "postgres://apkalpe:secret@db.example:5432/apkalpe"
        #expect(await run(["backup", "--output", file], .postgres(url: url)) == 2)
        let said = err.withLock { $0.last ?? "" }
        #expect(said.contains("pg_dump --format=custom") && said.contains("pg_restore") && !said.contains("secret"))
        #expect(await run(["restore", "--input", file], .sqlite(path: path)) == 0)
        #expect(out.withLock { $0.last ?? "" }.contains("kept as \(path).before-restore-"))
    }
}
