import Fluent
import Foundation
import SQLKit

/// The reference data's version (migration 0024): read before a snapshot is trusted, raised by
/// every write to the reference tables in that write's transaction.
enum ReferenceVersion {
    static let table = "reference_version"

    static func read(_ db: any Database) async throws -> Int64 {
        struct Row: Decodable { let version: Int64 }
        return try await db.sql().select().column("version").from(table).where("id", .equal, 1).first(decoding: Row.self)?.version ?? 0
    }

    static func bump(_ db: any Database) async throws {
        let sql = try db.sql()
        try await sql.update(table).set(SQLIdentifier("version"), to: SQLRaw("version + 1")).where("id", .equal, 1).run()
        if sql.dialect.name == "postgresql" {
            // Every instance listening on this schema's channel rechecks (delivered only on commit).
            try await sql.raw("SELECT pg_notify(\(literal: ReferenceChannel.prefix) || current_schema(), '')").run()
        }
    }
}

extension Database {
    /// A write to reference data: the write transaction, with the version raised inside it so no
    /// reader can see the new rows under the old number.
    func referenceWrite<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        let result = try await writeTransaction { tx in
            let result = try await body(tx)
            try await ReferenceVersion.bump(tx)
            return result
        }
        ReferenceChanges.noted()        // committed: this process's next read checks the version
        return result
    }
}

/// Reference changes between instances on PostgreSQL: one channel per schema, named from the
/// schema the writing connection uses (its `current_schema()`), so test schemas never hear each other.
public enum ReferenceChannel {
    static let prefix = "apkalpe_reference_"
    public static func name(schema: String?) -> String {
        prefix + (schema ?? "public").filter { $0.isLetter || $0.isNumber || $0 == "_" }
    }
}
