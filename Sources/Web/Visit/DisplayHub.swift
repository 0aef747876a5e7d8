import Domain
import Foundation
import Storage
import UseCases
import Vapor

/// The call displays connected to this instance, per office. Events come from this instance's
/// own calls (SQLite: one instance) or from the PostgreSQL listener (every instance's calls,
/// this one's included), never both.
final class DisplayHub: @unchecked Sendable {
    enum Message: Sendable {
        case event(DisplayEvent)
        /// Events may have been missed (the listener reconnected): reload the list.
        case resync
        case ping
    }

    private let lock = NSLock()
    private var subscribers: [String: [UUID: AsyncStream<Message>.Continuation]] = [:]

    func subscribe(office: String) -> (UUID, AsyncStream<Message>) {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Message>.makeStream(bufferingPolicy: .bufferingNewest(64))
        lock.withLock { subscribers[office, default: [:]][id] = continuation }
        return (id, stream)
    }

    func unsubscribe(office: String, id: UUID) {
        let c = lock.withLock { subscribers[office]?.removeValue(forKey: id) }
        c?.finish()
    }

    func publish(_ event: DisplayEvent) {
        for c in lock.withLock({ Array(subscribers[event.office]?.values ?? [:].values) }) { c.yield(.event(event)) }
    }

    func resyncAll() {
        for c in lock.withLock({ subscribers.values.flatMap(\.values) }) { c.yield(.resync) }
    }

    func pingAll() {
        for c in lock.withLock({ subscribers.values.flatMap(\.values) }) { c.yield(.ping) }
    }

    /// Ends every display's stream (the app is stopping): each response ends cleanly.
    func finishAll() {
        let all = lock.withLock { () -> [AsyncStream<Message>.Continuation] in
            defer { subscribers = [:] }
            return subscribers.values.flatMap(\.values)
        }
        for c in all { c.finish() }
    }

    var count: Int { lock.withLock { subscribers.values.map(\.count).reduce(0, +) } }
}

extension AppServices: DisplayAnnouncer {
    /// After a call or recall: on SQLite (one instance) to this instance's displays now; on
    /// PostgreSQL the committed NOTIFY brings it to every instance's, this one's included.
    /// In process on SQLite; on PostgreSQL the store's NOTIFY in the calling transaction reaches
    /// every instance's listener, this one included.
    func announce(_ entry: QueueEntry, action: QueueAction?, now: Date) {
        guard displayChannel == nil, let event = DisplayEvent(entry, action: action, at: now) else { return }
        displayHub.publish(event)
    }
}

/// Runs the PostgreSQL display listener (and the displays' keep-alive) while the app runs.
struct DisplayLifecycle: LifecycleHandler {
    let url: String?
    let schema: String?
    let task = TaskBox()

    final class TaskBox: @unchecked Sendable {
        var tasks: [Task<Void, Never>] = []
    }

    // Synchronous, so that both `boot()` and `asyncBoot()` start it.
    func didBoot(_ app: Application) throws {
        let hub = app.appServices.displayHub, logger = app.logger
        task.tasks.append(Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(15))
                hub.pingAll()
            }
        })
        guard let url else { return }
        let listener = try PostgresDisplayListener(url: url, schema: schema, logger: logger,
                                                   onEvent: { hub.publish($0) }, onResync: { hub.resyncAll() },
                                                   onListening: { app.appServices.displayListening.set() })
        let loop = app.eventLoopGroup.any()
        task.tasks.append(Task { await listener.run(on: loop) })
    }

    func shutdown(_ app: Application) {
        for t in task.tasks { t.cancel() }
        app.appServices.displayHub.finishAll()
    }
}

/// Set once the listener listens (tests wait for it before calling).
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
