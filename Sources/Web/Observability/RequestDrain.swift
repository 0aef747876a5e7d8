import Synchronization
import Vapor

/// How many requests this instance is answering right now (counted by `MetricsMiddleware`).
final class InFlightRequests: Sendable {
    private let count = Atomic<Int>(0)

    func begin() { count.add(1, ordering: .relaxed) }
    func end() { count.subtract(1, ordering: .relaxed) }
    var current: Int { count.load(ordering: .relaxed) }
}

/// At shutdown, waits until the requests still running have finished — at most `patience` —
/// before Vapor clears the application's storage and closes the databases under them. A
/// request that outlives the patience is logged by number, never by content.
struct RequestDrain: LifecycleHandler {
    let inFlight: InFlightRequests
    let patience: Duration

    func shutdownAsync(_ application: Application) async {
        let deadline = ContinuousClock.now + patience
        while inFlight.current > 0, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        if inFlight.current > 0 {
            application.logger.warning("Shutting down with requests still running", metadata: ["requests": "\(inFlight.current)"])
        }
    }
}
