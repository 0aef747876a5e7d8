import Foundation

/// An office's exception as the calendar page lists it: which office it belongs to.
public struct RecordedException: Sendable, Equatable {
    public let officeSlug: String
    public let exception: OfficeException

    public init(officeSlug: String, exception: OfficeException) {
        self.officeSlug = officeSlug
        self.exception = exception
    }
}

extension Array where Element == RecordedException {
    /// The order the calendar page lists them in: by date, then by office.
    public var inCalendarOrder: [RecordedException] {
        sorted { ($0.exception.date, $0.officeSlug) < ($1.exception.date, $1.officeSlug) }
    }
}
