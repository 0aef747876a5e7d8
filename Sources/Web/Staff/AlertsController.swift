import Domain
import Foundation
import Vapor

/// Emergency alerts on screen (issue 5, item 3): a supervisor sees the open alerts of their
/// offices — on this page, on the counter page, and on every staff page through a small script
/// that asks `alerts.json` every 10 s — until one of them acknowledges it (audited).
struct AlertsController: Sendable {
    /// The feed the banner script polls and the script itself: one path each, not localized.
    static func registerFeed(_ app: Application) {
        app.grouped("staff").grouped(StaffSessionMiddleware(), RequireStaffMiddleware(), RequirePermission(.alertsReceive))
            .get("alerts.json") { req in try await AlertsController().json(req) }
        // The counter's waiting counts (issue 16, item 6), polled by /counter.js.
        app.grouped("staff").grouped(StaffSessionMiddleware(), RequireStaffMiddleware(), RequirePermission(.queueServe))
            .get("offices", ":office", "counter", "waiting.json") { req in try await CounterController().waitingJSON(req) }
        app.get("counter.js") { _ -> Response in
            let r = Response(status: .ok, body: .init(string: Counter.script))
            r.headers.contentType = HTTPMediaType(type: "text", subType: "javascript", parameters: ["charset": "utf-8"])
            r.headers.cacheControl = .init(isPublic: true, maxAge: 3600)
            return r
        }
        app.get("staff-alerts.js") { _ -> Response in
            let r = Response(status: .ok, body: .init(string: AlertBanner.script))
            r.headers.contentType = HTTPMediaType(type: "text", subType: "javascript", parameters: ["charset": "utf-8"])
            r.headers.cacheControl = .init(isPublic: true, maxAge: 3600)
            return r
        }
    }

    /// The alerts this user must see: their offices' (all offices when they have none listed).
    private func open(_ req: Request) async throws -> (StaffUser, [EmergencyAlert]) {
        let (user, _) = try req.requireStaff(.alertsReceive)
        let alerts = try await req.stores.queue.openAlerts(offices: user.offices.isEmpty ? nil : user.offices)
        return (user, alerts.filter { EmergencyAlert.concerns(user, office: $0.officeSlug) })
    }

    private func officeNames(_ req: Request, _ l: Language) async throws -> [String: String] {
        Dictionary(try await req.stores.reference.offices().map { ($0.slug, $0.name.text(l)) },
                   uniquingKeysWith: { a, _ in a })
    }

    func page(_ req: Request, _ l: Language, notice: String? = nil) async throws -> Response {
        let (user, alerts) = try await open(req)
        let names = try await officeNames(req, l)
        return html(Alerts.view(.init(language: l, csrf: try await req.formToken(), user: user,
                                      alerts: alerts.map { ($0, names[$0.officeSlug] ?? $0.officeSlug) }, notice: notice), .of(l)))
    }

    func acknowledge(_ req: Request, _ l: Language) async throws -> Response {
        let (user, _) = try req.requireStaff(.alertsReceive)
        guard let id = req.parameters.get("alert").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        let done = try await req.stores.queue.acknowledge(alert: id, officeSlugs: user.offices.isEmpty ? nil : user.offices,
                                                                      by: user.id, now: req.clock.now())
        return req.redirect(to: StaffPage.alerts.path(l) + (done ? "?done=acknowledged" : ""), redirectType: .normal)
    }

    /// For the script on staff pages: the open alerts, as text ready to show, in the page's language.
    func json(_ req: Request) async throws -> Response {
        let (_, alerts) = try await open(req)
        let l: Language = req.query[String.self, at: "lang"] == "en" ? .en : .lv
        let names = try await officeNames(req, l)
        struct Item: Content { let id: String; let text: String }
        struct Body: Content { let alerts: [Item]; let page: String; let label: String }
        let c = CounterStrings.of(l)
        let body = Body(alerts: alerts.map {
            Item(id: $0.id.uuidString.lowercased(),
                 text: c.alert($0.raisedByName, $0.counter, names[$0.officeSlug] ?? $0.officeSlug, RigaTime.time(of: $0.raisedAt).description))
        }, page: StaffPage.alerts.path(l), label: c.alertsTitle)
        let r = try await body.encodeResponse(for: req)
        r.headers.cacheControl = .init(noStore: true)
        return r
    }
}
