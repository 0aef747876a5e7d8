/// A per-office exception for one date: closed (repairs, training), different or extra hours,
/// or the office's own published pre-holiday hours (I-PREHOLIDAY), which replace the default
/// one-hour shortening.
public struct OfficeException: Hashable, Sendable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case closed, hours, preHolidayHours
    }

    public let date: LocalDate
    public let kind: Kind
    /// The hours that day for `hours` and `preHolidayHours`; empty for `closed`.
    public let ranges: [TimeRange]
    /// Why, as shown to clients ("Remontdarbi" / "Repairs").
    public let reason: LocalizedText?

    public init(date: LocalDate, kind: Kind, ranges: [TimeRange] = [], reason: LocalizedText? = nil) {
        self.date = date
        self.kind = kind
        self.ranges = kind == .closed ? [] : ranges
        self.reason = reason
    }
}
