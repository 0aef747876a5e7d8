import Domain
import Foundation
import UseCases
import Vapor

/// The counter workstation pages (issue 5); the same store and rules as the API.
struct CounterController: Sendable {
    /// Waiting and service times, no-shows and calls per counter (aggregates: no personal data).
    func statistics(_ req: Request, _ l: Language, csv: Bool) async throws -> Response {
        let slug = req.parameters.get("office") ?? ""
        let (user, principal) = try req.requireStaff(.visitStatsRead, office: slug)
        guard let office = try await req.stores.reference.office(slug: slug) else { throw Abort(.notFound) }
        let from = req.query[String.self, at: "from"].flatMap(LocalDate.init(iso:)) ?? req.today
        var through = req.query[String.self, at: "to"].flatMap(LocalDate.init(iso:)) ?? from
        if through < from || through.dayNumber - from.dayNumber > 366 { through = from }
        let stats = VisitStatistics(entries: try await req.stores.queue.entries(officeSlug: slug, from: from,
                                                                                             through: through))
        if csv {
            let r = Response(status: .ok, body: .init(string: stats.csv))
            r.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
            r.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"apmeklejumi-\(slug)-\(from)-\(through).csv\"")
            return r
        }
        let names = Dictionary(try await req.stores.reference.services().map { ($0.slug, $0.name.text(l)) },
                               uniquingKeysWith: { a, _ in a })
        // The trend day by day (issue 16, item 8): this office, and beside it the offices chosen
        // to compare — only those whose statistics the reader may see.
        let comparable = try await req.stores.reference.offices()
            .filter { $0.active && $0.slug != slug && AccessPolicy.decide(principal, .visitStatsRead, office: $0.slug) == .allow }
        let chosen = Set(req.query[[String].self, at: "compare"] ?? [])
        var trends = [(office: office, trend: VisitTrend(entries: try await req.stores.queue.entries(officeSlug: slug, from: from,
                                                                                                      through: through),
                                                          from: from, through: through))]
        for other in comparable where chosen.contains(other.slug) && trends.count < TrendChart.palette.count {
            trends.append((other, VisitTrend(entries: try await req.stores.queue.entries(officeSlug: other.slug, from: from,
                                                                                         through: through), from: from, through: through)))
        }
        return html(VisitStats.view(.init(language: l, csrf: try await req.formToken(), user: user, office: office, from: from,
                                          through: through, stats: stats, serviceNames: names, trends: trends,
                                          comparable: comparable, compared: chosen), .of(l)))
    }

    private struct Setup {
        let office: Office
        let user: StaffUser
        let counter: String
        let chosen: Set<String>
    }

    private func setup(_ req: Request) async throws -> Setup {
        let slug = req.parameters.get("office") ?? ""
        let (user, _) = try req.requireStaff(.queueServe, office: slug)
        guard let office = try await req.stores.reference.office(slug: slug) else { throw Abort(.notFound) }
        let counter = (req.query[String.self, at: "counter"] ?? (try? req.content.get(String.self, at: "counter")) ?? "")
            .trimmingCharacters(in: .whitespaces)
        // The setup form's checkboxes (`services[]`) or the comma-separated field the other forms carry.
        let listed = req.query[[String].self, at: "services"] ?? []
        let carried = (try? req.content.get(String.self, at: "services")) ?? req.query[String.self, at: "services"] ?? ""
        let services = listed + carried.split(separator: ",").map(String.init)
        return Setup(office: office, user: user, counter: String(counter.prefix(10)),
                     chosen: Set(services.filter { (office.desks[$0] ?? 0) > 0 }))
    }

    /// Back to the counter's page after a form, with what was done: a refresh reads the page and
    /// repeats nothing (issue 16, item 6).
    private func done(_ req: Request, _ l: Language, _ s: Setup, _ what: Counter.Done? = nil, number: String? = nil) -> Response {
        var query = "?counter=\(s.counter.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
            + "&services=\(s.chosen.sorted().joined(separator: ","))"
        if let what { query += "&done=\(what.rawValue)" }
        if let number { query += "&number=\(number.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
        return req.redirect(to: Counter.path(l, office: s.office.slug) + query, redirectType: .normal)
    }

    private func notice(_ req: Request, _ l: Language) -> String? {
        let c = CounterStrings.of(l), number = String((req.query[String.self, at: "number"] ?? "").prefix(10))
        switch req.query[String.self, at: "done"].flatMap(Counter.Done.init(rawValue:)) {
        case .nobody?: return c.nobodyWaiting
        case .emergency?: return c.emergencySent
        case .startedWithoutID?: return c.startedWithoutID(number)
        case .noShow?: return c.markedNoShow(number)
        case nil: return nil
        }
    }

    func page(_ req: Request, _ l: Language, notice: String? = nil, error: String? = nil,
              status: HTTPResponseStatus = .ok, confirm: Counter.Confirmation? = nil) async throws -> Response {
        let s = try await setup(req)
        let notice = notice ?? self.notice(req, l)
        let now = req.clock.now()
        let services = try await req.stores.reference.services().filter { (s.office.desks[$0.slug] ?? 0) > 0 }
        let (current, parked) = try await req.stores.queue.atCounter(officeSlug: s.office.slug, counter: s.counter,
                                                                                 day: RigaTime.date(of: now))
        let today = req.useCases.officeToday
        let waiting = try await today.summary(s.office).filter { s.chosen.contains($0.service.slug) }
            .map { ($0.service, $0.waiting) }
        // The name of a client with an appointment, to greet them and match their document (C-ID);
        // each one shown is a read of personal data, written to the access log.
        var names: [UUID: String] = [:]
        let reader = ClientReader(staffUserID: s.user.id, roles: s.user.roles, offices: s.user.offices,
                                              channel: "page /staff/offices/{office}/counter", purpose: "serving at the counter")
        for entry in current {
            guard let id = entry.clientID, let client = try await req.stores.clients.read(id: id, by: reader, now: now)
            else { continue }
            names[entry.id] = "\(client.name) \(client.surname)"
        }
        let policy = try await today.settings(s.office).closing.policy
        let closing = try await today.stillInLineAfterReception(s.office).map { (policy: policy, inLine: $0) }
        let alerts = EmergencyAlert.concerns(s.user, office: s.office.slug)
            ? try await req.stores.queue.openAlerts(offices: [s.office.slug]) : []
        return html(Counter.view(.init(language: l, csrf: try await req.formToken(), user: s.user, office: s.office,
                                       counter: s.counter, services: services, chosen: s.chosen, current: current,
                                       parked: parked, waiting: waiting, clientNames: names, closing: closing,
                                       alerts: alerts, notice: notice, error: error, confirm: confirm),
                                 .of(l)), status: status)
    }

    /// The waiting counts of the counter's services, for the page's refresh (no personal data).
    func waitingJSON(_ req: Request) async throws -> Response {
        let s = try await setup(req)
        let l: Language = req.query[String.self, at: "lang"] == "en" ? .en : .lv
        struct Row: Content { let service: String; let waiting: Int; let text: String }
        struct Counts: Content { let counts: [Row] }
        let rows = try await req.useCases.officeToday.summary(s.office).filter { s.chosen.contains($0.service.slug) }
            .map { Row(service: $0.service.slug, waiting: $0.waiting,
                       text: CounterStrings.of(l).waiting($0.service.name.text(l), $0.waiting)) }
        let r = try await Counts(counts: rows).encodeResponse(for: req)
        r.headers.cacheControl = .init(noStore: true)
        return r
    }

    func callNext(_ req: Request, _ l: Language) async throws -> Response {
        let s = try await setup(req)
        guard !s.counter.isEmpty, !s.chosen.isEmpty else { return try await page(req, l, status: .unprocessableEntity) }
        // The same use case as the API's: the call and the displays' announcement together.
        guard try await req.useCases.callNextClient(at: s.office, counter: s.counter, services: s.chosen,
                                                    staffUserID: s.user.id) != nil else {
            return done(req, l, s, .nobody)
        }
        return done(req, l, s)
    }

    func act(_ req: Request, _ l: Language) async throws -> Response {
        let s = try await setup(req)
        guard let id = req.parameters.get("entry").flatMap(UUID.init(uuidString:)),
              let action = req.parameters.get("action").flatMap(QueueAction.init(rawValue:)) else { throw Abort(.notFound) }
        let service = action == .transfer ? (try? req.content.get(String.self, at: "serviceId")) : nil
        // Transfer to a named counter (only it calls the client next), or to any counter (empty).
        let toCounter = action == .transfer
            ? (try? req.content.get(String.self, at: "toCounter")).map { String($0.trimmingCharacters(in: .whitespaces).prefix(10)) }
                .flatMap { $0.isEmpty ? nil : $0 }
            : s.counter
        let idChecked = action == .start ? ((try? req.content.get(String.self, at: "idChecked")) == "yes") : nil
        let p = ProblemStrings.of(l)
        // Starting without the document ticked, and a no-show, are asked a second time (issue 16,
        // item 6): the tick is easy to miss and a no-show cannot be taken back.
        let confirmed = (try? req.content.get(String.self, at: "confirmed")) == "yes"
        if !confirmed, action == .start && idChecked == false || action == .noShow {
            let (current, _) = try await req.stores.queue.atCounter(officeSlug: s.office.slug, counter: s.counter, day: req.today)
            if let entry = current.first(where: { $0.id == id }) {
                return try await page(req, l, confirm: action == .noShow ? .noShow(entry) : .startWithoutID(entry))
            }
        }
        let entry: QueueEntry
        do {
            entry = try await req.useCases.actOnQueueEntry(action, entryID: id, at: s.office, counter: toCounter,
                                                           transferTo: service, idChecked: idChecked, staffUserID: s.user.id)
        } catch VisitProblem.notFound {
            throw Abort(.notFound)
        } catch VisitProblem.illegalTransition {
            return try await page(req, l, error: p.illegalTransition, status: .conflict)
        } catch VisitProblem.notServedHere {
            return try await page(req, l, error: p.notServedHere, status: .unprocessableEntity)
        }
        switch action {
        case .start where idChecked == false: return done(req, l, s, .startedWithoutID, number: entry.number)
        case .noShow: return done(req, l, s, .noShow, number: entry.number)
        default: return done(req, l, s)
        }
    }

    /// The emergency button: every active supervisor of the office is alerted at once by message
    /// (the conduct register of a later issue will keep it); the audit trail records who and where.
    func emergency(_ req: Request, _ l: Language) async throws -> Response {
        let s = try await setup(req)
        let now = req.clock.now()
        let supervisors = try await req.stores.staff.users().filter { EmergencyAlert.concerns($0, office: s.office.slug) }
        let text = AlertMessages.emergency(staffName: "\(s.user.name) \(s.user.surname)", unit: s.user.unit, office: s.office,
                                           counter: s.counter, at: now)
        let messages = supervisors.flatMap {
            OutboxMessage.toEachContact(email: $0.email, phone: $0.phone.flatMap { $0.isEmpty ? nil : $0 }, kind: .alert,
                                        language: .lv, text: text,
                                        sms: AlertMessages.emergencySMS(staffName: "\(s.user.name) \(s.user.surname)",
                                                                        office: s.office, counter: s.counter, at: now),
                                        sendAfter: now, bookingID: nil,
                                        officeSlug: s.office.slug, clientID: nil)
        }
        try await req.stores.queue.recordEmergency(officeSlug: s.office.slug, counter: s.counter,
                                                               actor: s.user.id.uuidString, actorID: s.user.id,
                                                               actorName: "\(s.user.name) \(s.user.surname)",
                                                               messages: messages, now: now)
        return done(req, l, s, .emergency)
    }

    /// Closing time under the office's offer-booking policy: the queue closes and each person still
    /// in line gets a priority booking pass, printed from the page this returns.
    func close(_ req: Request, _ l: Language) async throws -> Response {
        let s = try await setup(req)
        do {
            let passes = try await req.useCases.closeQueue(at: s.office, actor: s.user.id.uuidString)
            let names = Dictionary(try await req.stores.reference.services().map { ($0.slug, $0.name) },
                                   uniquingKeysWith: { a, _ in a })
            let base = req.publicBaseURL
            return html(PassSlips.view(.init(language: l, csrf: try await req.formToken(), user: s.user, office: s.office,
                                                  counter: s.counter, chosen: s.chosen,
                                                  passes: passes.map { p in
                .init(number: p.entry.number, service: names[p.entry.serviceSlug],
                      urlLv: base + OfficeToday.passPath(.lv, token: p.token), urlEn: base + OfficeToday.passPath(.en, token: p.token),
                      expires: p.expiresAt)
            }), .of(l)))
        } catch VisitProblem.queueStillOpen {
            return try await page(req, l, error: CounterStrings.of(l).queueStillOpen, status: .conflict)
        }
    }
}
