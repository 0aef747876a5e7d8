/// A calendar date without a time or a time zone (`YYYY-MM-DD`), in the proleptic Gregorian
/// calendar. Arithmetic is done on a day count so that the calendar rules stay plain and fast.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The years any date typed or sent to Apkalpe may fall in (issue 11): births from 1900,
    /// appointments and calendar data up to 2200. Arithmetic on dates (`adding(days:)`, Easter)
    /// stays total beyond them, so a date derived from one at the edge never traps.
    public static let inputYears = 1900...2200

    /// A valid date, or `nil` for impossible ones such as 2026-02-30.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...LocalDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    /// Only for dates known to be valid: literals in seed data and tests. Input never reaches
    /// it — parsers use `init?(iso:)`/`init?(year:month:day:)`, arithmetic `init(dayNumber:)` —
    /// so the trap below can only be a programmer's typo in a literal.
    public init(_ year: Int, _ month: Int, _ day: Int) {
        guard let date = LocalDate(year: year, month: month, day: day) else {
            preconditionFailure("invalid date literal \(year)-\(month)-\(day)")  // input cannot reach: literals only; parsers use init?(iso:)
        }
        self = date
    }

    /// A fixed month and day (a valid pair such as 12-24) of any year: total, for calendar rules
    /// that input can reach with any year (issue 11). Equal to `LocalDate(year, month, day)`
    /// wherever that is valid.
    public static func civil(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
        LocalDate(dayNumber: dayNumber(year: year, month: month, day: day))
    }

    /// Parses exactly `YYYY-MM-DD` with a year in `inputYears`; anything else is `nil`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.utf8.count == 10, parts.count == 3,
              parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              LocalDate.inputYears.contains(y) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Whether the date lies in `inputYears` (a date derived by arithmetic may not).
    public var isInInputYears: Bool { LocalDate.inputYears.contains(year) }

    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n.magnitude)
            return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days-from-civil).
    public var dayNumber: Int { LocalDate.dayNumber(year: year, month: month, day: day) }

    /// Days since 1970-01-01 of a year, month and day (no validation; total for any year a
    /// `Date` can hold).
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let index = ((dayNumber % 7) + 7 + 3) % 7   // 0 = Monday
        return Weekday.allCases[index]
    }

    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }
    public var next: LocalDate { adding(days: 1) }
    public var previous: LocalDate { adding(days: -1) }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Every date from `from` to `to`, both included.
    public static func days(from: LocalDate, through to: LocalDate) -> [LocalDate] {
        guard from <= to else { return [] }
        return (from.dayNumber...to.dayNumber).map(LocalDate.init(dayNumber:))
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = LocalDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a YYYY-MM-DD date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
