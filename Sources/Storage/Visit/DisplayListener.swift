import Domain
import FluentPostgresDriver
import Foundation
import Logging
import NIOCore
import PostgresNIO

/// Display events between app instances on PostgreSQL (issue 5): the writing transaction sends
/// `NOTIFY` (delivered only if it commits); every instance listens on a dedicated connection
/// and hands what arrives to its own displays. On loss of the connection it reconnects with
/// back-off and asks its displays to resynchronise, since notifications sent meanwhile are lost.
public enum DisplayChannel {
    /// One channel per database schema, so test schemas (and tenants) never hear each other.
    public static func name(schema: String?) -> String {
        "apkalpe_display" + (schema.map { "_" + $0.filter { $0.isLetter || $0.isNumber || $0 == "_" } } ?? "")
    }
}

/// The display's channel (S-QUEUE display) heard through `PostgresChannelListener`.
public final class PostgresDisplayListener: Sendable {
    let listener: PostgresChannelListener

    public init(url: String, schema: String?, logger: Logger, onEvent: @escaping @Sendable (DisplayEvent) -> Void,
                onResync: @escaping @Sendable () -> Void, onListening: @escaping @Sendable () -> Void = {}) throws {
        listener = try PostgresChannelListener(
            url: url, channel: DisplayChannel.name(schema: schema), logger: logger,
            onPayload: { payload in if let event = DisplayEvent.decode(payload) { onEvent(event) } },
            onResync: onResync, onListening: onListening)
    }

    /// Listens until the task is cancelled.
    public func run(on eventLoop: any EventLoop) async { await listener.run(on: eventLoop) }
}

/// One `LISTEN` on a dedicated connection, kept up with back-off. What was sent while the
/// connection was down is lost, so a reconnection calls `onResync`; `onLost` says it is down.
public final class PostgresChannelListener: Sendable {
    let configuration: PostgresConnection.Configuration
    let channel: String
    let logger: Logger
    let onPayload: @Sendable (String) -> Void
    let onResync: @Sendable () -> Void
    let onListening: @Sendable () -> Void
    let onLost: @Sendable () -> Void

    public init(url: String, channel: String, logger: Logger, onPayload: @escaping @Sendable (String) -> Void,
                onResync: @escaping @Sendable () -> Void, onListening: @escaping @Sendable () -> Void = {},
                onLost: @escaping @Sendable () -> Void = {}) throws {
        configuration = try SQLPostgresConfiguration(url: url).coreConfiguration
        self.channel = channel
        self.logger = logger
        self.onPayload = onPayload
        self.onResync = onResync
        self.onListening = onListening
        self.onLost = onLost
    }

    /// Listens until the task is cancelled.
    public func run(on eventLoop: any EventLoop) async {
        var attempt = 0
        var connectionID = 0
        while !Task.isCancelled {
            connectionID += 1
            do {
                let connection = try await PostgresConnection.connect(on: eventLoop, configuration: configuration,
                                                                      id: connectionID, logger: logger)
                defer { Task { try? await connection.close() } }
                try await connection.listen(on: channel) { notifications in
                    if attempt > 0 { onResync() }      // anything sent while we were away is lost: reload
                    attempt = 0
                    onListening()
                    for try await n in notifications { onPayload(n.payload) }
                }
            } catch {
                if Task.isCancelled { return }
                logger.warning("listener \(channel): connection lost (\(String(describing: type(of: error)))); reconnecting")
            }
            onLost()
            attempt += 1
            try? await Task.sleep(for: .milliseconds(min(5000, 200 * (1 << min(attempt, 5)))))
        }
    }
}
