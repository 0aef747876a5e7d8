import Fluent

/// Leases for jobs that must run once across instances (the daily retention job).
struct CreateJobLeases: AsyncMigration {
    var name: String { "0004_CreateJobLeases" }

    func prepare(on db: any Database) async throws {
        try await db.schema("job_leases")
            .id()
            .field("name", .string, .required)
            .field("holder", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("last_run_on", .string)
            .unique(on: "name")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("job_leases").delete()
    }
}
