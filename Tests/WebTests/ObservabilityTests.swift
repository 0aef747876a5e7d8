import Domain
import Foundation
import Testing
import TestSupport
import VaporTesting
@testable import Web

@Suite("Observability: /metrics, request ids")
struct ObservabilityTests {
    @Test func metricsCountRequestsByRoutePatternAndReadTheFiguresFromTheDatabase() async throws {
        try await withTestApp(.sqlite, settings: { $0.metricsToken = "scrape-secret" }) { app in
            // Not without the token (and no personal data in it when given).
            #expect(try await app.testing().sendRequest(.GET, "/metrics").status == .unauthorized)
            _ = try await get(app, "/api/v1/offices/ogre")
            _ = try await get(app, "/api/v1/offices/riga-1")
            let booked = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(start: "2026-12-22T09:00:00+02:00"),
                                        headers: [:])
            #expect(booked.status == .created)
            let kiosk = try await kioskToken(app, office: "ogre")
            _ = try await post(app, "/api/v1/offices/ogre/tickets", json: #"{"serviceId":"passport"}"#, headers: bearer(kiosk))
            let res = try await app.testing().sendRequest(.GET, "/metrics", headers: ["Authorization": "Bearer scrape-secret"])
            #expect(res.status == .ok)
            let text = res.text
            #expect(text.contains(#"apkalpe_http_requests_total{method="GET",route="/api/v1/offices/:officeId",status="200"} 2"#))
            #expect(!text.contains("riga-1\""))                                  // patterns, never concrete paths
            #expect(text.contains(#"apkalpe_http_request_duration_seconds_count{method="POST",route="/api/v1/bookings"} 1"#))
            #expect(text.contains("apkalpe_bookings_active_count 1"))
            #expect(text.contains(#"apkalpe_queue_waiting_count{office="ogre"} 1"#))
            #expect(text.contains("apkalpe_outbox_backlog_count"))
            #expect(!text.contains("32000000001") && !text.contains("Jānis"))
        }
    }

    @Test func withoutATokenOnlyThisMachineMayScrape() async throws {
        try await withTestApp(.sqlite) { app in
            // The in-memory test client has no loopback address: refused.
            let res = try await app.testing().sendRequest(.GET, "/metrics")
            #expect(res.status == .forbidden)
        }
    }

    @Test func everyResponseCarriesARequestIdAndOnlyAPlainOneIsKept() async throws {
        try await withTestApp(.sqlite) { app in
            let given = try await app.testing().sendRequest(.GET, "/health", headers: ["X-Request-Id": "lb-42.a_b"])
            #expect(given.headers.first(name: "X-Request-Id") == "lb-42.a_b")
            let page = try await app.testing().sendRequest(.GET, "/nekas-tads")
            #expect(page.status == .notFound && (page.headers.first(name: "X-Request-Id")?.count ?? 0) == 36)
            let hostile = try await app.testing().sendRequest(.GET, "/health", headers: ["X-Request-Id": "x\" injected=1 {}"])
            let id = try #require(hostile.headers.first(name: "X-Request-Id"))
            #expect(id != "x\" injected=1 {}" && UUID(uuidString: id) != nil)
            #expect(!RequestIDMiddleware.acceptable(String(repeating: "a", count: 65)))
        }
    }

    /// Issue 18, item 5: the sample alert rules an operator loads name only metrics this app
    /// exports (a renamed metric would leave an alert that never fires).
    @Test func theSampleAlertRulesNameOnlyMetricsTheAppExports() async throws {
        let rules = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/prometheus-alerts.yml")
        let text = try String(contentsOf: rules, encoding: .utf8)
        let used = Set(text.matches(of: /apkalpe_[a-z_]+/).map { String($0.output) })
        #expect(used.count >= 4, "\(used)")
        try await withTestApp(.sqlite, settings: { $0.metricsToken = "scrape-secret" }) { app in
            _ = try await get(app, "/api/v1/offices/ogre")
            let scraped = try await app.testing().sendRequest(.GET, "/metrics", headers: ["Authorization": "Bearer scrape-secret"]).text
            let exported = Set(scraped.split(separator: "\n").filter { !$0.hasPrefix("#") }
                .compactMap { $0.split(whereSeparator: { $0 == "{" || $0 == " " }).first.map(String.init) })
            // A histogram is exported as its _bucket, _sum and _count series; its family name counts too.
            let families = exported.union(exported.compactMap { name in
                ["_bucket", "_sum", "_count"].first { name.hasSuffix($0) }.map { String(name.dropLast($0.count)) }
            })
            for name in used.sorted() {
                #expect(families.contains(name), "the alert rules use \(name), which /metrics does not export")
            }
            #expect(!families.contains("apkalpe_no_such_metric"))
        }
        for alert in ["ApkalpeInstanceDown", "ApkalpeOutboxBacklog", "ApkalpeServerErrors", "ApkalpeSlowAnswers", "ApkalpeDiskFilling"] {
            #expect(text.contains("alert: \(alert)"))
        }
    }
}
