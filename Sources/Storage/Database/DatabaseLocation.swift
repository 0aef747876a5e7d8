import Domain
import Foundation

/// Where the data lives, from `DATABASE_URL`: unset → `apkalpe.sqlite` in the working
/// directory; `sqlite:///abs/path` → another SQLite file; `postgres://…` → PostgreSQL.
public enum DatabaseLocation: Equatable, Sendable {
    case sqlite(path: String)
    /// `schema` puts every table in that PostgreSQL schema (tests give each run its own).
    case postgres(url: String, schema: String? = nil)

    public static let defaultSQLiteFile = "apkalpe.sqlite"

    public init(environmentValue: String?) throws {
        guard let value = environmentValue?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
            self = .sqlite(path: Self.defaultSQLiteFile)
            return
        }
        if value.hasPrefix("postgres://") || value.hasPrefix("postgresql://") {
            self = .postgres(url: value)
        } else if value.hasPrefix("sqlite://") {
            let path = String(value.dropFirst("sqlite://".count))
            guard !path.isEmpty else { throw StorageError.configuration("DATABASE_URL sqlite:// needs a file path") }
            self = .sqlite(path: path)
        } else {
            throw StorageError.configuration("DATABASE_URL must start with postgres:// or sqlite://")
        }
    }

    public var isPostgres: Bool { if case .postgres = self { return true } else { return false } }

    /// For logs: never the password.
    public var redacted: String {
        switch self {
        case .sqlite(let path): return "sqlite://\(path)"
        case .postgres(let url, _):
            guard var c = URLComponents(string: url) else { return "postgres://…" }
            if c.password != nil { c.password = "***" }
            return c.string ?? "postgres://…"
        }
    }
}
