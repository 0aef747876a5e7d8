import Foundation
import SQLKit

/// Rows for one table, kept apart from the statement that writes them, so the same rows can be
/// written plainly (`INSERT … VALUES`) or only if a deciding statement said yes (`DecidedWrites`).
struct RowInsert {
    let table: String
    let columns: String
    /// Each row's values, comma-separated, without parentheses.
    let rows: [SQLQueryString]

    init(into table: String, columns: String, rows: [SQLQueryString]) {
        self.table = table
        self.columns = columns
        self.rows = rows
    }

    /// `INSERT INTO table (columns) VALUES (…), (…)`.
    var statement: SQLQueryString {
        let values: [SQLQueryString] = rows.map { "(\($0))" }
        return "INSERT INTO \(unsafeRaw: table) (\(unsafeRaw: columns)) VALUES \(values.joined(separator: ", "))"
    }

    /// One `INSERT … SELECT values FROM cte` per row: it writes its row once if the CTE returned
    /// one row and nothing if it returned none. PostgreSQL types each untyped parameter (a nil)
    /// from its target column, as it does in `VALUES`, because the SELECT is an INSERT's source.
    func gated(by cte: String) -> [SQLQueryString] {
        rows.map { "INSERT INTO \(unsafeRaw: table) (\(unsafeRaw: columns)) SELECT \($0) FROM \(unsafeRaw: cte)" }
    }
}

/// Writes that stand or fall on the first one's answer (issue 17, item 3): the first statement
/// decides (its `RETURNING` rows; none means no), the rest are written only if it said yes.
///
/// On PostgreSQL all of them go as **one statement** — the deciding one as a CTE and every row as
/// a data-modifying CTE that selects from it, so a refusal writes nothing — one round trip, atomic
/// without a transaction around it (foreign keys between the rows are checked at the end of the
/// statement, so a client and its booking may arrive together; a unique index that refuses one
/// row undoes them all). SQLite cannot modify data in a CTE; there the first runs alone and the
/// rest only after a yes, in the caller's transaction — in-process calls, not round trips.
enum DecidedWrites {
    static func run(_ sql: any SQLDatabase, deciding first: SQLQueryString, then rest: [RowInsert],
                    refusal: any Error) async throws -> [any SQLRow] {
        if sql.dialect.name == "postgresql" {
            var statement: SQLQueryString = "WITH decided AS (\(first))"
            for (i, write) in rest.flatMap({ $0.gated(by: "decided") }).enumerated() {
                statement += ", w\(unsafeRaw: String(i)) AS (\(write))"
            }
            statement += " SELECT * FROM decided"
            var rows = try await PreparedStatements.rows(statement, on: sql)
            if rows == nil { rows = try await sql.raw(statement).all() }
            guard let rows, !rows.isEmpty else { throw refusal }
            return rows
        }
        let rows = try await sql.raw(first).all()
        guard !rows.isEmpty else { throw refusal }
        for write in rest { try await sql.raw(write.statement).run() }
        return rows
    }
}
