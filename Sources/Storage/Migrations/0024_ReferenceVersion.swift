import Fluent
import Foundation
import SQLKit

/// Issue 17, item 1: reference data is served from memory, and this one-row counter says when the
/// memory is old. Every write to a reference table raises it in its own transaction
/// (`Database.referenceWrite`), so a reader that sees the same number has the same data.
struct ReferenceVersionTable: AsyncMigration {
    var name: String { "0024_ReferenceVersion" }

    func prepare(on db: any Database) async throws {
        let sql = try db.sql()
        try await sql.create(table: ReferenceVersion.table)
            .column("id", type: .int, .primaryKey(autoIncrement: false))
            .column("version", type: .bigint, .notNull)
            .run()
        try await sql.insert(into: ReferenceVersion.table).columns("id", "version").values(SQLBind(1), SQLBind(Int64(1))).run()
    }

    func revert(on db: any Database) async throws {
        try await db.sql().drop(table: ReferenceVersion.table).ifExists().run()
    }
}
