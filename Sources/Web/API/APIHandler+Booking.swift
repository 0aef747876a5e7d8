import Domain
import Foundation
import UseCases
import Vapor

/// Booking operations (I-BOOK, C-CONTACT, C-EARLY, C-INTERPRETER). Rules are checked in order —
/// the request's own fields, the slot on offer, then the seat, which the database decides.
extension APIHandler {
    func getAvailability(_ input: Operations.GetAvailability.Input) async throws -> Operations.GetAvailability.Output {
        let range = try Self.dateRange(from: input.query.from, to: input.query.to)
        let (office, service) = try await officeAndService(input.path.officeId, input.query.service)
        let times = useCases.findFreeTimes()
        let offers = try await times.offers(office, service, from: range.from, through: range.to)
        let schedule = try await times.schedule(office, service)
        return .ok(.init(body: .json(.init(
            slots: offers.map { .init(start: RigaTime.rfc3339($0.slot.start), end: RigaTime.rfc3339($0.slot.end),
                                      remaining: $0.remaining) },
            releaseSchedule: .init(releaseTime: schedule.releaseTime.description, daysAhead: schedule.daysAhead,
                                   minimumLeadMinutes: schedule.minimumLeadMinutes,
                                   lastBookableDate: schedule.lastBookableDate(now: times.now).description)))))
    }

    func createBooking(_ input: Operations.CreateBooking.Input) async throws -> Operations.CreateBooking.Output {
        guard case .json(let body) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        let cases = useCases
        let request = try BookingInputValidation.request(from: body, today: RigaTime.date(of: cases.now))
        var priority: PriorityGrant?
        if let pass = body.priorityPass {
            let (office, service) = try await Self.problems {
                try await cases.findFreeTimes().officeAndService(request.officeSlug, request.serviceSlug)
            }
            guard let usable = try await cases.usablePass(pass, office: office, service: service) else {
                throw APIProblem(.gone, detail: { $0.passNotUsable })
            }
            priority = usable
        }
        let book = cases.bookAppointment(priority: priority)
        let (booking, token) = try await Self.problems { try await book(request) }
        return .created(.init(body: .json(APIMapping.created(booking, manageToken: token))))
    }

    /// A booking use case's refusals as problems (`APIProblem(BookingProblem)`).
    static func problems<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let problem as BookingProblem {
            throw APIProblem(problem)
        }
    }

    func getBooking(_ input: Operations.GetBooking.Input) async throws -> Operations.GetBooking.Output {
        guard let booking = try await stores.bookings.booking(code: input.path.code, manageToken: try manageToken())
        else { throw APIProblem(.notFound, detail: { $0.noSuchPath }) }
        return .ok(.init(body: .json(APIMapping.booking(booking))))
    }

    func cancelBooking(_ input: Operations.CancelBooking.Input) async throws -> Operations.CancelBooking.Output {
        let token = try manageToken(), cancel = useCases.cancelBooking
        try await Self.problems { try await cancel.byClient(code: input.path.code, manageToken: token) }
        return .noContent(.init())
    }

    func rescheduleBooking(_ input: Operations.RescheduleBooking.Input) async throws -> Operations.RescheduleBooking.Output {
        guard case .json(let body) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        let token = try manageToken()
        guard let start = RigaTime.parse(body.start) else {
            throw APIProblem(BookingProblem.field("start", .badDateTime))
        }
        let reschedule = useCases.rescheduleBooking
        let moved = try await Self.problems { try await reschedule(code: input.path.code, manageToken: token, to: start) }
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

/// The API's booking input → a Domain request, or 422 naming each bad field (the same check as
/// the pages': `BookingForm`).
enum BookingInputValidation {
    static func request(from body: Components.Schemas.BookingInput, today: LocalDate) throws -> BookingRequest {
        let form = BookingForm(officeSlug: body.officeId, serviceSlug: body.serviceId, name: body.name, surname: body.surname,
                               personalCode: body.personalCode, dateOfBirth: body.dateOfBirth,
                               documentNumber: body.documentNumber, phone: body.phone, email: body.email,
                               language: body.language == .en ? .en : .lv, interpreter: body.interpreter)
        do {
            return try form.booking(start: body.start, today: today)
        } catch {
            throw APIProblem(error)
        }
    }
}
