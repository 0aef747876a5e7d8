import Foundation

/// When appointments become bookable (I-BOOK), published so that releases are predictable and
/// fair: every day at `releaseTime`, the day `daysAhead` ahead opens; nothing is bookable closer
/// than `minimumLead` to its start.
public struct ReleaseSchedule: Sendable, Hashable {
    public let releaseTime: TimeOfDay
    public let daysAhead: Int
    public let minimumLeadMinutes: Int

    public init(releaseTime: TimeOfDay = TimeOfDay(8, 0), daysAhead: Int = 14, minimumLeadMinutes: Int = 60) {
        self.releaseTime = releaseTime
        self.daysAhead = daysAhead
        self.minimumLeadMinutes = minimumLeadMinutes
    }

    public static let standard = ReleaseSchedule()

    /// The last date open for booking at `now` (Riga time).
    public func lastBookableDate(now: Date) -> LocalDate {
        let today = RigaTime.date(of: now)
        let released = RigaTime.time(of: now) >= releaseTime
        return today.adding(days: released ? daysAhead : daysAhead - 1)
    }

    /// Whether a slot starting at `start` may be booked at `now`.
    public func isOpen(slotStart start: Date, now: Date) -> Bool {
        start.timeIntervalSince(now) >= Double(minimumLeadMinutes * 60)
            && RigaTime.date(of: start) <= lastBookableDate(now: now)
    }
}
