import Foundation
import Logging
import Storage
import Vapor

/// Runs a command (`serve` by default). `serve` migrates and seeds first, so a fresh working
/// directory becomes a usable `apkalpe.sqlite` at once.
public enum Entrypoint {
    public static func main() async throws {
        var env = try Environment.detect()
        try LoggingSystem.bootstrap(from: &env)
        let settings: AppSettings
        do {
            settings = try AppSettings.fromEnvironment()
        } catch {
            FileHandle.standardError.write(Data("apkalpe: \(error)\n".utf8))
            exit(2)
        }
        let app = try await Application.make(env)
        do {
            try configure(app, settings: settings)
            let command = env.arguments.dropFirst().first
            if command == nil || command == "serve" {
                app.logger.info("database: \(settings.database.redacted)")
                try await DatabaseSetup.prepare(databases: app.databases, logger: app.logger,
                                                on: app.eventLoopGroup.any(), seed: true)
            }
            try await app.execute()
        } catch {
            app.logger.report(error: error)
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
