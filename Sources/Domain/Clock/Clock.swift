import Foundation
import Synchronization

/// "Now", injected (API-CONVENTIONS.md, Clock): tests set it, the server reads the real time,
/// and `APKALPE_CLOCK` can start the server's clock at a fixed instant that then runs on.
public protocol AppClock: Sendable {
    func now() -> Date
}

public struct SystemClock: AppClock {
    public init() {}
    public func now() -> Date { Date() }
}

/// Starts at `start` when created and then advances with real time.
public struct ShiftedClock: AppClock {
    public let offset: TimeInterval
    public init(startingAt start: Date, realNow: Date = Date()) {
        offset = start.timeIntervalSince(realNow)
    }
    public func now() -> Date { Date().addingTimeInterval(offset) }
}

/// A clock that stands still unless a test moves it.
public final class FixedClock: AppClock {
    private let current: Mutex<Date>
    public init(_ date: Date) { current = Mutex(date) }
    public func now() -> Date { current.withLock { $0 } }
    public func set(_ date: Date) { current.withLock { $0 = date } }
    public func advance(by seconds: TimeInterval) { current.withLock { $0 += seconds } }
}

/// Office time is Europe/Riga whatever the server's zone (API-CONVENTIONS.md, Clock).
public enum RigaTime {
    /// The tz database ships with Foundation; a system without Europe/Riga cannot run Apkalpe at
    /// all, so this trap can only fire at start-up, never from input.
    public static let zone: TimeZone = TimeZone(identifier: "Europe/Riga")!

    private static var calendar: Calendar {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = zone
        return c
    }

    /// Seconds since 1970 of an instant, clamped to about ±10^12 years so that the day
    /// arithmetic below cannot overflow whatever `Date` it is given (issue 11: input reaches here).
    private static func localSeconds(_ instant: Date) -> Int {
        let limit = 3.0e19 / 1000   // ≈ 9.5·10^8 years, far beyond any calendar
        let t = instant.timeIntervalSince1970
        let utc = t.isFinite ? min(max(t, -limit), limit) : 0
        let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: utc))
        return Int(utc.rounded(.down)) + offset
    }

    /// The Riga calendar date of an instant. Total: any instant gives a date (years outside
    /// `LocalDate.inputYears` are refused by the callers that take input, not here).
    public static func date(of instant: Date) -> LocalDate {
        let s = localSeconds(instant)
        return LocalDate(dayNumber: s >= 0 ? s / 86_400 : (s - 86_399) / 86_400)
    }

    /// The Riga wall-clock time of an instant.
    public static func time(of instant: Date) -> TimeOfDay {
        let s = localSeconds(instant)
        let secondOfDay = ((s % 86_400) + 86_400) % 86_400
        return TimeOfDay(minutes: secondOfDay / 60) ?? TimeOfDay.midnight
    }

    /// The instant at which Riga's clocks show `time` on `date`. In the spring-forward gap
    /// (03:00–04:00 does not exist) the calendar moves forward, as clocks do.
    public static func instant(_ date: LocalDate, _ time: TimeOfDay) -> Date {
        let components = DateComponents(year: date.year, month: date.month, day: date.day,
                                        hour: time.minutes / 60, minute: time.minutes % 60)
        if let d = calendar.date(from: components) { return d }
        // Only dates far outside any calendar get here: wall-clock time at Riga's current offset.
        let local = TimeInterval(date.dayNumber * 86_400 + time.minutes * 60)
        return Date(timeIntervalSince1970: local - TimeInterval(zone.secondsFromGMT()))
    }

    /// RFC 3339 with Riga's offset at that instant and no fractional seconds
    /// (`2026-12-21T09:00:00+02:00`).
    public static func rfc3339(_ instant: Date) -> String {
        let s = localSeconds(instant)
        let date = LocalDate(dayNumber: s >= 0 ? s / 86_400 : (s - 86_399) / 86_400)
        let secondOfDay = ((s % 86_400) + 86_400) % 86_400
        let offset = zone.secondsFromGMT(for: instant)
        func p(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let sign = offset < 0 ? "-" : "+"
        let o = abs(offset)
        return "\(date)T\(p(secondOfDay / 3600)):\(p(secondOfDay % 3600 / 60)):\(p(secondOfDay % 60))"
            + "\(sign)\(p(o / 3600)):\(p(o % 3600 / 60))"
    }

    /// Parses RFC 3339 with any offset (`Z` too), fractional seconds allowed; `nil` for
    /// anything else and for instants whose Riga date is outside `LocalDate.inputYears`
    /// (issue 11: a booking for year 99999 is a bad request, not a crash).
    public static func parse(_ text: String) -> Date? {
        guard text.utf8.count <= 64, let d = RFC3339.instant(text), date(of: d).isInInputYears else { return nil }
        return d
    }
}
