import Fluent

/// Release schedules per office and/or service (I-BOOK: "released on a published schedule per
/// office and service"). An empty slug means "any"; without a row the standard schedule applies.
struct CreateReleaseRules: AsyncMigration {
    var name: String { "0008_CreateReleaseRules" }

    func prepare(on db: any Database) async throws {
        try await db.schema("release_rules")
            .id()
            .field("office_slug", .string, .required)
            .field("service_slug", .string, .required)
            .field("release_time", .string, .required)
            .field("days_ahead", .int, .required)
            .field("lead_minutes", .int, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "office_slug", "service_slug")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("release_rules").delete()
    }
}
