import Domain
import Foundation
import Vapor

/// `GET /metrics` for Prometheus. Not for the public: with `APKALPE_METRICS_TOKEN` set, the
/// scraper sends it as a bearer token; without it, only callers on this machine (loopback) are
/// answered — a scraper on the host, or a sidecar.
enum MetricsEndpoint {
    static func respond(_ req: Request) async throws -> Response {
        if let token = req.services.metricsToken {
            guard req.headers.bearerAuthorization?.token == token else { throw Abort(.unauthorized) }
        } else {
            // The client as the fair-access rules see it: through a trusted reverse proxy, the
            // address it forwards for, so a proxy on this machine does not make /metrics public.
            guard isLoopback(req.clientAddress) else { throw Abort(.forbidden) }
        }
        let text = try await req.services.metrics.scrape(req.stores.monitoring, now: req.clock.now())
        let r = Response(status: .ok, body: .init(string: text))
        r.headers.contentType = HTTPMediaType(type: "text", subType: "plain", parameters: ["version": "0.0.4", "charset": "utf-8"])
        r.headers.cacheControl = .init(noStore: true)
        return r
    }

    static func isLoopback(_ ip: String) -> Bool {
        ip.hasPrefix("127.") || ip == "::1" || ip.hasPrefix("::ffff:127.")
    }
}
