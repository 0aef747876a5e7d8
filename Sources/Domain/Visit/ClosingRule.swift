import Foundation

/// What happens to clients still waiting when reception closes (issue 5, item 2): the office
/// either serves everyone already in the queue, or closes the queue and gives each of them a
/// priority booking pass. Which one is the office's decision (its visit settings).
public struct ClosingRule: Sendable, Hashable {
    public enum Policy: String, Sendable, Hashable, CaseIterable, Codable {
        /// Everyone with a number is served, however late it gets.
        case serve
        /// The queue closes; each person still waiting is given a priority booking pass.
        case offerBooking = "offer-booking"
    }

    public var policy: Policy
    /// Days a priority pass stays valid.
    public var passValidDays: Int
    /// Days beyond the public release window a pass holder may book (their priority).
    public var extraDaysAhead: Int

    public init(policy: Policy = .serve, passValidDays: Int = 14, extraDaysAhead: Int = 14) {
        self.policy = policy
        self.passValidDays = passValidDays
        self.extraDaysAhead = extraDaysAhead
    }

    public static let standard = ClosingRule()

    /// The end of reception on `day` (the end of its last range), nil on a closed day.
    public static func receptionEnds(_ day: OpeningDay) -> Date? {
        guard day.isOpen, let close = day.ranges.map(\.close).max() else { return nil }
        return RigaTime.instant(day.date, close)
    }

    /// Whether reception is over for the day at `now` (closed days count as over).
    public static func isOver(_ day: OpeningDay, now: Date) -> Bool {
        guard let end = receptionEnds(day) else { return true }
        return now >= end
    }

    /// Whether the queue may be closed with passes at `now`: only under `offerBooking`, and only
    /// from the end of reception — before it, the people waiting can still be served.
    public func mayClose(_ day: OpeningDay, now: Date) -> Bool {
        policy == .offerBooking && Self.isOver(day, now: now)
    }

    /// A pass issued at `now` expires at the end of this instant.
    public func passExpiry(issuedAt now: Date) -> Date {
        now.addingTimeInterval(Double(passValidDays) * 86_400)
    }

    /// The release schedule a pass holder books under: the public one, with days not yet
    /// released to the public opened to them at once; the minimum lead stays.
    public func prioritySchedule(_ base: ReleaseSchedule) -> ReleaseSchedule {
        ReleaseSchedule(releaseTime: TimeOfDay(0, 0), daysAhead: base.daysAhead + extraDaysAhead,
                        minimumLeadMinutes: base.minimumLeadMinutes)
    }
}
