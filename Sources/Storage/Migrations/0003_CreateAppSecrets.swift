import Fluent

/// Secrets every instance must share (the key that signs form tokens), created once.
struct CreateAppSecrets: AsyncMigration {
    var name: String { "0003_CreateAppSecrets" }

    func prepare(on db: any Database) async throws {
        try await db.schema("app_secrets")
            .id()
            .field("key", .string, .required)
            .field("value", .string, .required)
            .unique(on: "key")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("app_secrets").delete()
    }
}
