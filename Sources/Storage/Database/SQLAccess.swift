import Domain
import Fluent
import SQLKit

extension Database {
    /// The SQL interface of a Fluent database: the statements that keep races safe (conditional
    /// updates, `FOR UPDATE SKIP LOCKED`, advisory locks) are written in SQL. Both drivers Apkalpe
    /// uses (SQLite, PostgreSQL) provide it, so this throws only for a misconfiguration — never a
    /// trap on a request's path (issue 11).
    func sql() throws -> any SQLDatabase {
        guard let sql = self as? any SQLDatabase else {
            throw StorageError.configuration("the database driver does not speak SQL")
        }
        return sql
    }
}
