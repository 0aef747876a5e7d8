/// An office's regular reception hours by weekday (C-HOURS); a day may have several ranges,
/// e.g. a lunch break.
public struct WeeklyHours: Hashable, Sendable {
    public private(set) var days: [Weekday: [TimeRange]]
    /// The office's own closing time on a pre-holiday (shortened) day (I-PREHOLIDAY); without it
    /// the day ends one hour earlier (Labour Law §135).
    public var preHolidayClosing: TimeOfDay?

    public init(_ days: [Weekday: [TimeRange]] = [:], preHolidayClosing: TimeOfDay? = nil) {
        self.days = days.mapValues { $0.sorted { $0.open < $1.open } }.filter { !$0.value.isEmpty }
        self.preHolidayClosing = preHolidayClosing
    }

    public func ranges(on weekday: Weekday) -> [TimeRange] { days[weekday] ?? [] }

    public var isEmpty: Bool { days.values.allSatisfy(\.isEmpty) }

    /// PMLP's typical territorial hours, Mon-Thu 09:00-16:30, Fri 09:00-16:00 (FACTS.md §7,
    /// unverified: seed data an administrator corrects per division).
    public static let typicalTerritorial = WeeklyHours([
        .monday: [TimeRange(TimeOfDay(9, 0), TimeOfDay(16, 30))],
        .tuesday: [TimeRange(TimeOfDay(9, 0), TimeOfDay(16, 30))],
        .wednesday: [TimeRange(TimeOfDay(9, 0), TimeOfDay(16, 30))],
        .thursday: [TimeRange(TimeOfDay(9, 0), TimeOfDay(16, 30))],
        .friday: [TimeRange(TimeOfDay(9, 0), TimeOfDay(16, 0))],
    ])
}
