/// A wall-clock time in the office's time zone (Europe/Riga), to the minute: `09:00`.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Minutes after midnight, 0...1440 (24:00 closes a day).
    public let minutes: Int

    public init?(minutes: Int) {
        guard (0...1440).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    public static let midnight = TimeOfDay(minutes: 0, unchecked: ())

    private init(minutes: Int, unchecked: Void) { self.minutes = minutes }

    /// Only for literals (`TimeOfDay(9, 0)`); parsers use `init?(text:)` and `init?(minutes:)`,
    /// so input never reaches the trap.
    public init(_ hour: Int, _ minute: Int) {
        guard let t = TimeOfDay(minutes: hour * 60 + minute), (0...59).contains(minute) else {
            preconditionFailure("invalid time \(hour):\(minute)")  // input cannot reach: literals only; parsers use init?(text:)
        }
        self = t
    }

    /// Parses `HH:MM`.
    public init?(text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h), (0...59).contains(m),
              h < 24 || m == 0 else { return nil }
        self.init(minutes: h * 60 + m)
    }

    public var description: String {
        let h = minutes / 60, m = minutes % 60
        return "\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}

/// An opening range on one day, `open` included, `close` excluded.
public struct TimeRange: Hashable, Sendable, CustomStringConvertible {
    public let open: TimeOfDay
    public let close: TimeOfDay

    public init?(open: TimeOfDay, close: TimeOfDay) {
        guard open < close else { return nil }
        self.open = open
        self.close = close
    }

    /// Only for literals; parsers use `init?(open:close:)` and `init?(text:)`.
    public init(_ open: TimeOfDay, _ close: TimeOfDay) {
        guard let r = TimeRange(open: open, close: close) else { preconditionFailure("empty range") }  // input cannot reach: literals only; parsers use init?(open:close:)
        self = r
    }

    /// Parses `09:00-12:00`.
    public init?(text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let o = TimeOfDay(text: String(parts[0]).trimmingCharacters(in: " ")),
              let c = TimeOfDay(text: String(parts[1]).trimmingCharacters(in: " ")) else { return nil }
        self.init(open: o, close: c)
    }

    public var minutes: Int { close.minutes - open.minutes }
    public var description: String { "\(open)-\(close)" }

    /// Ranges as stored: `09:00-12:00,13:00-16:30`; `nil` when any part is malformed or they overlap.
    public static func parseList(_ text: String) -> [TimeRange]? {
        let trimmed = text.trimmingCharacters(in: " ")
        if trimmed.isEmpty { return [] }
        var ranges: [TimeRange] = []
        for part in trimmed.split(separator: ",") {
            guard let r = TimeRange(text: String(part)) else { return nil }
            ranges.append(r)
        }
        return normalised(ranges)
    }

    /// Sorted ranges, or `nil` when two overlap.
    public static func normalised(_ ranges: [TimeRange]) -> [TimeRange]? {
        let sorted = ranges.sorted { $0.open < $1.open }
        for (a, b) in zip(sorted, sorted.dropFirst()) where b.open < a.close { return nil }
        return sorted
    }

    public static func format(_ ranges: [TimeRange]) -> String {
        ranges.map(\.description).joined(separator: ",")
    }
}
