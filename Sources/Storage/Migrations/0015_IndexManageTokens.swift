import Fluent
import SQLKit

/// Issue 13, defect 5: an SMS's short link carries only the manage token (`/p/{token}`), so a
/// booking is found by its token's hash.
struct IndexManageTokens: AsyncMigration {
    var name: String { "0015_IndexManageTokens" }

    func prepare(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.raw("CREATE INDEX bookings_manage_token ON bookings (manage_token_hash)").run()
    }

    func revert(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.raw("DROP INDEX bookings_manage_token").run()
    }
}
