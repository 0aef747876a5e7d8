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
        try await db.sql().update(table).set(SQLIdentifier("version"), to: SQLRaw("version + 1")).where("id", .equal, 1).run()
    }
}

extension Database {
    /// A write to reference data: the write transaction, with the version raised inside it so no
    /// reader can see the new rows under the old number.
    func referenceWrite<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await writeTransaction { tx in
            let result = try await body(tx)
            try await ReferenceVersion.bump(tx)
            return result
        }
    }
}
