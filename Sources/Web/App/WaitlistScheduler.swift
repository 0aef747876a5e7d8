import Domain
import Foundation
import Vapor

/// Passes lapsed waitlist offers on while `serve` runs. Every instance may run it: each offer is
/// closed by one conditional update, so two instances never pass the same seat twice. An offer is
/// also refused the moment its hold ends (410), whether or not this has run yet.
public struct WaitlistScheduler: LifecycleHandler {
    let interval: Duration
    let task = TaskHolder()

    public init(interval: Duration = .seconds(30)) { self.interval = interval }

    public func didBootAsync(_ app: Application) async throws {
        let services = app.appServices, interval = self.interval
        task.add(Task {
            while !Task.isCancelled {
                do {
                    let stores = services.backend.background()
                    let contacts = await services.agencyContacts.current(stores.reference)
                    let passed = try await AgencyContacts.$current.withValue(contacts) {
                        try await stores.waitlist.expireDue(now: services.clock.now())
                    }
                    if passed > 0 { services.logger.info("waitlist: \(passed) lapsed offers passed on") }
                } catch {
                    services.logger.error("waitlist job failed: \(String(describing: type(of: error)))")
                }
                try? await Task.sleep(for: interval)
            }
        })
    }

    public func shutdownAsync(_ app: Application) async {
        task.cancelAll()
    }
}
