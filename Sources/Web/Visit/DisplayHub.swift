import Domain
import Foundation
import Synchronization
import UseCases
import Vapor

/// The call displays connected to this instance, per office. Events come from this instance's
/// own calls (SQLite: one instance) or from the PostgreSQL listener (every instance's calls,
/// this one's included), never both.
final class DisplayHub: Sendable {
    enum Message: Sendable {
        case event(DisplayEvent)
        /// Events may have been missed (the listener reconnected): reload the list.
        case resync
        case ping
    }

    /// Nil once the instance is stopping: a display that connects then gets an ended stream at
    /// once (its browser reconnects, through the proxy, to an instance that is not stopping).
    private let subscribers = Mutex<[String: [UUID: AsyncStream<Message>.Continuation]]?>([:])

    func subscribe(office: String) -> (UUID, AsyncStream<Message>) {
        let id = UUID.random()
        let (stream, continuation) = AsyncStream<Message>.makeStream(bufferingPolicy: .bufferingNewest(64))
        let taken = subscribers.withLock { s -> Bool in
            guard s != nil else { return false }
            s?[office, default: [:]][id] = continuation
            return true
        }
        if !taken { continuation.finish() }
        return (id, stream)
    }

    func unsubscribe(office: String, id: UUID) {
        let c = subscribers.withLock { $0?[office]?.removeValue(forKey: id) }
        c?.finish()
    }

    func publish(_ event: DisplayEvent) {
        for c in subscribers.withLock({ Array($0?[event.office]?.values ?? [:].values) }) { c.yield(.event(event)) }
    }

    func resyncAll() {
        for c in subscribers.withLock({ ($0 ?? [:]).values.flatMap(\.values) }) { c.yield(.resync) }
    }

    func pingAll() {
        for c in subscribers.withLock({ ($0 ?? [:]).values.flatMap(\.values) }) { c.yield(.ping) }
    }

    /// Ends every display's stream, and any opened later (the app is stopping): each response
    /// ends cleanly, so the server's graceful stop does not wait out its patience on them.
    func finishAll() {
        let all = subscribers.withLock { s -> [AsyncStream<Message>.Continuation] in
            defer { s = nil }
            return (s ?? [:]).values.flatMap(\.values)
        }
        for c in all { c.finish() }
    }

    var count: Int { subscribers.withLock { ($0 ?? [:]).values.map(\.count).reduce(0, +) } }
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
    let feed: Backend.DisplayFeed?
    let task = TaskHolder()

    // Synchronous, so that both `boot()` and `asyncBoot()` start it.
    func didBoot(_ app: Application) throws {
        let hub = app.appServices.displayHub, logger = app.logger
        task.add(Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(15))
                hub.pingAll()
            }
        })
        guard let feed else { return }
        let loop = app.eventLoopGroup.any(), listening = app.appServices.displayListening
        task.add(Task {
            do {
                try await feed({ hub.publish($0) }, { hub.resyncAll() }, { listening.set() }, loop)
            } catch {
                logger.error("display feed stopped: \(String(describing: type(of: error)))")
            }
        })
    }

    func shutdown(_ app: Application) {
        task.cancelAll()
        app.appServices.displayHub.finishAll()
    }
}

/// Set once the listener listens (tests wait for it before calling).
final class Flag: Sendable {
    private let value = Mutex(false)
    func set() { value.withLock { $0 = true } }
    var isSet: Bool { value.withLock { $0 } }
}
