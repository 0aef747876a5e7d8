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
                                             services: try await store.services().filter(\.needsAppointment),
                                             releaseRules: try await store.releaseRules(),
                                             notice: notice, errors: errors,
                                             visitSettings: try await store.allVisitSettings(),
                                             visitOffice: req.query[String.self, at: "visitOffice"]
                                                ?? (try? req.content.get(String.self, at: "visitOffice"))),
                                        .of(l)), status: status)
    }

    /// Records an office exception; clients whose appointment it displaces are told (I-BOOK).
    func addException(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        struct Input: Content { var office: String?, date: String?, kind: String?, ranges: String?, reasonLv: String?, reasonEn: String? }
        let i = try req.content.decode(Input.self)
        let s = StaffStrings.of(l)
        var errors: [(field: String, message: String)] = []
        let date = i.date.flatMap(LocalDate.init(iso:))
        if date == nil { errors.append(("date", s.fieldRequired)) }
        let kind = i.kind.flatMap(OfficeException.Kind.init(rawValue:)) ?? .closed
        let ranges = TimeRange.parseList(i.ranges ?? "")
        if ranges == nil || (kind != .closed && ranges?.isEmpty == true) { errors.append(("ranges", s.badRanges)) }
        let store = req.stores.reference
        guard errors.isEmpty, let date, let ranges, let office = try await store.office(slug: i.office ?? "") else {
            return try await calendarAdmin(req, l, notice: nil, errors: errors.isEmpty ? [("date", s.fieldRequired)] : errors,
                                           status: .unprocessableEntity)
        }
        let reason = i.reasonLv.flatMap { $0.isEmpty ? nil : LocalizedText(lv: $0, en: i.reasonEn?.isEmpty == false ? i.reasonEn : nil) }
        try await store.setException(officeSlug: office.slug, OfficeException(date: date, kind: kind, ranges: ranges, reason: reason),
                                     actor: admin.id.uuidString, now: req.clock.now())
        let notified = try await req.useCases.notifyDisplacedClients(date: date, officeSlug: office.slug)
        return try await calendarAdmin(req, l, notice: s.savedNotified(notified), errors: [], status: .ok)
    }

    /// A release schedule for an office and/or service; clients see it at once on the booking pages.
    func setReleaseRule(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        struct Input: Content {
            var releaseOffice: String?, releaseService: String?, releaseTime: String?, daysAhead: String?, leadMinutes: String?
        }
        let i = try req.content.decode(Input.self)
        let b = StaffBookingStrings.of(l)
        let store = req.stores.reference
        var errors: [(field: String, message: String)] = []
        let time = TimeOfDay(text: i.releaseTime ?? "")
        if time == nil { errors.append(("releaseTime", b.badTime)) }
        let days = Int(i.daysAhead ?? ""), lead = Int(i.leadMinutes ?? "")
        for problem in ReleaseRule.validate(daysAhead: days, minimumLeadMinutes: lead) {
            switch problem {
            case .daysAhead: errors.append(("daysAhead", b.badDaysAhead))
            case .lead: errors.append(("leadMinutes", b.badLead))
            }
        }
        let office = i.releaseOffice.flatMap { $0.isEmpty ? nil : $0 }
        let service = i.releaseService.flatMap { $0.isEmpty ? nil : $0 }
        if let office, try await store.office(slug: office) == nil { errors.append(("releaseOffice", StaffStrings.of(l).fieldRequired)) }
        if let service, try await store.service(slug: service) == nil { errors.append(("releaseService", StaffStrings.of(l).fieldRequired)) }
        guard errors.isEmpty, let time, let days, let lead else {
            return try await calendarAdmin(req, l, notice: nil, errors: errors, status: .unprocessableEntity)
        }
        try await store.setReleaseRule(ReleaseRule(officeSlug: office, serviceSlug: service,
                                                   schedule: ReleaseSchedule(releaseTime: time, daysAhead: days, minimumLeadMinutes: lead)),
                                       actor: admin.id.uuidString, now: req.clock.now())
        return try await calendarAdmin(req, l, notice: b.releaseSaved, errors: [], status: .ok)
    }

    /// An office's visit numbers (check-in window, quota, cut-off, fairness rule); audited.
    func setVisitSettings(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        let v = VisitSettingsStrings.of(l)
        func int(_ name: String) -> Int? { (try? req.content.get(String.self, at: name)).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } }
        let quotaText = ((try? req.content.get(String.self, at: "dailyQuota")) ?? "").trimmingCharacters(in: .whitespaces)
        let store = req.stores.reference
        guard let office = try await store.office(slug: (try? req.content.get(String.self, at: "visitOffice")) ?? "") else {
            throw Abort(.unprocessableEntity)
        }
        var errors: [(field: String, message: String)] = []
        let values = VisitSettings.Field.allCases.filter { $0 != .dailyQuota }.map { ($0, int($0.rawValue)) }
        for (field, value) in values where value == nil { errors.append((field.rawValue, v.outOfRange)) }
        let quota = quotaText.isEmpty ? nil : Int(quotaText)
        if !quotaText.isEmpty && quota == nil { errors.append(("dailyQuota", v.outOfRange)) }
        let settings = VisitSettings(
            checkIn: CheckInRule(earliestMinutes: int("earliestMinutes") ?? -1, graceMinutes: int("graceMinutes") ?? -1),
            walkIn: WalkInRule(dailyQuota: quota, cutoffMinutes: int("cutoffMinutes") ?? -1),
            callOrder: CallOrder(appointmentsBeforeWalkIn: int("appointmentsBeforeWalkIn") ?? -1,
                                 walkInWaitMinutes: int("walkInWaitMinutes") ?? -1),
            closing: ClosingRule(policy: ClosingRule.Policy(rawValue: (try? req.content.get(String.self, at: "closingPolicy")) ?? "")
                                     ?? .serve,
                                 passValidDays: int("passValidDays") ?? -1, extraDaysAhead: int("extraDaysAhead") ?? -1))
        for field in settings.problems() where !errors.contains(where: { $0.field == field.rawValue }) {
            errors.append((field.rawValue, v.outOfRange))
        }
        guard errors.isEmpty else { return try await calendarAdmin(req, l, notice: nil, errors: errors, status: .unprocessableEntity) }
        try await store.setVisitSettings(officeSlug: office.slug, settings, actor: admin.id.uuidString, now: req.clock.now())
        return try await calendarAdmin(req, l, notice: v.saved, errors: [], status: .ok)
    }

    func addHoliday(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        let s = StaffStrings.of(l)
        let date = (try? req.content.get(String.self, at: "holidayDate")).flatMap(LocalDate.init(iso:))
        let nameLv = ((try? req.content.get(String.self, at: "nameLv")) ?? "").trimmingCharacters(in: .whitespaces)
        let nameEn = ((try? req.content.get(String.self, at: "nameEn")) ?? "").trimmingCharacters(in: .whitespaces)
        var errors: [(field: String, message: String)] = []
        if date == nil { errors.append(("holidayDate", s.fieldRequired)) }
        if nameLv.isEmpty { errors.append(("nameLv", s.fieldRequired)) }
        guard errors.isEmpty, let date else { return try await calendarAdmin(req, l, notice: nil, errors: errors, status: .unprocessableEntity) }
        try await req.stores.reference.addOneOffHoliday(
            PublicHoliday(date: date, kind: .oneOff, name: LocalizedText(lv: nameLv, en: nameEn.isEmpty ? nil : nameEn)),
            actor: admin.id.uuidString, now: req.clock.now())
        let notified = try await req.useCases.notifyDisplacedClients(date: date, officeSlug: nil)
        return try await calendarAdmin(req, l, notice: s.savedNotified(notified), errors: [], status: .ok)
    }
}
