import Domain
import Foundation

/// Why a change to reference data was refused: the form's fields that are wrong.
public struct ReferenceProblem: Error, Sendable, Equatable {
    public enum Issue: Sendable, Equatable {
        case required
        case notADate
        case badRanges
        case badTime
        case outOfRange
        case unknownOffice
        case unknownService
        /// TransferRule's refusals (Labour Law §133(4)).
        case transfer(TransferRule.Problem)
        /// That day is already a festival closing day.
        case alreadyThere
        case tooLong
        case notAPhone
        case notAnEmail
        case notAPostalCode
        /// More reception ranges in a day than a timetable has.
        case tooManyRanges
        /// An office with that id exists already.
        case taken
        /// A link that leaves the app must be https.
        case notHTTPS
    }

    public typealias Field = FieldProblem<Issue>

    public let fields: [Field]

    public init(fields: [Field]) { self.fields = fields }
}

extension ReferenceProblem.Issue {
    init(_ problem: DetailProblem) {
        switch problem {
        case .required: self = .required
        case .tooLong: self = .tooLong
        case .notAPhone: self = .notAPhone
        case .notAnEmail: self = .notAnEmail
        case .notAPostalCode: self = .notAPostalCode
        case .tooManyRanges: self = .tooManyRanges
        case .outOfRange: self = .outOfRange
        case .notHTTPS: self = .notHTTPS
        }
    }
}

/// An administrator changes reference data (S-INFO); every change is audited by the store, and a
/// change that takes a day away from clients tells those whose appointment it displaces (I-BOOK).
public struct ChangeReferenceData: Sendable {
    let reference: any ReferenceAdministration
    let notify: NotifyDisplacedClients
    let now: Date
    let actor: String

    public init(reference: any ReferenceAdministration, notify: NotifyDisplacedClients, now: Date, actor: String) {
        self.reference = reference
        self.notify = notify
        self.now = now
        self.actor = actor
    }

    /// An office's day closed or on other hours (`ranges` as `09:00-12:00, 13:00-16:00`); returns
    /// how many clients were told.
    public func officeException(office: String, date: String, kind: String, ranges: String, reasonLv: String?,
                                reasonEn: String?) async throws -> Int {
        var problems: [ReferenceProblem.Field] = []
        let day = LocalDate(iso: date)
        if day == nil { problems.append(.init("date", .notADate)) }
        let kind = OfficeException.Kind(rawValue: kind) ?? .closed
        let parsed = TimeRange.parseList(ranges)
        if parsed == nil || (kind != .closed && parsed?.isEmpty == true) { problems.append(.init("ranges", .badRanges)) }
        let known = try await reference.office(slug: office)
        if known == nil { problems.append(.init("office", .unknownOffice)) }
        guard problems.isEmpty, let day, let parsed, let known else { throw ReferenceProblem(fields: problems) }
        let reason = reasonLv.flatMap { $0.isEmpty ? nil : LocalizedText(lv: $0, en: reasonEn?.isEmpty == false ? reasonEn : nil) }
        try await reference.setException(officeSlug: known.slug, OfficeException(date: day, kind: kind, ranges: parsed, reason: reason),
                                         actor: actor, now: now)
        return try await notify(date: day, officeSlug: known.slug)
    }

    /// A one-off public holiday for every office (a government order moving a working day);
    /// returns how many clients were told.
    public func oneOffHoliday(date: String, nameLv: String, nameEn: String) async throws -> Int {
        var problems: [ReferenceProblem.Field] = []
        let day = LocalDate(iso: date)
        let lv = nameLv.trimmingCharacters(in: .whitespaces), en = nameEn.trimmingCharacters(in: .whitespaces)
        if day == nil { problems.append(.init("holidayDate", .notADate)) }
        if lv.isEmpty { problems.append(.init("nameLv", .required)) }
        guard problems.isEmpty, let day else { throw ReferenceProblem(fields: problems) }
        try await reference.addOneOffHoliday(PublicHoliday(date: day, kind: .oneOff, name: LocalizedText(lv: lv, en: en.isEmpty ? nil : en)),
                                             actor: actor, now: now)
        return try await notify(date: day, officeSlug: nil)
    }

