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
            let findSegment: PathComponent = language == .lv ? "atrast" : "find"
            routes.get(findSegment) { req in try await findForm(req, language, values: [:], errors: [], status: .ok) }
            routes.post(findSegment) { req in try await find(req, language) }
            routes.get(findSegment, language == .lv ? "nosutits" : "sent") { _ async in
                html(BookingManage.sentView(.init(language: language), .of(language)))
            }
            routes.get(":code") { req in try await page(req, language, notice: notice(req, language), error: nil) }
            routes.get(":code", "calendar.ics") { req in try await ics(req, language) }
            routes.get(":code", "cancel") { req in try await confirmCancel(req, language) }
            routes.post(":code", "cancel") { req in try await cancel(req, language) }
            routes.get(":code", "reschedule") { req in try await rescheduleDays(req, language) }
            routes.get(":code", "reschedule", ":date") { req in try await rescheduleTimes(req, language, error: nil, status: .ok) }
            routes.post(":code", "reschedule") { req in try await reschedule(req, language) }
            routes.get(":code", "data") { req in try await myData(req, language, json: false) }
            routes.get(":code", "data.json") { req in try await myData(req, language, json: true) }
        }
    }

    func findForm(_ req: Request, _ l: Language, values: [String: String], errors: [(field: String, message: String)],
                  status: HTTPResponseStatus) async throws -> Response {
        let csrf = try await req.anonymousFormToken(for: BookingManage.findPath(l))
        return html(BookingManage.findView(.init(language: l, csrf: csrf, values: values, errors: errors), .of(l)), status: status)
    }

    /// Whatever matched, the same page after the same redirect: the form tells nobody whether a
    /// code exists or whose it is (FindMyBooking).
    func find(_ req: Request, _ l: Language) async throws -> Response {
        let f = BookingFlowStrings.of(l), limits = (code: FindMyBooking.Limits.code, contact: FindMyBooking.Limits.contact)
        let code = ((try? req.content.get(String.self, at: "code")) ?? "").trimmingCharacters(in: .whitespaces)
        let contact = ((try? req.content.get(String.self, at: "contact")) ?? "").trimmingCharacters(in: .whitespaces)
        var errors: [(field: String, message: String)] = []
        if code.isEmpty { errors.append(("code", f.findCodeMissing)) }
        else if code.count > limits.code { errors.append(("code", ProblemStrings.of(l).tooLong(limits.code))) }
        if contact.isEmpty { errors.append(("contact", f.findContactMissing)) }
        else if contact.count > limits.contact { errors.append(("contact", ProblemStrings.of(l).tooLong(limits.contact))) }
        guard errors.isEmpty else {
            return try await findForm(req, l, values: ["code": String(code.prefix(limits.code)), "contact": String(contact.prefix(limits.contact))],
                                      errors: errors, status: .unprocessableEntity)
        }
        let outcome = try await req.useCases.findMyBooking(code: code, contact: contact)
        req.logger.info("find my booking: \(outcome)")       // never the code or the contact
        return req.redirect(to: BookingManage.sentPath(l), redirectType: .normal)
    }

    /// What was just done, from the redirect after a form (post/redirect/get: a refresh only reads).
    private func notice(_ req: Request, _ l: Language) -> String? {
        switch req.query[String.self, at: "done"] {
        case "cancelled": return BookingStrings.of(l).cancelled
        case "rescheduled": return BookingStrings.of(l).rescheduled
        default: return nil
        }
    }

    private func done(_ req: Request, _ l: Language, _ code: String, _ what: String) -> Response {
        req.redirect(to: "\(BookingManage.path(l, code: code))?token=\(token(req))&done=\(what)", redirectType: .normal)
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
        return html(BookingManage.view(.init(language: l, booking: booking, token: token(req), office: office, service: service,
                                             notice: notice, error: error), .of(l)), status: status)
    }

    /// A booking that cannot change any more (cancelled, checked in, attended) shows its page instead.
    private func changeable(_ req: Request) async throws -> (Booking, Office, Service)? {
        let loaded = try await load(req)
        return BookingLifecycle.canChange(loaded.0.status) ? loaded : nil
    }

    func confirmCancel(_ req: Request, _ l: Language) async throws -> Response {
        guard let (b, office, service) = try await changeable(req) else { return try await page(req, l, notice: nil, error: nil) }
        let csrf = try await req.anonymousFormToken(for: "\(BookingManage.path(l, code: b.code))/cancel")
        return html(BookingManage.cancelView(.init(language: l, booking: b, token: token(req), office: office, service: service,
                                                   csrf: csrf), .of(l)))
    }

    /// Moving, step one: every day with a free time, to the end of the release window.
    func rescheduleDays(_ req: Request, _ l: Language) async throws -> Response {
        guard let (b, office, service) = try await changeable(req) else { return try await page(req, l, notice: nil, error: nil) }
        let days = try await req.useCases.findFreeTimes().freeDays(office, service, from: req.today, except: b.start)
        return html(BookingManage.daysView(.init(language: l, booking: b, token: token(req), days: days), .of(l)))
    }

    /// Moving, step two: the chosen day's free times, or why it has none.
    func rescheduleTimes(_ req: Request, _ l: Language, error: String?, status: HTTPResponseStatus) async throws -> Response {
        guard let (b, office, service) = try await changeable(req) else { return try await page(req, l, notice: nil, error: nil) }
        guard let date = (req.parameters.get("date") ?? (try? req.content.get(String.self, at: "date"))).flatMap(LocalDate.init(iso:)) else {
            throw Abort(.notFound)
        }
        let times = req.useCases.findFreeTimes()
        let offers = try await times.offers(office, service, from: date, through: date).filter { $0.slot.start != b.start }
        let why = try await times.bookability(office, service, date: date, offers: offers)
        let csrf = try await req.anonymousFormToken(for: "\(BookingManage.path(l, code: b.code))/reschedule")
        return html(BookingManage.timesView(.init(language: l, booking: b, token: token(req), date: date, offers: offers, why: why,
                                                  csrf: csrf, error: error), .of(l)), status: status)
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
        return done(req, l, b.code, "cancelled")
    }

    /// The same use case as the API's (RescheduleBooking); its refusals shown beside the times of
    /// the chosen day (or on the booking's page when no day came with the form).
    func reschedule(_ req: Request, _ l: Language) async throws -> Response {
        let (b, _, _) = try await load(req)
        let hasDay = (try? req.content.get(String.self, at: "date")).flatMap(LocalDate.init(iso:)) != nil
        func refused(_ error: String, _ status: HTTPResponseStatus) async throws -> Response {
            hasDay ? try await rescheduleTimes(req, l, error: error, status: status)
                : try await page(req, l, notice: nil, error: error, status: status)
        }
        guard let start = (try? req.content.get(String.self, at: "start")).flatMap(RigaTime.parse) else {
            return try await refused(ProblemStrings.of(l).badDateTime, .unprocessableEntity)
        }
        do {
            _ = try await req.useCases.rescheduleBooking(code: b.code, manageToken: token(req), to: start)
        } catch BookingProblem.slotFull {
            return try await refused(BookingStrings.of(l).slotTaken, .conflict)
        } catch let problem as BookingProblem {
            let strings = ProblemStrings.of(l), p = APIProblem(problem)
            return try await refused(p.errors(strings).first?.detail ?? p.detail(strings), p.status)
        }
        return done(req, l, b.code, "rescheduled")
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
        let reference = req.stores.reference
        return html(MyData.view(.init(language: l, export: doc, downloadPath: path,
                                      offices: Dictionary(try await reference.offices().map { ($0.slug, $0.name) },
                                                          uniquingKeysWith: { a, _ in a }),
                                      services: Dictionary(try await reference.services().map { ($0.slug, $0.name) },
                                                           uniquingKeysWith: { a, _ in a }),
                                      retention: req.services.retention), .of(l)))
    }
}
