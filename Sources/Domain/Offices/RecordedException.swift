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
