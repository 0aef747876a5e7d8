import Foundation
import SQLKit

/// Writes that stand or fall on the first one's answer (issue 17, item 3): the first statement
/// decides (its `RETURNING` rows; none means no), the rest only make sense if it said yes.
///
/// On PostgreSQL all of them go as **one statement** — data-modifying CTEs, one round trip — and
/// when the first says no, `refusal` is thrown and the caller's transaction rolls the rest back.
/// (Foreign keys between the rows are checked at the end of the statement, so a client and its
/// booking may arrive together.) SQLite cannot modify data in a CTE; there the first runs alone,
/// and the rest only after a yes — in-process calls, not round trips.
enum DecidedWrites {
    static func run(_ sql: any SQLDatabase, deciding first: SQLQueryString, then rest: [SQLQueryString],
                    refusal: any Error) async throws -> [any SQLRow] {
        if sql.dialect.name == "postgresql" {
            var statement: SQLQueryString = "WITH decided AS (\(first))"
            for (i, write) in rest.enumerated() { statement += ", w\(unsafeRaw: String(i)) AS (\(write))" }
            statement += " SELECT * FROM decided"
            let rows = try await sql.raw(statement).all()
            guard !rows.isEmpty else { throw refusal }
            return rows
        }
        let rows = try await sql.raw(first).all()
        guard !rows.isEmpty else { throw refusal }
        for write in rest { try await sql.raw(write).run() }
        return rows
    }
}
