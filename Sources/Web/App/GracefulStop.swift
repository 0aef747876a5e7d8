import Vapor

/// What `serve` does first when told to stop (SIGTERM from systemd on a restart or deploy, or
/// Ctrl-C), before any job, store or database is taken down (issue 18): the displays' event
/// streams end cleanly (their browsers reconnect — through the proxy, to an instance that is not
/// stopping), the listening socket closes (a proxy's next connection is refused, so it tries the
/// other instance), and the requests already being answered finish, up to the server's shutdown
/// timeout. Without this, Vapor kept accepting requests while the stores were being shut down
/// under them.
public enum GracefulStop {
    public static func stopTakingRequests(_ app: Application) async {
        app.appServices.displayHub.finishAll()
        await app.server.shutdown()
    }
}
