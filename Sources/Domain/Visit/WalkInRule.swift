import Foundation

/// Walk-in tickets (C-HOURS, issue 5): only during reception hours, up to a daily quota per
/// service, and not after the last-ticket cut-off before closing.
public struct WalkInRule: Sendable, Hashable {
    /// Tickets per service per day; nil means no quota.
    public var dailyQuota: Int?
    /// No new tickets this many minutes before the office closes (the end of the day's last range).
    public var cutoffMinutes: Int

    public init(dailyQuota: Int? = 60, cutoffMinutes: Int = 30) {
        self.dailyQuota = dailyQuota
        self.cutoffMinutes = cutoffMinutes
    }

    public static let standard = WalkInRule()

    public enum Outcome: Sendable, Hashable {
        case allowed
        /// Outside reception hours (closed day, before opening, lunch break or after closing).
        case closed
        /// Within the cut-off before closing.
        case afterCutoff
        /// The day's quota for the service is used up.
        case quotaReached
    }

    /// `issuedToday`: tickets already given for the service today.
    public func decide(day: OpeningDay, now: Date, issuedToday: Int) -> Outcome {
        let time = RigaTime.time(of: now)
        guard day.isOpen, day.ranges.contains(where: { $0.open <= time && time < $0.close }),
              let close = day.ranges.map(\.close).max() else { return .closed }
        if time.minutes >= close.minutes - cutoffMinutes { return .afterCutoff }
        if let quota = dailyQuota, issuedToday >= quota { return .quotaReached }
        return .allowed
    }
}
