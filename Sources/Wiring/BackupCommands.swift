import Foundation
import Storage

/// `apkalpe backup --output FILE` and `apkalpe restore --input FILE` (issue 18, item 3). They
/// work on the database file alone — no migration, no seed, no server — so a backup never writes
/// to the database it copies, and a restore never opens the one it replaces.
enum BackupCommands {
    static let commands: Set<String> = ["backup", "restore"]

    static let usage = """
    usage:
      apkalpe backup --output FILE    a consistent copy of the SQLite database, taken while servers run
      apkalpe restore --input FILE    put a backup in place of the SQLite database (no server may hold it);
                                      the database that was there is kept beside it
    On PostgreSQL use pg_dump and pg_restore (docs/operations.md, Backups).
    """

    /// What to do instead on PostgreSQL: its own tools, with the URL left in the environment (it
    /// may hold a password, so it is not printed).
    static let postgresPointer = """
    PostgreSQL is backed up with its own tools, which take a consistent copy while servers run:
      pg_dump --format=custom --file=FILE "$DATABASE_URL"
    and restored into an empty database (then `apkalpe migrate` if the release is newer) with:
      pg_restore --no-owner --exit-on-error --dbname="$DATABASE_URL" FILE
    See docs/operations.md, Backups.
    """

    /// Returns the exit status: 0 done, 1 refused or failed (the reason on standard error), 2 on
    /// PostgreSQL (nothing was backed up — a nightly job must notice), 64 a command line it cannot read.
    static func run(_ args: [String], database: DatabaseLocation, print: (String) -> Void = { Swift.print($0) },
                    error complain: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) async -> Int32 {
        guard let command = args.first, commands.contains(command) else { complain(usage); return 64 }
        let options: AdminCLI.Options
        let file: String
        do {
            options = try AdminCLI.Options(args.dropFirst())
            let key = command == "backup" ? "output" : "input"
            try options.check(allowed: [key])
            file = try options.one(key)
        } catch {
            complain("apkalpe: \(error)\n\(usage)")
            return 64
        }
        guard case .sqlite(let path) = database else {
            complain("apkalpe: \(command) works on SQLite. \(postgresPointer)")
            return 2
        }
        do {
            if command == "backup" {
                let s = try await SQLiteBackup.backUp(database: path, to: file)
                print("backed up \(path) to \(file): \(describe(s))")
            } else {
                let (kept, s) = try await SQLiteBackup.restore(from: file, to: path)
                print("restored \(file) into \(path): \(describe(s))"
                      + (kept.map { "; the database that was there is kept as \($0)" } ?? ""))
            }
            return 0
        } catch {
            complain("apkalpe: \(error)")
            return 1
        }
    }

    static func describe(_ s: SQLiteBackup.Summary) -> String {
        "\(s.bytes) bytes, schema \(s.lastMigration), \(s.bookings) bookings, \(s.clients) clients"
    }
}
