import Domain
import Fluent
import Foundation
import Storage
import UseCases
import Vapor
import Web

/// The local e-address/portal gateway (issue 14): `apkalpe gateway receive` once, and `serve`
/// every 30 seconds when `APKALPE_GATEWAY_DIR` is set. Several instances may watch one directory:
/// a delivery's id makes it one case whoever takes it.
enum GatewayIntake {
    static func receive(directory: String, db: any Database, files: any FileStore, now: Date) async throws -> ReceiveFromGateway.Report {
        let stores = FluentStores(db: db)
        let register = RegisterSubmission(cases: stores.cases, files: files, reference: stores.reference, now: now)
        return try await ReceiveFromGateway(gateway: DirectoryGateway(root: URL(fileURLWithPath: directory)), register: register)()
    }
}

struct GatewayScheduler: LifecycleHandler {
    let settings: AppSettings
    let directory: String
    let files: any FileStore
    let task = TaskHolder()

    func didBootAsync(_ app: Application) async throws {
        let settings = self.settings, directory = self.directory, files = self.files, logger = app.logger
        task.add(Task {
            while !Task.isCancelled {
                do {
                    let report = try await GatewayIntake.receive(directory: directory, db: app.db, files: files, now: settings.clock.now())
                    if !report.registered.isEmpty || report.rejected > 0 {
                        logger.info("gateway: \(report.registered.count) registered, \(report.rejected) set aside")
                    }
                } catch {
                    logger.error("gateway intake failed: \(String(describing: type(of: error)))")
                }
                try? await Task.sleep(for: .seconds(30))
            }
        })
    }

    func shutdownAsync(_ app: Application) async {
        task.cancelAll()
    }
}
