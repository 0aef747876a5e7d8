import Domain
import NIOCore
import Vapor

/// What Web needs from outside itself, handed over once by the executable's wiring (issue 12):
/// the stores on a request's database connection, the stores outside a request, and — on
/// PostgreSQL — the feed that brings every instance's calls to this instance's displays. Web never
/// names a database; a page or handler asks `req.stores` or a use case.
public struct Backend: Sendable {
    /// Runs until cancelled, passing each call to `onEvent`; `onResync` after a reconnect (a call
    /// may have been missed); `onListening` once it listens.
    public typealias DisplayFeed = @Sendable (_ onEvent: @escaping @Sendable (DisplayEvent) -> Void,
                                              _ onResync: @escaping @Sendable () -> Void,
                                              _ onListening: @escaping @Sendable () -> Void,
                                              _ eventLoop: any EventLoop) async throws -> Void

    let stores: @Sendable (Request) -> any Stores
    let background: @Sendable () -> any Stores
    /// The NOTIFY channel calls travel on between instances; nil when calls stay in process.
    let displayChannel: String?
    let displayFeed: DisplayFeed?
    /// Where submissions' attachments are kept.
    let files: any FileStore

    public init(stores: @escaping @Sendable (Request) -> any Stores, background: @escaping @Sendable () -> any Stores,
                displayChannel: String?, displayFeed: DisplayFeed?, files: any FileStore) {
        self.files = files
        self.stores = stores
        self.background = background
        self.displayChannel = displayChannel
        self.displayFeed = displayFeed
    }
}

extension Request {
    /// The stores on this request's database connection.
    var stores: any Stores { services.backend.stores(self) }
}
