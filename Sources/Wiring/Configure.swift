import Domain
import Fluent
import Foundation
import Synchronization
import Storage
import Vapor
import Web

/// The one place where Storage meets Web (issue 12): registers the database, hands Web its
/// stores on that database, and adds the commands that work on the database itself. Does not
/// migrate: `serve` does that on start (see `Entrypoint`), `migrate` and `seed` on demand.
public func configure(_ app: Application, database: DatabaseLocation, settings: AppSettings) throws {
    try DatabaseSetup.register(database, on: app.databases)
    var channel: String?
    var feed: Backend.DisplayFeed?
    if case .postgres(let url, let schema) = database {
        channel = DisplayChannel.name(schema: schema)
        let logger = app.logger
        // Calls made on any instance reach this one's displays through LISTEN (S-QUEUE display).
        feed = { onEvent, onResync, onListening, loop in
            let listener = try PostgresDisplayListener(url: url, schema: schema, logger: logger, onEvent: onEvent,
                                                       onResync: onResync, onListening: onListening)
            await listener.run(on: loop)
        }
    }
    let displayChannel = channel, links = PublicLinks(base: settings.publicURL)
    // Reference data from memory (issue 17, item 1): one snapshot per process, trusted while no
    // change is heard of — this process's writes, and on PostgreSQL every instance's `NOTIFY`.
    let reference = ReferenceCache()
    if case .postgres(let url, let schema) = database {
        app.lifecycle.use(ReferenceListenerLifecycle(listener: try PostgresChannelListener(
            url: url, channel: ReferenceChannel.name(schema: schema), logger: app.logger,
            onPayload: { _ in reference.changedElsewhere() }, onResync: { reference.changedElsewhere() },
            onListening: { reference.listener(connected: true) }, onLost: { reference.listener(connected: false) })))
    }
    try configureWeb(app, settings: settings, backend: Backend(
        stores: { req in FluentStores(db: req.db, displayChannel: displayChannel, links: links, referenceCache: reference) },
        background: { [unowned app] in
            FluentStores(db: app.db, displayChannel: displayChannel, links: links, referenceCache: reference)
        },
        displayChannel: displayChannel, displayFeed: feed,
        files: attachmentFiles(settings, database)))
    app.asyncCommands.use(MigrateCommand(database: database), as: "migrate", isDefault: false)
    app.asyncCommands.use(SeedCommand(), as: "seed", isDefault: false)
}

/// Where attachments are kept: `APKALPE_FILES`, or the default for the database.
func attachmentFiles(_ settings: AppSettings, _ database: DatabaseLocation) -> DirectoryFileStore {
    DirectoryFileStore(directory: URL(fileURLWithPath: settings.filesDirectory ?? filesDirectory(for: database)))
}

/// Attachments beside the SQLite file (`apkalpe.sqlite` → `apkalpe.sqlite.files`); on PostgreSQL
/// `apkalpe-files` in the working directory, one per schema when the URL names one. Instances
/// side by side set `APKALPE_FILES` to a directory they share.
func filesDirectory(for database: DatabaseLocation) -> String {
    switch database {
    case .sqlite(let path): return path == ":memory:" ? NSTemporaryDirectory() + "apkalpe-files-" + UUID.random().uuidString : path + ".files"
    case .postgres(_, let schema?): return "apkalpe-files-" + schema
    case .postgres(_, nil): return "apkalpe-files"
    }
}

/// Runs the reference-change listener from boot to shutdown.
final class ReferenceListenerLifecycle: LifecycleHandler {
    let listener: PostgresChannelListener
    let task = Mutex<Task<Void, Never>?>(nil)

    init(listener: PostgresChannelListener) { self.listener = listener }

    // Synchronous, so that both `boot()` and `asyncBoot()` start it.
    func didBoot(_ app: Application) throws {
        let loop = app.eventLoopGroup.any(), listener = self.listener
        task.withLock { $0 = Task { await listener.run(on: loop) } }
    }

    func shutdown(_ app: Application) {
        task.withLock { $0?.cancel() }
    }
}
