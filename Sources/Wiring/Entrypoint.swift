import Fluent
import Foundation
import Logging
import Storage
import Vapor
import Web

/// Runs a command (`serve` by default). `serve` migrates and seeds first, so a fresh working
/// directory becomes a usable `apkalpe.sqlite` at once.
public enum Entrypoint {
    /// Never throws: whatever stops the program is one line on standard error and a non-zero
    /// exit status (64 for a command line that cannot be understood, 1 otherwise).
    public static func main() async {
        let arguments = CommandLine.arguments
        let command = arguments.dropFirst().first
        if let command, CommandLineHelp.isHelp(command) {
            if let topic = arguments.dropFirst(2).first, AdminCLI.commands.contains(topic) {
                print(CommandLineHelp.usage(of: topic))
            } else {
                print(CommandLineHelp.overview)
            }
            exit(0)
        }
        if let command, !command.hasPrefix("-"), !CommandLineHelp.allCommands.contains(command) {
            FileHandle.standardError.write(Data("apkalpe: unknown command '\(command)'; `apkalpe --help` lists the commands\n".utf8))
            exit(64)
        }
        if let command, AdminCLI.commands.contains(command), arguments.dropFirst(2).contains(where: CommandLineHelp.isHelp) {
            print(CommandLineHelp.usage(of: command))
            exit(0)
        }
        if let command, BackupCommands.commands.contains(command), arguments.dropFirst(2).contains(where: CommandLineHelp.isHelp) {
            print(BackupCommands.usage)
            exit(0)
        }
        do {
            try await run(command: command)
        } catch {
            let at = CommandLineHelp.listenAddress(arguments: arguments, environment: ProcessInfo.processInfo.environment)
            FileHandle.standardError.write(Data("apkalpe: \(CommandLineHelp.oneLine(error, port: at.port, hostname: at.host))\n".utf8))
            exit(1)
        }
    }

    static func run(command: String?) async throws {
        var env = try Environment.detect()
        if let command, AdminCLI.commands.contains(command) || BackupCommands.commands.contains(command) {
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
        if let command, BackupCommands.commands.contains(command) {
            exit(await BackupCommands.run(Array(env.arguments.dropFirst()), database: database))
        }
        // Every server on an SQLite file holds its lock while it runs, so a restore cannot put
        // another database under it (SQLiteBackup.restore); the kernel drops it at exit.
        var serveLock: ServeLock?
        if command == nil || command == "serve", case .sqlite(let path) = database {
            switch ServeLock.shared(for: path) {
            case .held(let lock): serveLock = lock
            case .busy: throw StartProblem("a restore is putting a database in place at \(path); start again when it has finished")
            case .cannotOpen(let e): throw StartProblem("cannot open \(ServeLock.lockFile(for: path)) (errno \(e))")
            }
        }
        defer { serveLock?.release() }
        let app = try await Application.make(env)
        do {
            try configure(app, database: database, settings: settings)
            let files = attachmentFiles(settings, database)
            if let command, AdminCLI.commands.contains(command) {
                let code = await AdminCLI.run(Array(env.arguments.dropFirst()), app: app, settings: settings, files: files,
                                              stdin: { readLine(strippingNewline: true) },
                                              message: { (try? FileHandle.standardInput.read(upToCount: MailIngest.maximumSize + 1)) ?? Data() })
                try await app.asyncShutdown()
                exit(code)
            }
            if command == nil || command == "serve" {
                // A relay or sender that cannot be used stops the start before anything is written.
                let senders = try Delivery.senders(settings)
                app.logger.info("database: \(database.redacted)")
                app.logger.info("delivery: \(Delivery.describe(settings))")
                try await DatabaseSetup.prepare(databases: app.databases, logger: app.logger,
                                                on: app.eventLoopGroup.any(), seed: true)
                app.lifecycle.use(Schedulers.retention(settings))
                app.lifecycle.use(Schedulers.caseDeadlines(settings))
                app.lifecycle.use(Schedulers.delivery(settings, senders: senders))
                if let gateway = settings.gatewayDirectory {
                    app.lifecycle.use(Schedulers.gateway(settings, directory: gateway, files: files))
                }
                app.lifecycle.use(WaitlistScheduler())
            }
            try await app.execute()
            if command == nil || command == "serve" { await GracefulStop.stopTakingRequests(app) }
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}

/// A reason the server does not start, said in one line.
struct StartProblem: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}
