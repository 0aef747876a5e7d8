import Fluent

/// Each office's own visit numbers (VisitSettings); an office without a row uses the standard.
struct CreateVisitSettings: AsyncMigration {
    var name: String { "0010_CreateVisitSettings" }

    func prepare(on db: any Database) async throws {
        try await db.schema("visit_settings")
            .id()
            .field("office_slug", .string, .required)
            .field("earliest_minutes", .int, .required)
            .field("grace_minutes", .int, .required)
            .field("daily_quota", .int)
            .field("cutoff_minutes", .int, .required)
            .field("appointments_before_walk_in", .int, .required)
            .field("walk_in_wait_minutes", .int, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "office_slug")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("visit_settings").delete()
    }
}
