import Domain
import Foundation
import UseCases
import Vapor

/// Booking by staff for a caller or a visitor (I-BOOK), and the day view's cancel and no-show
/// actions. The same rules and booking use cases as the public pages; who did it goes to the audit
/// trail; the office must be in the employee's scope (AccessPolicy).
struct StaffBookingController: Sendable {
    /// Offices the employee may book in: their own, or all for agency-wide roles.
    private func offices(_ req: Request, _ principal: StaffPrincipal) async throws -> [Office] {
        try await req.stores.reference.offices().filter {
            AccessPolicy.decide(principal, .bookingsManage, office: $0.slug) == .allow
        }
    }

    private func input(_ req: Request, _ name: String) -> String? {
        req.query[String.self, at: name] ?? (try? req.content.get(String.self, at: name))
    }

    func form(_ req: Request, _ l: Language, values: [String: String], errors: [(field: String, message: String)],
              status: HTTPResponseStatus) async throws -> Response {
        let (user, principal) = try req.requireStaff(.bookingsManage)
        let offices = try await offices(req, principal)
        let services = try await req.stores.reference.services().filter(\.needsAppointment)
        let office = offices.first { $0.slug == input(req, "office") }
        let service = services.first { $0.slug == input(req, "service") && (office?.desks[$0.slug] ?? 0) > 0 }
        let date = input(req, "date").flatMap(LocalDate.init(iso:)) ?? req.today
        var offers: [Availability.Offer] = []
        if let office, let service {
            offers = try await req.useCases.findFreeTimes().offers(office, service, from: date, through: date)
        }
        return html(StaffBook.view(.init(language: l, csrf: try await req.formToken(), user: user, offices: offices,
                                         services: services, office: office, service: service, date: date, offers: offers,
                                         values: values, errors: errors), .of(l)), status: status)
    }

    func book(_ req: Request, _ l: Language) async throws -> Response {
        struct Input: Content {
            var office: String?, service: String?, start: String?, name: String?, surname: String?, personalCode: String?
            var dateOfBirth: String?, documentNumber: String?, phone: String?, email: String?, language: String?
            var interpreter: String?, channel: String?
        }
        let i = try req.content.decode(Input.self)
        let (user, _) = try req.requireStaff(.bookingsManage)
        // An office outside the employee's scope is refused; an unknown one is a form error below.
        if let slug = i.office, try await req.stores.reference.office(slug: slug) != nil {
            _ = try req.requireStaff(.bookingsManage, office: slug)
        }
        // What was typed, to give back with the errors.
        let values = (try? req.content.decode([String: String].self)) ?? [:]
        let typed = BookingForm(officeSlug: i.office ?? "", serviceSlug: i.service ?? "", name: i.name ?? "",
                                surname: i.surname ?? "", personalCode: i.personalCode, dateOfBirth: i.dateOfBirth,
                                  documentNumber: i.documentNumber, phone: i.phone, email: i.email,
                                  language: i.language == "en" ? .en : .lv, interpreter: i.interpreter == "yes")
        let strings = ProblemStrings.of(l)
        let book = req.useCases.bookAppointment(actor: "\(user.id.uuidString) via \(i.channel == "desk" ? "desk" : "phone")")
        do {
            let request = try typed.booking(start: i.start ?? "", today: req.today)
            let (booking, _) = try await book(request)
            // Post/redirect/get: the booking's own page, which a refresh only reads (issue 16, item 6).
            return req.redirect(to: "\(StaffPage.appointment(office: booking.officeSlug, code: booking.code).path(l))"
                                    + "?date=\(RigaTime.date(of: booking.start))", redirectType: .normal)
        } catch let problems as BookingForm.Problems {
            return try await form(req, l, values: values, errors: FormWording.fields(problems, strings), status: .unprocessableEntity)
        } catch let problem as BookingProblem {
            let (errors, status) = FormWording.fields(problem, strings)
            return try await form(req, l, values: values, errors: errors, status: HTTPResponseStatus(statusCode: Int(status)))
        }
    }

