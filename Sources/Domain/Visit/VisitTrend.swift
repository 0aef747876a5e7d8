import Foundation

/// An office's visits and median wait day by day over a period (issue 16, item 8): the trend a
/// supervisor compares across days — and, agency-wide, across offices. Every day of the period
/// is there, a day without visits too (a closed day reads as a gap, not as nothing).
public struct VisitTrend: Sendable, Equatable {
    public struct Day: Sendable, Equatable {
        public let day: LocalDate
        public let visits: Int
        /// Check-in to call, minutes; nil on a day nobody was called.
        public let medianWaitMinutes: Double?
    }

    public let days: [Day]

    /// The longest period a trend covers: a year of days.
    public static let maximumDays = 366

    public init(entries: [QueueEntry], from: LocalDate, through: LocalDate) {
        let last = through < from ? from : (through.dayNumber - from.dayNumber >= Self.maximumDays
                                            ? from.adding(days: Self.maximumDays - 1) : through)
        let byDay = Dictionary(grouping: entries, by: \.day)
        days = LocalDate.days(from: from, through: last).map { day in
            let list = byDay[day] ?? []
            return Day(day: day, visits: list.count,
                       medianWaitMinutes: VisitStatistics.median(list.compactMap { VisitStatistics.minutes($0.checkedInAt, $0.calledAt) }))
        }
    }
}
