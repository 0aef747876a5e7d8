import Domain
import Foundation
import UseCases
import Vapor

/// Administrators correct the calendar through the API as on the calendar page (issue 13):
/// one use case (ChangeReferenceData) checks Labour Law §133(4) and tells displaced clients.
extension APIHandler {
    func addCalendarTransfer(_ input: Operations.AddCalendarTransfer.Input) async throws -> Operations.AddCalendarTransfer.Output {
        let req = try request
        let (user, _) = try req.requireStaff(Permission.referenceEdit)
        guard case .json(let body) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        let told = try await Self.calendarChange {
            try await useCases.changeReferenceData(actor: user.id.uuidString).transfer(dayOff: body.dayOff, workingDay: body.workingDay,
                                                                                       reason: body.reason)
        }
        return .created(.init(body: .json(try await changed(told, year: LocalDate(iso: body.dayOff)?.year))))
    }

    func addCalendarFestivalDay(_ input: Operations.AddCalendarFestivalDay.Input) async throws -> Operations.AddCalendarFestivalDay.Output {
        let req = try request
        let (user, _) = try req.requireStaff(Permission.referenceEdit)
        guard case .json(let body) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        let told = try await Self.calendarChange {
            try await useCases.changeReferenceData(actor: user.id.uuidString).songFestivalDay(date: body.date)
        }
        return .created(.init(body: .json(try await changed(told, year: LocalDate(iso: body.date)?.year))))
    }

    func addCalendarHoliday(_ input: Operations.AddCalendarHoliday.Input) async throws -> Operations.AddCalendarHoliday.Output {
        let req = try request
        let (user, _) = try req.requireStaff(Permission.referenceEdit)
        guard case .json(let body) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        let told = try await Self.calendarChange {
            try await useCases.changeReferenceData(actor: user.id.uuidString)
                .oneOffHoliday(date: body.date, nameLv: body.name, nameEn: body.nameEn ?? "")
        }
        return .created(.init(body: .json(try await changed(told, year: LocalDate(iso: body.date)?.year))))
    }

    /// The answer: the year as it now is, and how many clients were told.
    private func changed(_ told: Int, year: Int?) async throws -> Components.Responses.CalendarChanged.Body.JsonPayload {
        let calendar = WorkingCalendar(adjustments: try await stores.reference.calendarAdjustments())
        let y = year ?? RigaTime.date(of: services.clock.now()).year
        return .init(clientsTold: told, calendar: APIMapping.calendarYear(calendar.year(y)))
    }

    /// A refused change as 422 naming each field, in the request's language.
    static func calendarChange(_ body: () async throws -> Int) async throws -> Int {
        do {
            return try await body()
        } catch let problem as ReferenceProblem {
            let fields = problem.fields
            throw APIProblem(.ruleViolated, detail: { s in ReferenceWording.detail(fields[0].issue, s.language) },
                             errors: { s in fields.map { .init(pointer: "/\($0.name)", detail: ReferenceWording.detail($0.issue, s.language)) } })
        }
    }
}
