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
        return Int(utc.rounded(.down)) + offset(at: utc)
    }

    /// Riga's offset from UTC at an instant, in seconds. Read from the tz database through
    /// Foundation once — every transition from 1970 to 2100 — and then looked up: asking ICU for
    /// every slot's time was a tenth of an availability answer's CPU (issue 17, item 4).
    static func offset(at utc: TimeInterval) -> Int {
        let table = offsetTable
        guard utc >= table.from, utc < table.until else { return zone.secondsFromGMT(for: Date(timeIntervalSince1970: utc)) }
        // The last transition at or before `utc`.
        var low = 0, high = table.starts.count
        while low < high {
            let mid = (low + high) / 2
            if table.starts[mid] <= utc { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? table.before : table.offsets[low - 1]
    }

    struct OffsetTable: Sendable {
        let from: TimeInterval, until: TimeInterval
        /// The offset in force from `from` until the first transition.
        let before: Int
        let starts: [TimeInterval]
        let offsets: [Int]
    }

    static let offsetTable: OffsetTable = {
        let from = Date(timeIntervalSince1970: 0), until = Date(timeIntervalSince1970: 4_102_444_800)   // 1970 … 2100
        var starts: [TimeInterval] = [], offsets: [Int] = []
        var at = from
        while let next = zone.nextDaylightSavingTimeTransition(after: at), next < until, starts.count < 1_000 {
            starts.append(next.timeIntervalSince1970)
            offsets.append(zone.secondsFromGMT(for: next))
            at = next
        }
        return OffsetTable(from: from.timeIntervalSince1970, until: until.timeIntervalSince1970,
                           before: zone.secondsFromGMT(for: from), starts: starts, offsets: offsets)
    }()

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
        let limit = 3.0e19 / 1000
        let t = instant.timeIntervalSince1970
        let utc = t.isFinite ? min(max(t, -limit), limit) : 0
        let offset = offset(at: utc)
        let s = Int(utc.rounded(.down)) + offset
        let date = LocalDate(dayNumber: s >= 0 ? s / 86_400 : (s - 86_399) / 86_400)
        let secondOfDay = ((s % 86_400) + 86_400) % 86_400
        let o = abs(offset)
        guard (0...9999).contains(date.year) else {
            func p(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            return "\(date)T\(p(secondOfDay / 3600)):\(p(secondOfDay % 3600 / 60)):\(p(secondOfDay % 60))"
                + "\(offset < 0 ? "-" : "+")\(p(o / 3600)):\(p(o % 3600 / 60))"
        }
        // Every slot of an availability answer is written twice through here (issue 17): bytes into
        // a fixed buffer, not a dozen small strings.
        return String(unsafeUninitializedCapacity: 25) { out in
            func put(_ n: Int, _ width: Int, at i: Int) {
                var n = n
                for k in stride(from: width - 1, through: 0, by: -1) { out[i + k] = UInt8(48 + n % 10); n /= 10 }
            }
            put(date.year, 4, at: 0); out[4] = 45; put(date.month, 2, at: 5); out[7] = 45; put(date.day, 2, at: 8)
            out[10] = 84
            put(secondOfDay / 3600, 2, at: 11); out[13] = 58; put(secondOfDay % 3600 / 60, 2, at: 14); out[16] = 58
            put(secondOfDay % 60, 2, at: 17)
            out[19] = offset < 0 ? 45 : 43
            put(o / 3600 % 100, 2, at: 20); out[22] = 58; put(o % 3600 / 60, 2, at: 23)
            return 25
        }
    }

    /// Parses RFC 3339 with any offset (`Z` too), fractional seconds allowed; `nil` for
    /// anything else and for instants whose Riga date is outside `LocalDate.inputYears`
    /// (issue 11: a booking for year 99999 is a bad request, not a crash).
    public static func parse(_ text: String) -> Date? {
        guard text.utf8.count <= 64, let d = RFC3339.instant(text), date(of: d).isInInputYears else { return nil }
        return d
    }
}
