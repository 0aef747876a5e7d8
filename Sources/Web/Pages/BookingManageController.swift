import Domain
import Foundation
import UseCases
import Vapor

/// The manage link (`/pieraksts/{code}?token=…`, `/en/booking/{code}?token=…`): view, .ics,
/// reschedule, cancel, and the person's own data — no account, the manage token is the key; a
/// wrong token is indistinguishable from an unknown code (404).
struct BookingManageController: Sendable {
    func register(_ app: Application) {
        for language in Language.allCases {
            let routes = (language == .lv ? app.grouped("pieraksts") : app.grouped("en", "booking"))
                .grouped(CSRFMiddleware())
            routes.get(":code") { req in try await page(req, language, notice: nil, error: nil) }
            routes.get(":code", "calendar.ics") { req in try await ics(req, language) }
            routes.post(":code", "cancel") { req in try await cancel(req, language) }
            routes.post(":code", "reschedule") { req in try await reschedule(req, language) }
            routes.get(":code", "data") { req in try await myData(req, language, json: false) }
            routes.get(":code", "data.json") { req in try await myData(req, language, json: true) }
        }
    }

    private func token(_ req: Request) -> String {
        req.query[String.self, at: "token"] ?? (try? req.content.get(String.self, at: "token")) ?? ""
    }

    private func load(_ req: Request) async throws -> (Booking, Office, Service) {
        let code = req.parameters.get("code") ?? ""
        guard let booking = try await req.stores.bookings.booking(code: code, manageToken: token(req)),
              let office = try await req.stores.reference.office(slug: booking.officeSlug),
              let service = try await req.stores.reference.service(slug: booking.serviceSlug) else {
            throw Abort(.notFound)
        }
        return (booking, office, service)
    }

    func page(_ req: Request, _ l: Language, notice: String?, error: String?, status: HTTPResponseStatus = .ok) async throws -> Response {
        let (booking, office, service) = try await load(req)
        let now = req.clock.now()
        var times: [Date] = []
        if booking.status == .active {
            times = try await req.useCases.findFreeTimes().offers(office, service, from: RigaTime.date(of: now))
                .filter { $0.remaining > 0 && $0.slot.start != booking.start }.prefix(80).map(\.slot.start)
        }
        let base = BookingManage.path(l, code: booking.code)
        return html(BookingManage.view(.init(
            language: l, booking: booking, token: token(req), office: office, service: service, otherTimes: times,
            cancelCSRF: try await req.anonymousFormToken(for: "\(base)/cancel"),
            rescheduleCSRF: try await req.anonymousFormToken(for: "\(base)/reschedule"), notice: notice, error: error),
            .of(l)), status: status)
    }

    func ics(_ req: Request, _ l: Language) async throws -> Response {
        let (b, office, service) = try await load(req)
        let body = BookingMessages.calendarEvent(b, office: office, service: service, now: req.clock.now())
        let r = Response(status: .ok, body: .init(string: body))
        r.headers.contentType = HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        r.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"pmlp-\(b.code).ics\"")
        return r
    }

    func cancel(_ req: Request, _ l: Language) async throws -> Response {
        let (b, _, _) = try await load(req)
        do {
            try await req.useCases.cancelBooking.byClient(code: b.code, manageToken: token(req))
        } catch BookingProblem.underWay {
            // Checked in between loading the page and pressing the button (BookingLifecycle).
            return try await page(req, l, notice: nil, error: ProblemStrings.of(l).bookingUnderWay, status: .conflict)
        }
        return try await page(req, l, notice: BookingStrings.of(l).cancelled, error: nil)
    }

    /// The same use case as the API's (RescheduleBooking); its refusals shown on the page.
    func reschedule(_ req: Request, _ l: Language) async throws -> Response {
        let (b, _, _) = try await load(req)
        guard let start = (try? req.content.get(String.self, at: "start")).flatMap(RigaTime.parse) else {
            return try await page(req, l, notice: nil, error: ProblemStrings.of(l).badDateTime, status: .unprocessableEntity)
        }
        do {
            _ = try await req.useCases.rescheduleBooking(code: b.code, manageToken: token(req), to: start)
        } catch BookingProblem.slotFull {
            return try await page(req, l, notice: nil, error: BookingStrings.of(l).slotTaken, status: .conflict)
        } catch let problem as BookingProblem {
            let strings = ProblemStrings.of(l), p = APIProblem(problem)
            return try await page(req, l, notice: nil, error: p.errors(strings).first?.detail ?? p.detail(strings),
                                  status: p.status)
        }
        return try await page(req, l, notice: BookingStrings.of(l).rescheduled, error: nil)
    }

    /// GDPR Art. 15 for the person: their record, bookings, who looked (roles and offices) and changes.
    func myData(_ req: Request, _ l: Language, json: Bool) async throws -> Response {
        let (b, _, _) = try await load(req)
        guard let doc = try await req.stores.personalData.build(clientID: b.clientID, now: req.clock.now(),
                                                                       schedule: req.services.retention) else {
            throw Abort(.notFound)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let r = Response(status: .ok, body: .init(data: try encoder.encode(doc)))
            r.headers.contentType = .json
            r.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"pmlp-my-data.json\"")
            return r
        }
        let path = "\(BookingManage.path(l, code: b.code))/data.json?token=\(token(req))"
        return html(MyData.view(.init(language: l, export: doc, downloadPath: path), .of(l)))
    }
}
