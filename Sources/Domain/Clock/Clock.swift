import Foundation

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
public final class FixedClock: AppClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    public init(_ date: Date) { current = date }
    public func now() -> Date { lock.withLock { current } }
    public func set(_ date: Date) { lock.withLock { current = date } }
    public func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }
}

/// Office time is Europe/Riga whatever the server's zone (API-CONVENTIONS.md, Clock).
public enum RigaTime {
    public static let zone: TimeZone = TimeZone(identifier: "Europe/Riga")!

    private static var calendar: Calendar {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = zone
        return c
    }

    /// The Riga calendar date of an instant.
    public static func date(of instant: Date) -> LocalDate {
        let c = calendar.dateComponents([.year, .month, .day], from: instant)
        return LocalDate(c.year!, c.month!, c.day!)
    }

    /// The Riga wall-clock time of an instant.
    public static func time(of instant: Date) -> TimeOfDay {
        let c = calendar.dateComponents([.hour, .minute], from: instant)
        return TimeOfDay(c.hour!, c.minute!)
    }

    /// The instant at which Riga's clocks show `time` on `date`.
    public static func instant(_ date: LocalDate, _ time: TimeOfDay) -> Date {
        let components = DateComponents(year: date.year, month: date.month, day: date.day,
                                        hour: time.minutes / 60, minute: time.minutes % 60)
        return calendar.date(from: components)!
    }

    /// RFC 3339 with Riga's offset at that instant and no fractional seconds
    /// (`2026-12-21T09:00:00+02:00`).
    public static func rfc3339(_ instant: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        let offset = zone.secondsFromGMT(for: instant)
        func p(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let sign = offset < 0 ? "-" : "+"
        let o = abs(offset)
        return "\(c.year!)-\(p(c.month!))-\(p(c.day!))T\(p(c.hour!)):\(p(c.minute!)):\(p(c.second!))"
            + "\(sign)\(p(o / 3600)):\(p(o % 3600 / 60))"
    }

    /// Parses RFC 3339 with any offset (`Z` too), fractional seconds allowed.
    public static func parse(_ text: String) -> Date? {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        if let d = f.date(from: text) { return d }
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.date(from: text)
    }
}