    /// A working day moved to a Saturday (Labour Law §133(4)): checked by TransferRule; the day off
    /// closes every office, so clients booked on it are told. Returns how many were told.
    /// `replacing` names the day off of a transfer this one corrects: it is checked as if that one
    /// were not there, and both go in one transaction; the old working Saturday closes again, so
    /// its clients are told too.
    public func transfer(dayOff: String, workingDay: String, reason: String? = nil, replacing: String? = nil) async throws -> Int {
        var problems: [ReferenceProblem.Field] = []
        let off = LocalDate(iso: dayOff), saturday = LocalDate(iso: workingDay)
        if off == nil { problems.append(.init("dayOff", .notADate)) }
        if saturday == nil { problems.append(.init("workingDay", .notADate)) }
        guard problems.isEmpty, let off, let saturday else { throw ReferenceProblem(fields: problems) }
        var adjustments = try await reference.calendarAdjustments()
        let replaced = replacing.flatMap(LocalDate.init(iso:)).flatMap { day in adjustments.transfers.first { $0.dayOff == day } }
        if let replaced { adjustments.transfers.removeAll { $0 == replaced } }
        let refusals = TransferRule.check(dayOff: off, saturday: saturday, calendar: WorkingCalendar(adjustments: adjustments),
                                          existing: adjustments.transfers)
        guard refusals.isEmpty else { throw ReferenceProblem(fields: refusals.map { .init($0.field, .transfer($0.problem)) }) }
        let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines).prefix(200)
        let transfer = CalendarAdjustments.Transfer(dayOff: off, workingSaturday: saturday)
        let why = reason.flatMap { $0.isEmpty ? nil : String($0) }
        if let replaced {
            try await reference.replaceTransfer(dayOff: replaced.dayOff, with: transfer, reason: why, actor: actor, now: now)
        } else {
            try await reference.addTransfer(transfer, reason: why, actor: actor, now: now)
        }
        var told = try await notify(date: off, officeSlug: nil)
        if let replaced, replaced.workingSaturday != saturday { told += try await notify(date: replaced.workingSaturday, officeSlug: nil) }
        return told
    }

    /// Takes back a calendar entry (issue 16, item 8). Returns how many clients were told, or nil
    /// when there was nothing to remove (someone else took it back first). A transfer's working
    /// Saturday closes again and an exception's day returns to the office's usual hours: clients
    /// booked outside what is left are told; release rules move no booking.
    public func remove(_ entry: CalendarEntry) async throws -> Int? {
        let adjustments = try await reference.calendarAdjustments()
        guard try await reference.remove(entry, actor: actor, now: now) else { return nil }
        switch entry {
        case .exception(let office, let date):
            return try await notify(date: date, officeSlug: office)
        case .transfer(let dayOff):
            guard let saturday = adjustments.transfers.first(where: { $0.dayOff == dayOff })?.workingSaturday else { return 0 }
            return try await notify(date: saturday, officeSlug: nil)
        case .holiday, .festivalDay, .releaseRule:
            // A day given back to reception displaces nobody.
            return 0
        }
    }

    /// The Song and Dance Festival's closing day (a public holiday); on a Saturday or Sunday the
    /// next Monday is off as well (FACTS.md §3) — clients booked on either are told.
    public func songFestivalDay(date: String) async throws -> Int {
        guard let day = LocalDate(iso: date), (2000...2200).contains(day.year) else {
            throw ReferenceProblem(fields: [.init("date", .notADate)])
        }
        let adjustments = try await reference.calendarAdjustments()
        guard !adjustments.songFestivalClosingDays.contains(day) else { throw ReferenceProblem(fields: [.init("date", .alreadyThere)]) }
        try await reference.addSongFestivalDay(day, actor: actor, now: now)
        let calendar = WorkingCalendar(adjustments: try await reference.calendarAdjustments())
        var told = try await notify(date: day, officeSlug: nil)
        for substitute in calendar.substituteDaysOff(in: day.year) where substitute > day && substitute <= day.adding(days: 2) {
            told += try await notify(date: substitute, officeSlug: nil)
        }
        return told
    }

    /// When days open for booking, for an office and/or a service (both empty: everywhere).
    public func releaseRule(office: String?, service: String?, releaseTime: String, daysAhead: String,
                            leadMinutes: String) async throws {
        var problems: [ReferenceProblem.Field] = []
        let time = TimeOfDay(text: releaseTime)
        if time == nil { problems.append(.init("releaseTime", .badTime)) }
        let days = Int(daysAhead), lead = Int(leadMinutes)
        for problem in ReleaseRule.validate(daysAhead: days, minimumLeadMinutes: lead) {
            switch problem {
            case .daysAhead: problems.append(.init("daysAhead", .outOfRange))
            case .lead: problems.append(.init("leadMinutes", .outOfRange))
            }
        }
        let office = office.flatMap { $0.isEmpty ? nil : $0 }, service = service.flatMap { $0.isEmpty ? nil : $0 }
        if let office, try await reference.office(slug: office) == nil { problems.append(.init("releaseOffice", .unknownOffice)) }
        if let service, try await reference.service(slug: service) == nil { problems.append(.init("releaseService", .unknownService)) }
        guard problems.isEmpty, let time, let days, let lead else { throw ReferenceProblem(fields: problems) }
        try await reference.setReleaseRule(ReleaseRule(officeSlug: office, serviceSlug: service,
                                                       schedule: ReleaseSchedule(releaseTime: time, daysAhead: days,
                                                                                 minimumLeadMinutes: lead)),
                                           actor: actor, now: now)
    }

    /// An office's visit numbers (check-in window, quota, cut-off, fairness, closing), each
    /// within its rule's range (`VisitSettings.problems`).
    public func visitSettings(office: String, _ settings: VisitSettings) async throws {
        guard try await reference.office(slug: office) != nil else {
            throw ReferenceProblem(fields: [.init("visitOffice", .unknownOffice)])
        }
        let problems = settings.problems()
        guard problems.isEmpty else { throw ReferenceProblem(fields: problems.map { .init($0.rawValue, .outOfRange) }) }
        try await reference.setVisitSettings(officeSlug: office, settings, actor: actor, now: now)
    }
}
