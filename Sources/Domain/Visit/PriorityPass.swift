import Foundation

/// A priority booking pass (ClosingRule.offerBooking): given to a client still waiting when the
/// queue closed, for the same office and service. It opens days the public cannot book yet and
/// is used once.
public struct PriorityPass: Sendable, Hashable {
    public let id: UUID
    public let officeSlug: String
    public let serviceSlug: String
    /// The queue number the client held, printed on the pass so they recognise it.
    public let number: String
    public let issuedAt: Date
    public let expiresAt: Date
    /// The booking made with it, once used.
    public let bookingID: UUID?

    public init(id: UUID, officeSlug: String, serviceSlug: String, number: String, issuedAt: Date, expiresAt: Date,
                bookingID: UUID?) {
        self.id = id
        self.officeSlug = officeSlug
        self.serviceSlug = serviceSlug
        self.number = number
        self.issuedAt = issuedAt
        self.expiresAt = expiresAt
        self.bookingID = bookingID
    }

    public enum State: Sendable, Hashable { case usable, used, expired }

    public func state(at now: Date) -> State {
        if bookingID != nil { return .used }
        return now < expiresAt ? .usable : .expired
    }
}
