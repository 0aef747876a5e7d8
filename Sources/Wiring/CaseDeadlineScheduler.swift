import Domain
import Fluent
import Foundation
import Storage
import Vapor
import Web

/// Sends the supervisors' deadline message each working morning while `serve` runs (issue 14).
/// Every instance wakes every quarter of an hour; the database lease lets one of them do the day's run.
struct CaseDeadlineScheduler: LifecycleHandler {
    let holder = "\(ProcessInfo.processInfo.hostName)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
    let settings: AppSettings
    let task = TaskHolder()

    func didBootAsync(_ app: Application) async throws {
        let settings = self.settings, holder = self.holder, logger = app.logger
        task.add(Task {
            while !Task.isCancelled {
                do {
                    let job = CaseDeadlineJob(db: app.db, links: PublicLinks(base: settings.publicURL))
                    if let report = try await job.runDaily(now: settings.clock.now(), holder: holder) {
                        logger.info("case deadlines: \(report.messages) messages for \(report.offices) offices")
                    }
                } catch {
                    logger.error("case deadline job failed: \(String(describing: type(of: error)))")
                }
                try? await Task.sleep(for: .seconds(900))
            }
        })
    }

    func shutdownAsync(_ app: Application) async {
        task.cancelAll()
    }
}
