import Fluent
import Storage
import Vapor
import Web

/// `apkalpe migrate`: runs pending migrations. Never prompts (unlike Fluent's own command).
struct MigrateCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    let database: DatabaseLocation
    var help: String { "Runs pending database migrations without asking." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await DatabaseSetup.prepare(databases: app.databases, logger: app.logger,
                                        on: app.eventLoopGroup.any(), seed: false)
        context.console.print("migrated \(database.redacted)")
    }
}

/// `apkalpe seed`: migrates if needed, then writes PMLP's reference data once.
struct SeedCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "Seeds PMLP's offices, services, fees and calendar data (once; edits are kept)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await DatabaseSetup.prepare(databases: app.databases, logger: app.logger,
                                        on: app.eventLoopGroup.any(), seed: false)
        let wrote = try await DatabaseSetup.seed(databases: app.databases, logger: app.logger, on: app.eventLoopGroup.any())
        context.console.print(wrote ? "seeded" : "already seeded")
    }
}
