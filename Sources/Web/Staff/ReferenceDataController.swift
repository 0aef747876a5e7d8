import Domain
import Foundation
import UseCases
import Vapor

/// Reference data an administrator corrects (S-INFO): office exceptions, one-off holidays,
/// release rules and each office's visit settings.
struct ReferenceDataController: Sendable {
    func calendarAdmin(_ req: Request, _ l: Language, notice: String?, errors: [(field: String, message: String)],
                       status: HTTPResponseStatus) async throws -> Response {
        let (user, _) = try req.requireStaff(.referenceEdit)
        let store = req.stores.reference
        return html(CalendarAdmin.view(.init(language: l, csrf: try await req.formToken(), user: user,
                                             offices: try await store.offices(),
                                             adjustments: try await store.calendarAdjustments(),
                                             services: try await store.services().filter(\.needsAppointment),
                                             releaseRules: try await store.releaseRules(),
                                             notice: notice, errors: errors,
                                             visitSettings: try await store.allVisitSettings(),
                                             visitOffice: req.query[String.self, at: "visitOffice"]
                                                ?? (try? req.content.get(String.self, at: "visitOffice"))),
                                        .of(l)), status: status)
    }

    /// A refusal beside the form's fields, in the page's words.
    private func refused(_ req: Request, _ l: Language, _ problem: ReferenceProblem) async throws -> Response {
        let s = StaffStrings.of(l), b = StaffBookingStrings.of(l), v = VisitSettingsStrings.of(l)
        let errors = problem.fields.map { f -> (field: String, message: String) in
            switch f.issue {
            case .required, .notADate, .unknownOffice, .unknownService: return (f.name, s.fieldRequired)
            case .transfer, .alreadyThere, .tooLong, .notAPhone, .notAnEmail, .notAPostalCode, .tooManyRanges, .notHTTPS, .taken:
                return (f.name, ReferenceWording.detail(f.issue, l))
            case .badRanges: return (f.name, s.badRanges)
            case .badTime: return (f.name, b.badTime)
            case .outOfRange:
                switch f.name {
                case "daysAhead": return (f.name, b.badDaysAhead)
                case "leadMinutes": return (f.name, b.badLead)
                default: return (f.name, v.outOfRange)
                }
            }
        }
        return try await calendarAdmin(req, l, notice: nil, errors: errors, status: .unprocessableEntity)
    }

    /// Records an office exception; clients whose appointment it displaces are told (I-BOOK).
    func addException(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        struct Input: Content { var office: String?, date: String?, kind: String?, ranges: String?, reasonLv: String?, reasonEn: String? }
        let i = try req.content.decode(Input.self)
        do {
            let notified = try await req.useCases.changeReferenceData(actor: admin.id.uuidString).officeException(
                office: i.office ?? "", date: i.date ?? "", kind: i.kind ?? "", ranges: i.ranges ?? "", reasonLv: i.reasonLv,
                reasonEn: i.reasonEn)
            return try await calendarAdmin(req, l, notice: StaffStrings.of(l).savedNotified(notified), errors: [], status: .ok)
        } catch let problem as ReferenceProblem {
            return try await refused(req, l, problem)
        }
    }

    /// A release schedule for an office and/or service; clients see it at once on the booking pages.
    func setReleaseRule(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        struct Input: Content {
            var releaseOffice: String?, releaseService: String?, releaseTime: String?, daysAhead: String?, leadMinutes: String?
        }
        let i = try req.content.decode(Input.self)
        do {
            try await req.useCases.changeReferenceData(actor: admin.id.uuidString).releaseRule(
                office: i.releaseOffice, service: i.releaseService, releaseTime: i.releaseTime ?? "", daysAhead: i.daysAhead ?? "",
                leadMinutes: i.leadMinutes ?? "")
            return try await calendarAdmin(req, l, notice: StaffBookingStrings.of(l).releaseSaved, errors: [], status: .ok)
        } catch let problem as ReferenceProblem {
            return try await refused(req, l, problem)
        }
    }

