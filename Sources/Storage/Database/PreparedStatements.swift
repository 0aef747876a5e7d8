import Domain
import FluentPostgresDriver
import Foundation
import PostgresKit
import PostgresNIO
import SQLKit

/// The booking's statements as named prepared statements on PostgreSQL (issue 17, item 3:
/// "prepared statements"). Sent the ordinary way, each is parsed, analysed and planned again for
/// every booking — about a third of the database's CPU for a booking. Prepared once on each
/// pooled connection, later bookings send only the parameters.
///
/// The text is the statement SQLKit writes for PostgreSQL from the same `SQLQueryString` SQLite
/// runs, so the SQL has one source. PostgresNIO names and prepares a statement from its type's
/// static `name` and `sql`, read while `execute` is called; a task-local value gives them this
/// statement's text for the duration of that call. The name is a digest of the text and of each
/// parameter's type (a null leaves its type to the server), so a statement prepared with one set
/// of types is never executed with another.
enum PreparedStatements {
    struct Current: Sendable {
        let name: String
        let sql: String
    }

    @TaskLocal static var current: Current?

    struct Statement: PostgresPreparedStatement {
        typealias Row = PostgresRow
        static var name: String { PreparedStatements.current?.name ?? "" }
        static var sql: String { PreparedStatements.current?.sql ?? "" }
        let bindings: PostgresBindings
        func makeBindings() throws -> PostgresBindings { bindings }
        func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
    }

    /// The rows of `query` run as a prepared statement when `sql` is PostgreSQL and every
    /// parameter is of a kind encoded here; nil otherwise, for the caller to run it plainly.
    static func rows(_ query: SQLQueryString, on sql: any SQLDatabase) async throws -> [any SQLRow]? {
        guard sql.dialect.name == "postgresql", let postgres = sql as? any PostgresDatabase else { return nil }
        let (text, binds) = sql.serialize(query)
        var bindings = PostgresBindings(capacity: binds.count)
        var signature = ""
        for bind in binds {
            guard let kind = append(bind, to: &bindings) else { return nil }
            signature.append(kind)
        }
        let name = "apk_" + SecretToken.hash(signature + "\n" + text).prefix(40)
        let statement = Statement(bindings: bindings), current = Current(name: name, sql: text)
        let logger = sql.logger
        return try await postgres.withConnection { connection in
            connection.eventLoop.makeFutureWithTask {
                // The connection's callback runs outside this task: the statement's text is set
                // again for the `execute` call, which reads its name and text.
                try await $current.withValue(current) {
                    var rows: [PostgresRow] = []
                    for try await row in try await connection.execute(statement, logger: logger) { rows.append(row) }
                    return rows
                }
            }
        }.get().map { $0.sql() }
    }

    /// Appends one parameter as PostgresKit would encode it; its type letter, or nil for a kind
    /// not handled here.
    static func append(_ value: any Encodable & Sendable, to bindings: inout PostgresBindings) -> Character? {
        switch value {
        case let v as String: bindings.append(v); return "s"
        case let v as UUID: bindings.append(v); return "u"
        case let v as Int: bindings.append(v); return "i"
        case let v as Int64: bindings.append(v); return "l"
        case let v as Bool: bindings.append(v); return "b"
        case let v as Date: bindings.append(v); return "d"
        default:
            // An optional without a value: a null whose type the server takes from its place.
            let mirror = Mirror(reflecting: value)
            guard mirror.displayStyle == .optional, mirror.children.isEmpty else { return nil }
            bindings.appendNull()
            return "n"
        }
    }
}
