import Domain
import Foundation

/// "Cancel my booking" (the client, with the manage link's secret) and, at the office, "cancel
/// this booking" or "the client did not come" (a clerk of that office): the seat is freed for the
/// next client or the waitlist, pending reminders are withdrawn, and a clerk's action is audited
/// with their id — the same for the pages and the API.
public struct CancelBooking: Sendable {
    let bookings: any BookingStore
    let reference: any ReferenceStore
    let now: Date

    public init(bookings: any BookingStore, reference: any ReferenceStore, now: Date) {
        self.bookings = bookings
        self.reference = reference
        self.now = now
    }

    /// The client is told of a cancellation by every contact on the booking, whoever cancelled
    /// (issue 16, item 2): a clerk's cancellation must not go unnoticed, and a client's own is
    /// confirmed — in case it was not theirs.
    private func notice() async throws -> @Sendable (Booking, String) -> [OutboxMessage] {
        let offices = try await reference.offices(), services = try await reference.services()
        let agency = try await reference.agencyContacts(), now = self.now
        return { b, name in
            guard let office = offices.first(where: { $0.slug == b.officeSlug }),
                  let service = services.first(where: { $0.slug == b.serviceSlug }) else { return [] }
            let context = BookingMessages.Context(booking: b, name: name, office: office, service: service, agency: agency,
                                                  manageURL: nil)
            return BookingMessages.outbox(context, kind: .cancellation, sendAfter: now)
        }
    }

    /// The client cancels. No such active booking for this secret: `BookingProblem.notFound`.
    public func byClient(code: String, manageToken: String) async throws {
        do {
            try await bookings.cancel(code: code, manageToken: manageToken, now: now, messages: try await notice())
        } catch BookingFailure.notFound {
            throw BookingProblem.notFound
        } catch BookingFailure.underWay {
            throw BookingProblem.underWay
        }
    }

    /// A clerk of `office` cancels.
    public func byClerk(code: String, office: String, actor: String) async throws {
        do {
            try await bookings.cancel(code: code, officeSlug: office, actor: actor, now: now, messages: try await notice())
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
