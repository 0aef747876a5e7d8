import Domain
import Foundation

/// "Find my booking" — a client who lost the manage link (issue 16, item 2). With the booking's
/// code and the phone, e-mail or personal code on it, a fresh link replaces the lost one and goes
/// to the booking's own contact (LostBookingLink) with the confirmation's text; the page says the
/// same whatever happened, so the form tells nobody whether a code exists or whose it is. One
/// booking's link goes out at most `LostBookingLink.perBookingPerHour` times an hour.
public struct FindMyBooking: Sendable {
    let bookings: any BookingStore
    let sendAgain: SendManageLinkAgain
    let limiter: RateLimiter
    let now: Date

    public init(bookings: any BookingStore, sendAgain: SendManageLinkAgain, limiter: RateLimiter, now: Date) {
        self.bookings = bookings
        self.sendAgain = sendAgain
        self.limiter = limiter
        self.now = now
    }

    /// What happened, for the log and the tests — never for the page.
    public enum Outcome: Sendable, Equatable { case sent, noMatch, limited }

    /// Limits of the form's two fields (the code is 8 characters; a contact at most an e-mail's length).
    public enum Limits {
        public static let code = 20
        public static let contact = 254
    }

    @discardableResult
    public func callAsFunction(code: String, contact: String) async throws -> Outcome {
        guard code.count <= Limits.code, contact.count <= Limits.contact,
              let found = try await bookings.activeBooking(code: code),
              let to = LostBookingLink.recipients(typed: contact, phone: found.booking.phone, email: found.booking.email,
                                                  personKey: found.personKey) else { return .noMatch }
        let hour = FairAccess.Limit(count: LostBookingLink.perBookingPerHour, seconds: 3600)
        guard limiter.take("lost-link:\(found.booking.id)", limit: hour, now: now) == nil else { return .limited }
        do {
            _ = try await sendAgain(bookingID: found.booking.id, offices: nil, actor: "client:find-my-booking",
                                    only: to)
        } catch BookingProblem.notFound {
            return .noMatch     // cancelled or checked in meanwhile
        }
        return .sent
    }
}
