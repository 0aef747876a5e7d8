import Foundation

/// Why a chosen day has nothing to book (issue 16, item 1; I-BOOK). A client who opens a
/// holiday, a closed, a past or a not-yet-released date is told which of these it is — the
/// holiday or the office's reason named, the moment it opens — instead of an empty list of
/// times above a form that cannot succeed.
public enum DayBookability: Sendable, Equatable {
    /// At least one seat is free.
    case bookable
    /// The date has gone.
    case past
    /// The office does not receive that day: a public holiday (named), a weekend or day off, or
    /// the office's own closure (with its reason when it gave one).
    case closed(ClosedReason, note: LocalizedText?)
    /// Open, but not released yet: bookable from `opensAt` (the release schedule's hour on the
    /// day that is `daysAhead` before it).
    case notYetReleased(opensAt: Date)
    /// Open and released, every seat taken (or the rest too close to book).
    case full

    public static func of(_ date: LocalDate, day: OpeningDay?, schedule: ReleaseSchedule, freeSeats: Int,
                          now: Date) -> DayBookability {
        if freeSeats > 0 { return .bookable }
        if date < RigaTime.date(of: now) { return .past }
        if let day, let reason = day.closedReason { return .closed(reason, note: day.note) }
        if date > schedule.lastBookableDate(now: now) {
            return .notYetReleased(opensAt: RigaTime.instant(date.adding(days: -schedule.daysAhead), schedule.releaseTime))
        }
        return .full
    }
}
