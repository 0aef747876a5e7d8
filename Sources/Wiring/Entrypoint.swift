import Fluent
import Foundation
import Logging
import Storage
import Vapor
import Web

/// Runs a command (`serve` by default). `serve` migrates and seeds first, so a fresh working
/// directory becomes a usable `apkalpe.sqlite` at once.
public enum Entrypoint {
    public static func main() async throws {
        var env = try Environment.detect()
        let command = env.arguments.dropFirst().first
        if let command, AdminCLI.commands.contains(command) {
            // Administration prints only its answer on stdout; logs go to stderr, warnings up.
            AppLogging.bootstrap(level: .warning, toStandardError: true)
        } else {
            let level = Environment.get("LOG_LEVEL").flatMap(Logger.Level.init(rawValue:)) ?? .info
            AppLogging.bootstrap(level: level, toStandardError: false, json: Environment.get("LOG_FORMAT") == "json")
        }
        let settings: AppSettings
        let database: DatabaseLocation
        do {
            settings = try AppSettings.fromEnvironment()
            database = try DatabaseLocation(environmentValue: Environment.get("DATABASE_URL"))
        } catch {
            FileHandle.standardError.write(Data("apkalpe: \(error)\n".utf8))
            exit(2)
        }
        let app = try await Application.make(env)
        do {
            try configure(app, database: database, settings: settings)
            if let command, AdminCLI.commands.contains(command) {
                let code = await AdminCLI.run(Array(env.arguments.dropFirst()), app: app, settings: settings,
                                              stdin: { readLine(strippingNewline: true) })
                try await app.asyncShutdown()
                exit(code)
            }
            if command == nil || command == "serve" {
                app.logger.info("database: \(database.redacted)")
                try await DatabaseSetup.prepare(databases: app.databases, logger: app.logger,
                                                on: app.eventLoopGroup.any(), seed: true)
                app.lifecycle.use(RetentionScheduler(settings: settings))
                app.lifecycle.use(WaitlistScheduler())
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
