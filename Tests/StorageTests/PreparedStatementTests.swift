import Domain
import Fluent
import Foundation
import SQLKit
import Testing
import TestSupport
@testable import Storage

/// The booking's statements run prepared on PostgreSQL (issue 17): the same values come back as
/// from a plain statement, whatever mix of nulls and values a statement gets from call to call,
/// and the statement is kept by the server's session.
@Suite("Prepared statements on PostgreSQL")
struct PreparedStatementTests {
    @Test(arguments: TestDatabase.all)
    func valuesComeBackAsTheyWentAndNullsNeverFixAType(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let sql = try instance.db.sql()
            struct Row: Decodable, Equatable { let s: String; let u: UUID; let i: Int; let b: Bool; let d: Date; let o: UUID? }
            let id = UUID.random(), at = Date(timeIntervalSince1970: 1_797_923_400)
            func query(_ o: UUID?) -> SQLQueryString {
                "SELECT \(bind: "Jānis; 'x'") AS s, \(bind: id) AS u, \(bind: 42) AS i, \(bind: true) AS b, \(bind: at) AS d, \(bind: o)::uuid AS o"
            }
            guard kind == .postgres else {
                #expect(try await PreparedStatements.rows(query(nil), on: sql) == nil)     // SQLite runs it plainly
                return
            }
            // The same text with a null, then a value, then a null again: each type signature is its own statement.
            for o in [nil, UUID.random(), nil] {
                let prepared = try #require(try await PreparedStatements.rows(query(o), on: sql))
                let plain = try await sql.raw(query(o)).all()
                #expect(try prepared.map { try $0.decode(model: Row.self) } == plain.map { try $0.decode(model: Row.self) })
                #expect(try prepared.first?.decode(model: Row.self) == Row(s: "Jānis; 'x'", u: id, i: 42, b: true, d: at, o: o))
            }
            // Each booking's values are planned for (a generic plan made on a near-empty table scans it whole).
            struct Mode: Decodable { let mode: String }
            #expect(try await sql.raw("SELECT current_setting('plan_cache_mode') AS mode").first(decoding: Mode.self)?.mode
                    == "force_custom_plan")
            // Within one session (a transaction holds one connection) the statement is prepared once and kept.
            try await instance.db.transaction { tx in
                let sql = try tx.sql()
                for _ in 0..<3 { _ = try await PreparedStatements.rows("SELECT \(bind: 7) AS n, 'kept' AS k", on: sql) }
                struct Kept: Decodable { let name: String }
                let kept = try await sql.raw("SELECT name FROM pg_prepared_statements WHERE statement LIKE '%''kept''%'")
                    .all(decoding: Kept.self)
                #expect(kept.count == 1)
                #expect(kept.first?.name.hasPrefix("apk_") == true)
            }
        }
    }
}
