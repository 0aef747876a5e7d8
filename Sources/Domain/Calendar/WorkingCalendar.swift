/// The Latvian working-day calendar: Monday-Friday that are not public holidays, substitute
/// days off or transferred days off, plus transferred working Saturdays (FACTS.md §3).
public struct WorkingCalendar: Sendable {
    /// The years whose calendar Apkalpe answers for: from the restored holidays law (1991) to
    /// 2200. Ranges asked of the API outside them are refused by name (issue 11).
    public static let supportedYears = 1991...2200

    public let adjustments: CalendarAdjustments

    private let transferredDaysOff: [LocalDate: LocalDate]     // day off → its working Saturday
    private let workingSaturdays: [LocalDate: LocalDate]        // working Saturday → the day it replaces

    public init(adjustments: CalendarAdjustments = .enacted) {
        self.adjustments = adjustments
        var off: [LocalDate: LocalDate] = [:], sat: [LocalDate: LocalDate] = [:]
        for t in adjustments.transfers {
            off[t.dayOff] = t.workingSaturday
            sat[t.workingSaturday] = t.dayOff
        }
        transferredDaysOff = off
        workingSaturdays = sat
    }

    /// Why a date is not worked; `nil` on a working day. Precedence: holiday, day off, weekend.
    public enum NonWorkingReason: String, Sendable, Codable {
        case holiday, dayOff, weekend
    }

    public func holidays(in year: Int) -> [PublicHoliday] {
        StatutoryHolidays.of(year: year, songFestivalClosingDays: adjustments.songFestivalClosingDays,
                             oneOffHolidays: adjustments.oneOffHolidays)
    }

    public func holiday(on date: LocalDate) -> PublicHoliday? {
        holidays(in: date.year).first { $0.date == date }
    }

    public func isHoliday(_ date: LocalDate) -> Bool { holiday(on: date) != nil }

    /// Substitute Mondays of a year (HolidaySubstitution). A holiday late in December could push
    /// its Monday into January, so the previous year is looked at too.
    public func substituteDaysOff(in year: Int) -> [LocalDate] {
        (holidays(in: year - 1) + holidays(in: year))
            .compactMap(HolidaySubstitution.substituteDay(for:))
            .filter { $0.year == year }
    }

    public func nonWorkingReason(_ date: LocalDate) -> NonWorkingReason? {
        if isHoliday(date) { return .holiday }
        if workingSaturdays[date] != nil { return nil }
        if date.weekday.isWeekend { return .weekend }
        if transferredDaysOff[date] != nil { return .dayOff }
        if substituteDaysOff(in: date.year).contains(date) { return .dayOff }
        return nil
    }

    public func isWorkingDay(_ date: LocalDate) -> Bool { nonWorkingReason(date) == nil }

    /// The weekday whose hours a date keeps: a working Saturday takes the hours of the weekday
    /// it replaces.
    public func effectiveWeekday(_ date: LocalDate) -> Weekday {
        workingSaturdays[date]?.weekday ?? date.weekday
    }

    /// The working day a working Saturday stands in for, if it is one.
    public func replacedDay(byWorkingSaturday date: LocalDate) -> LocalDate? { workingSaturdays[date] }

    /// Labour Law §135: a working day immediately before a public holiday is one hour shorter;
    /// a transferred working Saturday keeps that shortening when the day it replaces was one.
    public func isShortened(_ date: LocalDate) -> Bool {
        guard isWorkingDay(date) else { return false }
        if isHoliday(date.next) { return true }
        if let replaced = workingSaturdays[date], isHoliday(replaced.next) { return true }
        return false
    }

    /// *Add N working days*: counting starts on the day after `start` (Law on Submissions).
    /// A negative `n` counts as none (never a trap: a setting or input may reach here).
    public func addingWorkingDays(_ n: Int, to start: LocalDate) -> LocalDate {
        var day = start
        var left = max(0, n)
        while left > 0 {
            day = day.next
            if isWorkingDay(day) { left -= 1 }
        }
        return day
    }

    /// The first working day on or after `date`.
    public func workingDay(onOrAfter date: LocalDate) -> LocalDate {
        var day = date
        while !isWorkingDay(day) { day = day.next }
        return day
    }

    /// *Add one month*: the same date next month, or that month's last day when it has no such
    /// date; a non-working end moves to the next working day (APL §42-43 practice; FACTS.md §1).
    /// 2026-01-31 + 1 month = 2026-02-28 (Saturday) → 2026-03-02.
    public func addingOneMonth(to date: LocalDate) -> LocalDate {
        addingMonths(1, to: date)
    }

    public func addingMonths(_ months: Int, to date: LocalDate) -> LocalDate {
        let index = date.year * 12 + (date.month - 1) + months
        let month = ((index % 12) + 12) % 12 + 1, year = (index - (month - 1)) / 12
        let day = min(date.day, LocalDate.daysIn(month: month, year: year))
        return workingDay(onOrAfter: LocalDate.civil(year, month, day))
    }

    /// A year as the API publishes it (`GET /api/v1/calendar/{year}`).
    public func year(_ year: Int) -> CalendarYear {
        let all = LocalDate.days(from: LocalDate.civil(year, 1, 1), through: LocalDate.civil(year, 12, 31))
        return CalendarYear(
            year: year,
            holidays: holidays(in: year),
            daysOff: all.filter { !$0.weekday.isWeekend && !isWorkingDay($0) },
            workingSaturdays: all.filter { $0.weekday == .saturday && workingSaturdays[$0] != nil && isWorkingDay($0) },
            shortenedDays: all.filter(isShortened)
        )
    }
}

/// One calendar year: holidays (weekend ones too), weekday days off, working Saturdays and
/// shortened days, each sorted.
public struct CalendarYear: Sendable, Hashable {
    public let year: Int
    public let holidays: [PublicHoliday]
    public let daysOff: [LocalDate]
    public let workingSaturdays: [LocalDate]
    public let shortenedDays: [LocalDate]
}
