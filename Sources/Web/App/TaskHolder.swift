import NIOPosix
import Synchronization
import Vapor

/// The background tasks a lifecycle handler started, to cancel on shutdown. Started from boot
/// and cancelled from shutdown, possibly on different threads: kept behind a Mutex.
public final class TaskHolder: Sendable {
    private let tasks = Mutex<[Task<Void, Never>]>([])

    public init() {}

    public func add(_ task: Task<Void, Never>) { tasks.withLock { $0.append(task) } }

    public func cancelAll() {
        for t in tasks.withLock({ all in defer { all = [] }; return all }) { t.cancel() }
    }
}

/// Stops a thread pool the app started when the app stops.
struct ThreadPoolShutdown: LifecycleHandler {
    let pool: NIOThreadPool
    func shutdownAsync(_ app: Application) async { try? await pool.shutdownGracefully() }
}
