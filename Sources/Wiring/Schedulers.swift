import Domain
import Fluent
import Foundation
import Storage
import UseCases
import Vapor
import Web

/// A job `serve` runs again and again until it stops: one loop, one log line when it did
/// something, one error line (its type only: no personal data) when it failed.
struct PeriodicJob: LifecycleHandler {
    let name: String
    let every: Duration
    /// Runs once; returns what to log, or nil when there was nothing to do.
    let run: @Sendable (Application) async throws -> String?
    let task = TaskHolder()

    func didBootAsync(_ app: Application) async throws {
        let name = self.name, every = self.every, run = self.run, logger = app.logger
        task.add(Task {
            while !Task.isCancelled {
                do {
                    if let line = try await run(app) { logger.info("\(name): \(line)") }
                } catch {
                    logger.error("\(name) failed: \(String(describing: type(of: error)))")
                }
                try? await Task.sleep(for: every)
            }
        })
    }

    func shutdownAsync(_ app: Application) async {
        task.cancelAll()
    }
}

/// The jobs `serve` runs besides answering requests. Daily ones wake often and let the database
/// lease decide which instance does the day's run.
enum Schedulers {
    static let holder = "\(ProcessInfo.processInfo.hostName)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID.random().uuidString.prefix(8))"

    /// The retention job, daily.
    static func retention(_ settings: AppSettings) -> PeriodicJob {
        PeriodicJob(name: "retention", every: .seconds(3600)) { app in
            guard let r = try await RetentionJob(db: app.db, schedule: settings.retention).runDaily(now: settings.clock.now(), holder: holder)
            else { return nil }
            return "\(r.clientsAnonymised) clients anonymised, \(r.accessLogPurged) access-log rows purged"
        }
    }

    /// The supervisors' deadline message each working morning (issue 14), woken every quarter hour.
    static func caseDeadlines(_ settings: AppSettings) -> PeriodicJob {
        PeriodicJob(name: "case deadlines", every: .seconds(900)) { app in
            let job = CaseDeadlineJob(db: app.db, links: PublicLinks(base: settings.publicURL))
            guard let r = try await job.runDaily(now: settings.clock.now(), holder: holder) else { return nil }
            return "\(r.messages) messages for \(r.offices) offices"
        }
    }

    /// The delivery worker (issue 15): every few seconds, whatever is due leaves. Every instance
    /// runs one; the outbox hands each message to one of them.
    static func delivery(_ settings: AppSettings, senders: [OutboxMessage.Channel: any MessageSender]) -> PeriodicJob {
        PeriodicJob(name: "delivery", every: .seconds(5)) { app in
            let r = try await Delivery.run(db: app.db, settings: settings, senders: senders)
            return r.attempts == 0 ? nil : "\(r.sent) sent, \(r.retrying) to retry, \(r.failed) failed"
        }
    }

    /// The local e-address/portal gateway (issue 14), every 30 seconds. Several instances may watch
    /// one directory: a delivery's id makes it one case whoever takes it.
    static func gateway(_ settings: AppSettings, directory: String, files: any FileStore) -> PeriodicJob {
        PeriodicJob(name: "gateway", every: .seconds(30)) { app in
            let r = try await GatewayIntake.receive(directory: directory, db: app.db, files: files, now: settings.clock.now())
            return r.registered.isEmpty && r.rejected == 0 ? nil : "\(r.registered.count) registered, \(r.rejected) set aside"
        }
    }
}

/// `apkalpe gateway receive` and the gateway job: the use case on the directory and the database.
enum GatewayIntake {
    static func receive(directory: String, db: any Database, files: any FileStore, now: Date) async throws -> ReceiveFromGateway.Report {
        let stores = FluentStores(db: db)
        let register = RegisterSubmission(cases: stores.cases, files: files, reference: stores.reference, now: now)
        return try await ReceiveFromGateway(gateway: DirectoryGateway(root: URL(fileURLWithPath: directory)), register: register)()
    }
}
