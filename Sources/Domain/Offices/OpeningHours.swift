/// Why an office receives no clients on a date, in the API's precedence order.
public enum ClosedReason: String, Sendable, Codable, CaseIterable {
    case holiday, dayOff, officeClosed, weekend
}

/// The reception hours of one office on one date, as clients see them.
public struct OpeningDay: Hashable, Sendable {
    public let date: LocalDate
    public let ranges: [TimeRange]
    /// A shortened (pre-holiday) working day under Labour Law §135.
    public let shortened: Bool
    /// Set exactly when `ranges` is empty.
    public let closedReason: ClosedReason?
    /// The holiday's name, or the office's reason for an exception.
    public let note: LocalizedText?

    public var isOpen: Bool { !ranges.isEmpty }

    public init(date: LocalDate, ranges: [TimeRange], shortened: Bool, closedReason: ClosedReason?, note: LocalizedText?) {
        self.date = date
        self.ranges = ranges
        self.shortened = shortened
        self.closedReason = closedReason
        self.note = note
    }
}

/// The hours of a date (C-HOURS, I-PREHOLIDAY): weekly hours, minus holidays and days off,
/// plus working Saturdays (with the hours of the weekday they replace); on a shortened day one
/// hour less at the end unless the office published its own pre-holiday hours; per-office
/// exceptions on top.
public struct OpeningHours: Sendable {
    public static let defaultShortening = 60

    public let calendar: WorkingCalendar

    public init(calendar: WorkingCalendar) { self.calendar = calendar }

    public func day(_ date: LocalDate, weekly: WeeklyHours, exceptions: [OfficeException]) -> OpeningDay {
        let shortened = calendar.isShortened(date)
        func closed(_ reason: ClosedReason, _ note: LocalizedText? = nil) -> OpeningDay {
            OpeningDay(date: date, ranges: [], shortened: shortened, closedReason: reason, note: note)
        }
        switch calendar.nonWorkingReason(date) {
        case .holiday: return closed(.holiday, calendar.holiday(on: date)?.name)
        case .dayOff: return closed(.dayOff)
        case .weekend, nil: break
        }
        if let exception = exceptions.first(where: { $0.date == date }) {
            if exception.kind == .closed || exception.ranges.isEmpty {
                return closed(.officeClosed, exception.reason)
            }
            return OpeningDay(date: date, ranges: exception.ranges, shortened: shortened,
                              closedReason: nil, note: exception.reason)
        }
        let weekday = calendar.effectiveWeekday(date)
        var ranges = weekly.ranges(on: weekday)
        if date.weekday.isWeekend && calendar.replacedDay(byWorkingSaturday: date) == nil && ranges.isEmpty {
            return closed(.weekend)
        }
        if shortened {
            if let close = weekly.preHolidayClosing {
                ranges = OpeningHours.closing(at: close, ranges)
            } else {
                ranges = OpeningHours.cutting(OpeningHours.defaultShortening, fromEndOf: ranges)
            }
        }
        if ranges.isEmpty { return closed(.officeClosed) }
        return OpeningDay(date: date, ranges: ranges, shortened: shortened, closedReason: nil, note: nil)
    }

    public func days(from: LocalDate, through to: LocalDate, weekly: WeeklyHours,
                     exceptions: [OfficeException]) -> [OpeningDay] {
        LocalDate.days(from: from, through: to).map { day($0, weekly: weekly, exceptions: exceptions) }
    }

    /// The ranges up to `close`: later ones dropped, the one it falls in cut short.
    public static func closing(at close: TimeOfDay, _ ranges: [TimeRange]) -> [TimeRange] {
        ranges.sorted { $0.open < $1.open }.compactMap { r in
            if r.close <= close { return r }
            return r.open < close ? TimeRange(open: r.open, close: close) : nil
        }
    }

    /// Removes `minutes` from the end of the day, across a lunch break if need be.
    public static func cutting(_ minutes: Int, fromEndOf ranges: [TimeRange]) -> [TimeRange] {
        var left = minutes
        var result = ranges.sorted { $0.open < $1.open }
        while left > 0, let last = result.last {
            if last.minutes > left {
                if let close = TimeOfDay(minutes: last.close.minutes - left), let cut = TimeRange(open: last.open, close: close) {
                    result[result.count - 1] = cut
                }
                left = 0
            } else {
                left -= last.minutes
                result.removeLast()
            }
        }
        return result
    }
}
