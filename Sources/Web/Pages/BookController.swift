import Domain
import Foundation
import UseCases
import Vapor

/// Public booking pages: each step reads what it needs and renders its page; the booking itself
/// goes through the same validation and booking use cases as the API.
struct BookController: Sendable {
    func register(_ app: Application) {
        for l in Language.allCases {
            let routes = (l == .lv ? app.grouped("pierakstities") : app.grouped("en", "book")).grouped(CSRFMiddleware())
            routes.get { req in try await services(req, l) }
            routes.get(l == .lv ? "prioritate" : "priority", ":token") { req in try await pass(req, l) }
            routes.get(l == .lv ? "apstiprinats" : "confirmed", ":code") { req in try await confirmation(req, l) }
            routes.get(":service") { req in try await offices(req, l) }
            routes.get(":service", ":office") { req in try await days(req, l) }
            routes.get(":service", ":office", ":date") { req in try await form(req, l, values: [:], errors: [], status: .ok) }
            routes.post(":service", ":office", ":date") { req in try await submit(req, l) }
        }
    }

    /// The booking use cases for this request, with the priority pass when there is one.
    private struct Journey {
        let cases: UseCaseFactory
        var priorityPass: PriorityGrant?
        var now: Date { cases.now }
        var times: FindFreeTimes { cases.findFreeTimes(priority: priorityPass) }

        func offers(_ office: Office, _ service: Service, from: LocalDate,
                    through: LocalDate? = nil) async throws -> [Availability.Offer] {
            try await times.offers(office, service, from: from, through: through)
        }

        func schedule(_ office: Office?, _ service: Service?) async throws -> ReleaseSchedule {
            try await times.schedule(office, service)
        }

        func book(_ request: BookingRequest) async throws -> (Booking, String) {
            try await cases.bookAppointment(priority: priorityPass)(request)
        }
    }

    private func flow(_ req: Request) -> Journey { Journey(cases: req.useCases) }

    /// The flow for this office and service, with the priority pass in `?pass=` when there is one.
    /// A pass that cannot be used any more ends the journey on a page that says so (410).
    private struct PassGone: Error {}

    private func flow(_ req: Request, _ office: Office, _ service: Service) async throws -> Journey {
        var f = flow(req)
        guard let token = req.query[String.self, at: "pass"] else { return f }
        guard let pass = try await f.cases.usablePass(token, office: office, service: service) else {
            throw PassGone()
        }
        f.priorityPass = pass
        return f
    }

    private func priority(_ f: Journey, _ office: Office, _ service: Service) async throws -> Book.Priority? {
        guard let pass = f.priorityPass else { return nil }
        return Book.Priority(token: pass.token, lastDate: try await f.schedule(office, service).lastBookableDate(now: f.now),
                             expires: pass.expiresAt)
    }

    /// The flow, or nil when the request carries a pass that cannot be used any more.
    private func flowOrGone(_ req: Request, _ office: Office, _ service: Service) async throws -> Journey? {
        do { return try await flow(req, office, service) } catch is PassGone { return nil }
    }

    private func passGone(_ l: Language) -> Response {
        html(Book.passGoneView(.init(language: l), .of(l)), status: .gone)
    }

