import Domain
import Foundation
import Storage
import Vapor

/// Booking operations (I-BOOK, C-CONTACT, C-EARLY, C-INTERPRETER). Rules are checked in order —
/// the request's own fields, the slot on offer, then the seat, which the database decides.
extension APIHandler {
    func getAvailability(_ input: Operations.GetAvailability.Input) async throws -> Operations.GetAvailability.Output {
        let range = try Self.dateRange(from: input.query.from, to: input.query.to)
        let (office, service) = try await officeAndService(input.path.officeId, input.query.service)
        let now = services.clock.now()
        let flow = BookingFlow(db: db, now: now)
        let offers = try await flow.offers(office, service, from: range.from, through: range.to)
        let schedule = try await flow.schedule(office, service)
        return .ok(.init(body: .json(.init(
            slots: offers.map { .init(start: RigaTime.rfc3339($0.slot.start), end: RigaTime.rfc3339($0.slot.end),
                                      remaining: $0.remaining) },
            releaseSchedule: .init(releaseTime: schedule.releaseTime.description, daysAhead: schedule.daysAhead,
                                   minimumLeadMinutes: schedule.minimumLeadMinutes,
                                   lastBookableDate: schedule.lastBookableDate(now: now).description)))))
    }

    func createBooking(_ input: Operations.CreateBooking.Input) async throws -> Operations.CreateBooking.Output {
        guard case .json(let body) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        let request = try BookingInputValidation.request(from: body, today: RigaTime.date(of: services.clock.now()))
        var flow = BookingFlow(db: db, now: services.clock.now())
        flow.fairAccess = services.fairAccess
        if let pass = body.priorityPass {
            let (office, service) = try await Self.problems { [flow] in
                try await flow.officeAndService(request.officeSlug, request.serviceSlug)
            }
            guard let usable = try await BookingFlow.usablePass(pass, office: office, service: service, db: db, now: flow.now) else {
                throw APIProblem(.gone, detail: { $0.passNotUsable })
            }
            flow.priorityPass = usable
        }
        let (booking, token) = try await Self.problems { [flow] in try await flow.book(request) }
        return .created(.init(body: .json(APIMapping.created(booking, manageToken: token))))
    }

    /// BookingFlow's failures as problems: 422 naming the fields, or 409 when the slot is full.
    static func problems<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch BookingFlow.Failure.slotFull {
            throw APIProblem(.slotFull, detail: { $0.slotFull }, errors: { [.init(pointer: "/start", detail: $0.slotFull)] })
        } catch BookingFlow.Failure.passNotUsable {
            throw APIProblem(.gone, detail: { $0.passNotUsable })
        } catch BookingFlow.Failure.rules(let errors) {
            throw APIProblem(.ruleViolated, detail: { s in errors.first.map { $0(s).detail } ?? s.malformedRequest },
                             errors: { s in errors.map { $0(s) } })
        }
    }

    func getBooking(_ input: Operations.GetBooking.Input) async throws -> Operations.GetBooking.Output {
        guard let booking = try await FluentBookingStore(db: db).booking(code: input.path.code, manageToken: try manageToken())
        else { throw APIProblem(.notFound, detail: { $0.noSuchPath }) }
        return .ok(.init(body: .json(APIMapping.booking(booking))))
    }

    func cancelBooking(_ input: Operations.CancelBooking.Input) async throws -> Operations.CancelBooking.Output {
        do {
            try await FluentBookingStore(db: db).cancel(code: input.path.code, manageToken: try manageToken(),
                                                       now: services.clock.now())
        } catch BookingFailure.notFound {
            throw APIProblem(.notFound, detail: { $0.noSuchPath })
        }
        return .noContent(.init())
    }

    func rescheduleBooking(_ input: Operations.RescheduleBooking.Input) async throws -> Operations.RescheduleBooking.Output {
        guard case .json(let body) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        let store = FluentBookingStore(db: db)
        let token = try manageToken()
        guard let current = try await store.booking(code: input.path.code, manageToken: token), current.status == .active else {
            throw APIProblem(.notFound, detail: { $0.noSuchPath })
        }
        guard let start = RigaTime.parse(body.start) else {
            throw APIProblem(.ruleViolated, detail: { $0.badDateTime }, errors: { [.init(pointer: "/start", detail: $0.badDateTime)] })
        }
        let now = services.clock.now()
        let flow = BookingFlow(db: db, now: now)
        let moved = try await Self.problems { () -> Booking in
            let (office, service) = try await flow.officeAndService(current.officeSlug, current.serviceSlug)
            let slot = try await flow.offeredSlot(office, service, start: start)
            let calendar = WorkingCalendar(adjustments: try await self.store.calendarAdjustments())
            do {
                return try await store.reschedule(code: current.code, manageToken: token, to: slot, now: now) { b in
                    BookingFlow.messages(b, name: "", office: office, service: service, calendar: calendar, now: now,
                                         manageURL: nil)
                }
            } catch BookingFailure.slotFull {
                throw BookingFlow.Failure.slotFull
            }
        }
        return .ok(.init(body: .json(APIMapping.booking(moved))))
    }

    // MARK: helpers

    /// The manage token sent as `Authorization: Bearer apk_book_…`.
    func manageToken() throws -> String { try clientSecret() }

    /// A client secret (manage or waitlist token) sent as `Authorization: Bearer …`.
    func clientSecret() throws -> String {
        guard let header = CurrentRequest.request?.headers.first(name: .authorization),
              header.lowercased().hasPrefix("bearer ") else { throw AuthProblem.unauthenticated }
        return String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
    }

    /// Availability asks for an office and a service that exist (404 otherwise).
    private func officeAndService(_ officeSlug: String, _ serviceSlug: String) async throws -> (Office, Service) {
        guard let office = try await store.office(slug: officeSlug) else {
            throw APIProblem(.notFound, detail: { $0.unknownOffice(officeSlug) })
        }
        guard let service = try await store.service(slug: serviceSlug) else {
            throw APIProblem(.notFound, detail: { $0.unknownService(serviceSlug) })
        }
        return (office, service)
    }
}

/// The API's booking input → a Domain request, or 422 naming each bad field.
enum BookingInputValidation {
    static func request(from body: Components.Schemas.BookingInput, today: LocalDate) throws -> BookingRequest {
        let (person, personErrors) = PersonValidation.client(
            name: body.name, surname: body.surname, personalCode: body.personalCode, dateOfBirth: body.dateOfBirth,
            documentNumber: body.documentNumber, phone: body.phone, email: body.email, today: today)
        var errors = personErrors
        let start = RigaTime.parse(body.start)
        if start == nil { errors.append { .init(pointer: "/start", detail: $0.badDateTime) } }
        guard errors.isEmpty, let person, let start else { throw PersonValidation.problem(errors) }
        return BookingRequest(officeSlug: body.officeId, serviceSlug: body.serviceId, start: start, name: person.name,
                              surname: person.surname, identity: person.identity, phone: person.phone, email: person.email,
                              language: body.language == .en ? .en : .lv, interpreter: body.interpreter)
    }
}