    /// The booking just made for a caller: its code to read out, its time, where the confirmation
    /// went. Read from the day's list, so the read is in the access log like the day view's.
    func booked(_ req: Request, _ l: Language) async throws -> Response {
        let slug = req.parameters.get("office") ?? "", code = BookingCode.normalise(req.parameters.get("code") ?? "")
        let (user, principal) = try req.requireStaff(.bookingsManage, office: slug)
        guard let date = req.query[String.self, at: "date"].flatMap(LocalDate.init(iso:)),
              let office = try await req.stores.reference.office(slug: slug) else { throw Abort(.notFound) }
        let reader = ClientReader(staffUserID: user.id, roles: principal.roles, offices: principal.offices,
                                  channel: "page /staff/offices/{office}/appointments/{code}", purpose: "booking made for a caller")
        guard let appointment = try await req.stores.bookings.day(officeSlug: slug, date: date, by: reader, now: req.clock.now())
                .first(where: { $0.booking.code == code }),
              let service = try await req.stores.reference.service(slug: appointment.booking.serviceSlug) else { throw Abort(.notFound) }
        return html(StaffBook.doneView(.init(language: l, csrf: try await req.formToken(), user: user, booking: appointment.booking,
                                             office: office, service: service), .of(l)))
    }

    func noShow(_ req: Request, _ l: Language) async throws -> Response {
        let office = req.parameters.get("office") ?? "", code = req.parameters.get("code") ?? ""
        let (user, _) = try req.requireStaff(.bookingsManage, office: office)
        let s = StaffBookingStrings.of(l)
        // Asked a second time: a no-show cannot be taken back (issue 16, item 6).
        guard (try? req.content.get(String.self, at: "confirmed")) == "yes" else {
            return try await DayViewController().dayView(req, l, confirm: (.appointmentNoShow(office: office, code: code), code, true))
        }
        do {
            try await req.useCases.cancelBooking.noShow(code: code, office: office, actor: user.id.uuidString)
        } catch BookingProblem.notFound {
            throw Abort(.notFound)
        } catch BookingFailure.notStarted {
            return try await DayViewController().dayView(req, l, error: s.notStarted, status: .conflict)
        } catch BookingProblem.underWay {
            return try await DayViewController().dayView(req, l, error: ProblemStrings.of(l).bookingUnderWay, status: .conflict)
        }
        return done(req, l, office: office, code: code, "no-show")
    }

    func cancel(_ req: Request, _ l: Language) async throws -> Response {
        let office = req.parameters.get("office") ?? "", code = req.parameters.get("code") ?? ""
        let (user, _) = try req.requireStaff(.bookingsManage, office: office)
        // Asked a second time: a cancellation frees the seat and tells the client (issue 16, item 6).
        guard (try? req.content.get(String.self, at: "confirmed")) == "yes" else {
            return try await DayViewController().dayView(req, l, confirm: (.appointmentCancel(office: office, code: code), code, false))
        }
        do {
            try await req.useCases.cancelBooking.byClerk(code: code, office: office, actor: user.id.uuidString)
        } catch BookingProblem.notFound {
            throw Abort(.notFound)
        } catch BookingProblem.underWay {
            return try await DayViewController().dayView(req, l, error: ProblemStrings.of(l).bookingUnderWay, status: .conflict)
        }
        return done(req, l, office: office, code: code, "cancelled")
    }

    /// Back to the day's list after the change (post/redirect/get: a refresh repeats nothing).
    private func done(_ req: Request, _ l: Language, office: String, code: String, _ what: String) -> Response {
        let date = req.query[String.self, at: "date"].flatMap(LocalDate.init(iso:)) ?? req.today
        return req.redirect(to: "\(StaffPage.appointments(office: office).path(l))?date=\(date)&done=\(what)&code=\(BookingCode.normalise(code))",
                            redirectType: .normal)
    }
}
