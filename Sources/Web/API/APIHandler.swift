import Domain
import Foundation
import OpenAPIRuntime
import OpenAPIVapor
import Vapor

/// The request being served, for handlers of the generated interface (which see only typed
/// input): its database and language. Set by `RequestInjectionMiddleware`.
enum CurrentRequest {
    @TaskLocal static var request: Request?
}

struct RequestInjectionMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        try await CurrentRequest.$request.withValue(request) { try await next.respond(to: request) }
    }
}

/// Implements the operations of `openapi.yaml`: decode (done by the generated code) → call
/// Domain/Storage → map to the generated types.
struct APIHandler: APIProtocol {
    let services: AppServices

    static let maxRangeDays = 366
    static var years: ClosedRange<Int> { WorkingCalendar.supportedYears }

    /// The current request's stores (outside a request, the background ones).
    var stores: any Stores { CurrentRequest.request.map { services.backend.stores($0) } ?? services.backend.background() }
    var store: any ReferenceAdministration { stores.reference }
    var useCases: UseCaseFactory { UseCaseFactory(stores: stores, services: services, now: services.clock.now()) }

    func getHealth(_ input: Operations.GetHealth.Input) async throws -> Operations.GetHealth.Output {
        do {
            try await stores.monitoring.ping()
            return .ok(.init(body: .json(.init(status: .ok, database: .ok))))
        } catch {
            (CurrentRequest.request?.logger ?? services.logger).warning("health: database does not answer")
            return .serviceUnavailable(.init(body: .json(.init(status: .unavailable, database: .unavailable))))
        }
    }

    func listServices(_ input: Operations.ListServices.Input) async throws -> Operations.ListServices.Output {
        let accounts = try await accountsByCode()
        let items = try await store.services().map { APIMapping.service($0, accounts, today: RigaTime.date(of: services.clock.now())) }
        return .ok(.init(body: .json(.init(items: items))))
    }

    func getService(_ input: Operations.GetService.Input) async throws -> Operations.GetService.Output {
        let slug = input.path.serviceId
        guard let service = try await store.service(slug: slug) else {
            throw APIProblem(.notFound, detail: { $0.unknownService(slug) })
        }
        return .ok(.init(body: .json(APIMapping.service(service, try await accountsByCode(), today: RigaTime.date(of: services.clock.now())))))
    }

    func listOffices(_ input: Operations.ListOffices.Input) async throws -> Operations.ListOffices.Output {
        let items = try await store.offices().map(APIMapping.office)
        return .ok(.init(body: .json(.init(items: items))))
    }

    func getOffice(_ input: Operations.GetOffice.Input) async throws -> Operations.GetOffice.Output {
        let slug = input.path.officeId
        guard let office = try await store.office(slug: slug) else {
            throw APIProblem(.notFound, detail: { $0.unknownOffice(slug) })
        }
        return .ok(.init(body: .json(APIMapping.office(office))))
    }

    func getOfficeHours(_ input: Operations.GetOfficeHours.Input) async throws -> Operations.GetOfficeHours.Output {
        let range = try Self.dateRange(from: input.query.from, to: input.query.to)
        let slug = input.path.officeId
        guard let office = try await store.office(slug: slug) else {
            throw APIProblem(.notFound, detail: { $0.unknownOffice(slug) })
        }
        let days = try await OfficeCalendar(store: store).days(office, from: range.from, through: range.to)
        return .ok(.init(body: .json(.init(officeId: office.slug, days: days.map(APIMapping.openingDay)))))
    }

    func getCalendarYear(_ input: Operations.GetCalendarYear.Input) async throws -> Operations.GetCalendarYear.Output {
        let year = input.path.year
        guard Self.years.contains(year) else {
            throw APIProblem.parameter("year", { $0.yearOutOfRange(Self.years.lowerBound, Self.years.upperBound) })
        }
        let calendar = WorkingCalendar(adjustments: try await store.calendarAdjustments())
        return .ok(.init(body: .json(APIMapping.calendarYear(calendar.year(year)))))
    }

    func accountsByCode() async throws -> [TreasuryAccount.Code: TreasuryAccount] {
        Dictionary(try await store.treasuryAccounts().map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// API-CONVENTIONS.md: `from` and `to` inclusive; `to` before `from`, or a range over 366 days → 400.
    static func dateRange(from: String, to: String) throws -> (from: LocalDate, to: LocalDate) {
        guard let start = LocalDate(iso: from) else { throw APIProblem.parameter("from", { $0.notADate("from") }) }
        guard let end = LocalDate(iso: to) else { throw APIProblem.parameter("to", { $0.notADate("to") }) }
        // Dates the calendar has no law for are refused by name (issue 11), not computed.
        guard years.contains(start.year) else {
            throw APIProblem.parameter("from", { $0.yearOutOfRange(years.lowerBound, years.upperBound) })
        }
        guard years.contains(end.year) else {
            throw APIProblem.parameter("to", { $0.yearOutOfRange(years.lowerBound, years.upperBound) })
        }
        guard start <= end else { throw APIProblem.parameter("to", { $0.rangeReversed }) }
        guard end.dayNumber - start.dayNumber + 1 <= maxRangeDays else {
            throw APIProblem.parameter("to", { $0.rangeTooLong(maxRangeDays) })
        }
        return (start, end)
    }
}
