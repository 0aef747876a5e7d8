import Domain
import Foundation
import UseCases
import Vapor

/// The entrance kiosk (issue 5). The tablet is set up once by opening
/// `/kiosks/{office}?token=apk_kiosk_…`: the token moves into an HttpOnly cookie and out of the
/// address bar. Without the office's live kiosk token the page says what it is for (401).
struct KioskController: Sendable {
    static let cookie = "apk_kiosk"

    func register(_ app: Application) {
        for l in Language.allCases {
            let routes = (l == .lv ? app.grouped("kiosks") : app.grouped("en", "kiosks")).grouped(CSRFMiddleware())
            routes.get(":office") { req in try await start(req, l) }
            routes.post(":office", "checkin") { req in try await checkIn(req, l) }
            routes.post(":office", "ticket") { req in try await ticket(req, l) }
            routes.get(":office", "ticket", ":id") { req in try await showTicket(req, l) }
        }
        // The English kiosk's first address, kept for tablets already set up with it.
        app.get("en", "kiosk", ":office") { req -> Response in
            let query = req.url.query.map { "?\($0)" } ?? ""
            return req.redirect(to: Kiosk.path(.en, office: req.parameters.get("office") ?? "") + query, redirectType: .permanent)
        }
        app.get("kiosk.js") { _ -> Response in
            let r = Response(status: .ok, body: .init(string: Kiosk.script))
            r.headers.contentType = HTTPMediaType(type: "text", subType: "javascript", parameters: ["charset": "utf-8"])
            r.headers.cacheControl = .init(isPublic: true, maxAge: 3600)
            return r
        }
    }

    enum Access { case allowed(Office), setCookie(Response), refused(Response) }

    /// The office, if the request carries its live kiosk token (query once, then the cookie).
    private func access(_ req: Request, _ l: Language) async throws -> Access {
        guard let office = try await req.stores.reference.office(slug: req.parameters.get("office") ?? "") else {
            throw Abort(.notFound)
        }
        let given = req.query[String.self, at: "token"]
        let token = given ?? req.cookies[Self.cookie]?.string ?? ""
        let stored = TokenKind.of(token: token) == .kiosk
            ? try await req.stores.staff.useToken(token, now: req.clock.now()) : nil
        guard let stored, stored.kind == .kiosk, stored.officeSlug == office.slug else {
            let t = Strings.of(l)
            return .refused(html(Kiosk.render(title: t.kiosk.title, language: l, office: office.name.text(l),
                                              otherPath: Kiosk.path(l.other, office: office.slug), t, main: [
                H.el("h1", [], text: t.kiosk.title), H.el("p", [], text: t.kiosk.notAKiosk),
            ]), status: .unauthorized))
        }
        if given != nil {
            let response = req.redirect(to: Kiosk.path(l, office: office.slug), redirectType: .normal)
            response.cookies[Self.cookie] = HTTPCookies.Value(string: token, expires: nil, maxAge: 365 * 86400, domain: nil,
                                                              path: "/", isSecure: req.isSecure, isHTTPOnly: true,
                                                              sameSite: .strict)
            return .setCookie(response)
        }
        return .allowed(office)
    }

    func start(_ req: Request, _ l: Language, code: String = "", error: String? = nil, offer: Service? = nil,
               status: HTTPResponseStatus = .ok) async throws -> Response {
        let office: Office
        switch try await access(req, l) {
        case .allowed(let o): office = o
        case .setCookie(let r), .refused(let r): return r
        }
        let base = Kiosk.path(l, office: office.slug)
        let rows = try await req.useCases.officeToday.summary(office)
            .map { (service: $0.service, waiting: $0.waiting, minutes: $0.estimatedMinutes) }
        return html(Kiosk.startView(.init(language: l, office: office, services: rows,
                                          checkInCSRF: try await req.anonymousFormToken(for: "\(base)/checkin"),
                                          ticketCSRF: try await req.anonymousFormToken(for: "\(base)/ticket"), code: code,
                                          error: error, offerTicketFor: offer), .of(l)), status: status)
    }

    func checkIn(_ req: Request, _ l: Language) async throws -> Response {
        guard case .allowed(let office) = try await access(req, l) else { return try await start(req, l) }
        let code = ((try? req.content.get(String.self, at: "bookingCode")) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let p = ProblemStrings.of(l)
        do {
            let (entry, arrival) = try await req.useCases.checkInAppointment(at: office, code: code)
            return req.redirect(to: Kiosk.ticketPath(l, office: office.slug, entry: entry.id, arrival: arrival), redirectType: .normal)
        } catch VisitProblem.tooEarly(let opensAt) {
            return try await start(req, l, code: code, error: p.checkinTooEarly(RigaTime.time(of: opensAt).description),
                                   status: .conflict)
        } catch VisitProblem.tooLate {
            // Qmatic's practice: the appointment is lost, a walk-in ticket for the same service is offered.
            let service = try await req.stores.queue.bookingForCheckIn(code: code, officeSlug: office.slug)
                .map(\.serviceSlug)
            let offer: Service? = if let service { try await req.stores.reference.service(slug: service) } else { nil }
            return try await start(req, l, code: code, error: p.checkinTooLate, offer: offer, status: .conflict)
        } catch VisitProblem.unknownBooking {
            return try await start(req, l, code: code, error: p.unknownBookingCode, status: .notFound)
        }
    }

    /// The ticket after a check-in or a walk-in (post/redirect/get, issue 16 item 6: a refresh
    /// shows the same ticket and takes no second one). Only today's tickets of this kiosk's office.
    func showTicket(_ req: Request, _ l: Language) async throws -> Response {
        let office: Office
        switch try await access(req, l) {
        case .allowed(let o): office = o
        case .setCookie(let r), .refused(let r): return r
        }
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let entry = try await req.stores.queue.entry(id: id), entry.officeSlug == office.slug, entry.day == req.today,
              let service = try await req.stores.reference.service(slug: entry.serviceSlug) else { throw Abort(.notFound) }
        let arrival = req.query[String.self, at: "arrival"].flatMap(Kiosk.arrival(fromQuery:))
        return html(Kiosk.ticketView(.init(language: l, office: office, service: service, entry: entry, arrival: arrival,
                                           returnSeconds: req.services.kioskReturnSeconds), .of(l)))
    }

    func ticket(_ req: Request, _ l: Language) async throws -> Response {
        guard case .allowed(let office) = try await access(req, l) else { return try await start(req, l) }
        let serviceSlug = (try? req.content.get(String.self, at: "serviceId")) ?? ""
        let cases = req.useCases
        let p = ProblemStrings.of(l)
        do {
            let entry = try await cases.issueWalkInTicket(at: office, serviceSlug: serviceSlug)
            return req.redirect(to: Kiosk.ticketPath(l, office: office.slug, entry: entry.id, arrival: nil), redirectType: .normal)
        } catch let failure as VisitProblem {
            let message: String
            switch failure {
            case .outsideHours: message = p.ticketsOutsideHours
            case .afterCutoff: message = p.ticketsAfterCutoff
            case .quotaReached: message = p.ticketsQuota
            default: message = p.notServedHere
            }
            return try await start(req, l, error: message, status: .conflict)
        }
    }
}
