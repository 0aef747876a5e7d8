import Synchronization

/// The background tasks a lifecycle handler started, to cancel on shutdown. Started from boot
/// and cancelled from shutdown, possibly on different threads: kept behind a Mutex.
final class TaskHolder: Sendable {
    private let tasks = Mutex<[Task<Void, Never>]>([])

    func add(_ task: Task<Void, Never>) { tasks.withLock { $0.append(task) } }

    func cancelAll() {
        for t in tasks.withLock({ all in defer { all = [] }; return all }) { t.cancel() }
    }
}