    /// An office's visit numbers (check-in window, quota, cut-off, fairness rule); audited.
    func setVisitSettings(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        func int(_ name: String) -> Int? { (try? req.content.get(String.self, at: name)).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } }
        let quotaText = ((try? req.content.get(String.self, at: "dailyQuota")) ?? "").trimmingCharacters(in: .whitespaces)
        // A field that is not a number is out of range (-1), like one that is.
        let quota = quotaText.isEmpty ? nil : (Int(quotaText) ?? -1)
        let settings = VisitSettings(
            checkIn: CheckInRule(earliestMinutes: int("earliestMinutes") ?? -1, graceMinutes: int("graceMinutes") ?? -1),
            walkIn: WalkInRule(dailyQuota: quota, cutoffMinutes: int("cutoffMinutes") ?? -1),
            callOrder: CallOrder(appointmentsBeforeWalkIn: int("appointmentsBeforeWalkIn") ?? -1,
                                 walkInWaitMinutes: int("walkInWaitMinutes") ?? -1),
            closing: ClosingRule(policy: ClosingRule.Policy(rawValue: (try? req.content.get(String.self, at: "closingPolicy")) ?? "")
                                     ?? .serve,
                                 passValidDays: int("passValidDays") ?? -1, extraDaysAhead: int("extraDaysAhead") ?? -1))
        do {
            try await req.useCases.changeReferenceData(actor: admin.id.uuidString).visitSettings(
                office: (try? req.content.get(String.self, at: "visitOffice")) ?? "", settings)
            return try await calendarAdmin(req, l, notice: VisitSettingsStrings.of(l).saved, errors: [], status: .ok)
        } catch let problem as ReferenceProblem {
            return try await refused(req, l, problem)
        }
    }

    /// A one-off public holiday; clients whose appointment it displaces are told (I-BOOK).
    func addHoliday(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        do {
            let notified = try await req.useCases.changeReferenceData(actor: admin.id.uuidString).oneOffHoliday(
                date: (try? req.content.get(String.self, at: "holidayDate")) ?? "",
                nameLv: (try? req.content.get(String.self, at: "nameLv")) ?? "",
                nameEn: (try? req.content.get(String.self, at: "nameEn")) ?? "")
            return try await calendarAdmin(req, l, notice: StaffStrings.of(l).savedNotified(notified), errors: [], status: .ok)
        } catch let problem as ReferenceProblem {
            return try await refused(req, l, problem)
        }
    }

    /// A working day moved to a Saturday (Labour Law §133(4)); the same use case as the API's.
    func addTransfer(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        do {
            let notified = try await req.useCases.changeReferenceData(actor: admin.id.uuidString).transfer(
                dayOff: (try? req.content.get(String.self, at: "dayOff")) ?? "",
                workingDay: (try? req.content.get(String.self, at: "workingDay")) ?? "",
                reason: try? req.content.get(String.self, at: "reason"))
            return try await calendarAdmin(req, l, notice: StaffStrings.of(l).savedNotified(notified), errors: [], status: .ok)
        } catch let problem as ReferenceProblem {
            return try await refused(req, l, problem)
        }
    }

    /// The Song and Dance Festival's closing day (a weekend one gives the Monday off).
    func addFestivalDay(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        do {
            let notified = try await req.useCases.changeReferenceData(actor: admin.id.uuidString).songFestivalDay(
                date: (try? req.content.get(String.self, at: "festivalDate")) ?? "")
            return try await calendarAdmin(req, l, notice: StaffStrings.of(l).savedNotified(notified), errors: [], status: .ok)
        } catch let problem as ReferenceProblem {
            // The form's field is `festivalDate`; the use case names the value `date`.
            return try await refused(req, l, ReferenceProblem(fields: problem.fields.map {
                .init($0.name == "date" ? "festivalDate" : $0.name, $0.issue)
            }))
        }
    }
}
