import Domain
import Fluent
import Foundation
import Storage
import Vapor
import Web

/// Runs the retention job daily while `serve` runs. Every instance wakes hourly; the database
/// lease lets exactly one of them do the day's run.
struct RetentionScheduler: LifecycleHandler {
    let holder = "\(ProcessInfo.processInfo.hostName)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
    let settings: AppSettings
    let task = TaskHolder()

    func didBootAsync(_ app: Application) async throws {
        let settings = self.settings, holder = self.holder, logger = app.logger
        task.add(Task {
            while !Task.isCancelled {
                do {
                    let job = RetentionJob(db: app.db, schedule: settings.retention)
                    if let report = try await job.runDaily(now: settings.clock.now(), holder: holder) {
                        logger.info("retention: \(report.clientsAnonymised) clients anonymised, \(report.accessLogPurged) access-log rows purged")
                    }
                } catch {
                    logger.error("retention job failed: \(String(describing: type(of: error)))")
                }
                try? await Task.sleep(for: .seconds(3600))
            }
        })
    }

    func shutdownAsync(_ app: Application) async {
        task.cancelAll()
    }
}
