import Domain
import Foundation
import Prometheus
import Vapor

/// The instance's metrics in Prometheus's text format (issue 6): requests and their latency by
/// route (the route's pattern, never the concrete path, so no code or token becomes a label);
/// and, read from the database when scraped, active bookings, people waiting per office and the
/// outbox backlog — the same on every instance. Nothing personal is ever a label.
final class AppMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    static let buckets: [Duration] = [.milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
                                      .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1),
                                      .milliseconds(2500), .seconds(5)]

    func observe(method: String, route: String, status: UInt, duration: Duration) {
        registry.makeCounter(descriptor: .init(namespace: "apkalpe", metricName: "http_requests", unitName: "total",
                                               helpText: "HTTP requests by method, route pattern and status"),
                             labels: [("method", method), ("route", route), ("status", String(status))]).increment()
        registry.makeDurationHistogram(descriptor: .init(namespace: "apkalpe", metricName: "http_request_duration",
                                                         unitName: "seconds", helpText: "HTTP request latency by route pattern"),
                                       labels: [("method", method), ("route", route)], buckets: Self.buckets)
            .record(duration)
    }

    /// Reads the database's figures into gauges, then renders everything.
    func scrape(_ monitoring: any Monitoring, now: Date) async throws -> String {
        let figures = try await monitoring.figures(now: now)
        registry.makeGauge(descriptor: .init(namespace: "apkalpe", metricName: "bookings_active", unitName: "count",
                                             helpText: "Active bookings still ahead"), labels: [])
            .set(Double(figures.activeBookings))
        registry.makeGauge(descriptor: .init(namespace: "apkalpe", metricName: "outbox_backlog", unitName: "count",
                                             helpText: "Messages waiting to be sent"), labels: [])
            .set(Double(figures.outboxBacklog))
        for (office, waiting) in figures.waitingByOffice {
            registry.makeGauge(descriptor: .init(namespace: "apkalpe", metricName: "queue_waiting", unitName: "count",
                                                 helpText: "Clients waiting in an office's queue today"),
                               labels: [("office", office)]).set(Double(waiting))
        }
        return registry.emitToString()
    }
}

/// Times every request, counts it under its route's pattern (`/api/v1/bookings/:code`) and logs
/// one line for it.
///
/// It pins the services on the request and counts it in flight, rather than every step reading
/// them from the application's storage, which shutdown clears: a request that was still
/// running then must still be able to finish.
struct MetricsMiddleware: AsyncMiddleware {
    let services: AppServices
    let inFlight: InFlightRequests

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let started = ContinuousClock.now
        request.services = services
        inFlight.begin()
        defer { inFlight.end() }
        let response = try await next.respond(to: request)
        let route = request.route.map { "/" + $0.path.map(\.description).joined(separator: "/") } ?? "unmatched"
        let duration = ContinuousClock.now - started
        services.metrics.observe(method: request.method.rawValue, route: route, status: response.status.code, duration: duration)
        // One line a request, under the route's pattern: the concrete path may hold a booking
        // code or a token, and is not logged. The client's address is the one the rate limits
        // count (through a trusted proxy only), so an operator can follow abuse (issue 18).
        let ms = Double(duration.components.attoseconds) / 1e15 + Double(duration.components.seconds) * 1000
        if request.logger.logLevel <= .info {
            request.logger.info("\(request.method.rawValue) \(route) \(response.status.code) \(String(format: "%.1f", ms)) ms",
                                metadata: ["client": .string(request.clientAddress)])
        }
        return response
    }
}
