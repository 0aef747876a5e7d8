import Fluent

/// Issue 13: an office an administrator corrects — active or not, accessibility facts beside the
/// text (I-ACCESS), and its own closing time on pre-holiday days (I-PREHOLIDAY). Nullable
/// columns, so rows written before read as active, with no facts and the default shortening.
struct OfficeDetails: AsyncMigration {
    var name: String { "0017_OfficeDetails" }

    func prepare(on db: any Database) async throws {
        try await db.schema("offices").field("active", .bool).update()
        try await db.schema("offices").field("accessibility_features", .string).update()
        try await db.schema("offices").field("pre_holiday_closes", .int).update()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("offices").deleteField("pre_holiday_closes").update()
        try await db.schema("offices").deleteField("accessibility_features").update()
        try await db.schema("offices").deleteField("active").update()
    }
}