    /// The address printed on a priority pass: straight to the office's days, pass in hand.
    func pass(_ req: Request, _ l: Language) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        let now = req.clock.now()
        guard let pass = try await req.stores.passes.priorityPass(token: token), pass.state(at: now) == .usable else {
            return passGone(l)
        }
        return req.redirect(to: Book.path(l, pass.serviceSlug, pass.officeSlug) + "?pass=\(token)", redirectType: .normal)
    }

    func services(_ req: Request, _ l: Language) async throws -> Response {
        let list = try await req.stores.reference.services().filter(\.needsAppointment)
        return html(Book.servicesView(.init(language: l, services: list), .of(l)))
    }

    private func service(_ req: Request) async throws -> Service {
        guard let s = try await req.stores.reference.service(slug: req.parameters.get("service") ?? ""),
              s.needsAppointment else { throw Abort(.notFound) }
        return s
    }

    private func office(_ req: Request, for service: Service) async throws -> Office {
        guard let o = try await req.stores.reference.office(slug: req.parameters.get("office") ?? ""),
              (o.desks[service.slug] ?? 0) > 0 else { throw Abort(.notFound) }
        return o
    }

    /// Offers of one office and service from today (or `from`) to the end of the release window.
    private func offers(_ req: Request, _ office: Office, _ service: Service, from: LocalDate? = nil,
                        through: LocalDate? = nil) async throws -> [Availability.Offer] {
        let f = flow(req)
        return try await f.offers(office, service, from: from ?? RigaTime.date(of: f.now), through: through)
    }

    func offices(_ req: Request, _ l: Language) async throws -> Response {
        let service = try await service(req)
        var rows: [(office: Office, nextFree: Date?)] = []
        for office in try await req.stores.reference.offices() where office.active && (office.desks[service.slug] ?? 0) > 0 {
            rows.append((office, try await offers(req, office, service).first { $0.remaining > 0 }?.slot.start))
        }
        // The schedule for the service anywhere; an office with its own shows it on its page.
        let schedule = try await flow(req).schedule(nil, service)
        return html(Book.officesView(.init(language: l, service: service, offices: rows, schedule: schedule), .of(l)))
    }

    func days(_ req: Request, _ l: Language) async throws -> Response {
        let service = try await service(req)
        let office = try await office(req, for: service)
        guard let f = try await flowOrGone(req, office, service) else { return passGone(l) }
        let days = try await f.times.freeDays(office, service, from: RigaTime.date(of: f.now))
        let schedule = try await f.schedule(office, service)
        return html(Book.daysView(.init(language: l, service: service, office: office, days: days, schedule: schedule,
                                        priority: try await priority(f, office, service)), .of(l)))
    }

    func form(_ req: Request, _ l: Language, values: [String: String], errors: [(field: String, message: String)],
              status: HTTPResponseStatus, lostLinkHelp: Bool = false) async throws -> Response {
        let service = try await service(req)
        let office = try await office(req, for: service)
        guard let date = req.parameters.get("date").flatMap(LocalDate.init(iso:)) else { throw Abort(.notFound) }
        guard let f = try await flowOrGone(req, office, service) else { return passGone(l) }
        let offers = try await f.offers(office, service, from: date, through: date)
        let why = try await f.times.bookability(office, service, date: date, offers: offers)
        let csrf = try await req.services.formTokens.get(req.stores.secrets)
            .issue(binding: "anonymous:\(Book.path(l, service.slug, office.slug, date.description))", now: req.clock.now())
        return html(Book.formView(.init(language: l, service: service, office: office, date: date, offers: offers,
                                        why: why, values: values, errors: errors, lostLinkHelp: lostLinkHelp, csrf: csrf,
                                        priority: try await priority(f, office, service)), .of(l)), status: status)
    }

    /// The confirmation after booking, by the booking's code and manage token (404 otherwise,
    /// like the manage page): what the redirect after the form leads to, in either language.
    func confirmation(_ req: Request, _ l: Language) async throws -> Response {
        let code = req.parameters.get("code") ?? "", token = req.query[String.self, at: "token"] ?? ""
        guard let booking = try await req.stores.bookings.booking(code: code, manageToken: token),
              let office = try await req.stores.reference.office(slug: booking.officeSlug),
              let service = try await req.stores.reference.service(slug: booking.serviceSlug) else { throw Abort(.notFound) }
        // On screen the manage link stays on this site, in the booking's language.
        let url = "\(BookingManage.path(booking.language, code: booking.code))?token=\(token)"
        return html(Book.doneView(.init(language: l, booking: booking, office: office, service: service, manageURL: url,
                                        alternate: Book.confirmationPath(l.other, code: code, token: token)), .of(l)))
    }

    func submit(_ req: Request, _ l: Language) async throws -> Response {
        let service = try await service(req)
        let office = try await office(req, for: service)
        struct Input: Content {
            var start: String?, name: String?, surname: String?, personalCode: String?, dateOfBirth: String?
            var documentNumber: String?, phone: String?, email: String?, language: String?, interpreter: String?
        }
        let i = try req.content.decode(Input.self)
        // What was typed, to give back with the errors.
        let values = (try? req.content.decode([String: String].self)) ?? [:]
        let form = BookingForm(officeSlug: office.slug, serviceSlug: service.slug, name: i.name ?? "", surname: i.surname ?? "",
                               personalCode: i.personalCode, dateOfBirth: i.dateOfBirth, documentNumber: i.documentNumber,
                               phone: i.phone, email: i.email, language: i.language == "en" ? .en : .lv,
                               interpreter: i.interpreter == "yes")
        let strings = ProblemStrings.of(l)
        do {
            let request = try form.booking(start: i.start ?? "", today: req.today)
            guard let f = try await flowOrGone(req, office, service) else { return passGone(l) }
            let (booking, token) = try await f.book(request)
            // Post/redirect/get (issue 16, item 6): a refresh of the confirmation reads it again,
            // it does not send the form again.
            return req.redirect(to: Book.confirmationPath(l, code: booking.code, token: token), redirectType: .normal)
        } catch let problems as BookingForm.Problems {
            return try await self.form(req, l, values: values, errors: FormWording.fields(problems, strings),
                                       status: .unprocessableEntity)
        } catch let problem as BookingProblem {
            let (errors, status) = FormWording.fields(problem, strings)
            // "You already have a booking": the way to it when its link is lost (issue 16, item 2).
            var second = false
            if case .fields(let issues) = problem { second = issues.contains { $0.issue == .secondBooking } }
            return try await self.form(req, l, values: values, errors: errors, status: HTTPResponseStatus(statusCode: Int(status)),
                                       lostLinkHelp: second)
        }
    }
}
