import Domain
import Foundation

/// "Cancel my booking" (the client, with the manage link's secret) and, at the office, "cancel
/// this booking" or "the client did not come" (a clerk of that office): the seat is freed for the
/// next client or the waitlist, pending reminders are withdrawn, and a clerk's action is audited
/// with their id — the same for the pages and the API.
public struct CancelBooking: Sendable {
    let bookings: any BookingStore
    let now: Date

    public init(bookings: any BookingStore, now: Date) {
        self.bookings = bookings
        self.now = now
    }

    /// The client cancels. No such active booking for this secret: `BookingProblem.notFound`.
    public func byClient(code: String, manageToken: String) async throws {
        do {
            try await bookings.cancel(code: code, manageToken: manageToken, now: now)
        } catch BookingFailure.notFound {
            throw BookingProblem.notFound
        } catch BookingFailure.underWay {
            throw BookingProblem.underWay
        }
    }

    /// A clerk of `office` cancels.
    public func byClerk(code: String, office: String, actor: String) async throws {
        do {
            try await bookings.cancel(code: code, officeSlug: office, actor: actor, now: now)
        } catch BookingFailure.notFound {
            throw BookingProblem.notFound
        } catch BookingFailure.underWay {
            throw BookingProblem.underWay
        }
    }

    /// A clerk of `office` records that the client did not come; only once the time has begun
    /// (`BookingFailure.notStarted` otherwise, which the page words).
    public func noShow(code: String, office: String, actor: String) async throws {
        do {
            try await bookings.markNoShow(code: code, officeSlug: office, actor: actor, now: now)
        } catch BookingFailure.notFound {
            throw BookingProblem.notFound
        } catch BookingFailure.underWay {
            throw BookingProblem.underWay
        }
    }
}
