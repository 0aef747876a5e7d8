import Domain
import Foundation

/// "Move my appointment" — by the client with their manage token, from the manage page or the
/// API alike (issue 12: it was written twice and its confirmation greeted nobody). The new seat
/// is taken before the old one is freed; the confirmation greets the client by name and carries
/// the manage link, absolute; the old reminder is withdrawn and a new one queued.
public struct RescheduleBooking: Sendable {
    let times: FindFreeTimes
    let bookings: any BookingStore
    let links: any Links

    public init(times: FindFreeTimes, bookings: any BookingStore, links: any Links) {
        self.times = times
        self.bookings = bookings
        self.links = links
    }

    public func callAsFunction(code: String, manageToken: String, to start: Date) async throws -> Booking {
        guard let current = try await bookings.booking(code: code, manageToken: manageToken),
              current.status != .cancelled else { throw BookingProblem.notFound }
        guard BookingLifecycle.canChange(current.status) else { throw BookingProblem.underWay }
        let (office, service) = try await times.officeAndService(current.officeSlug, current.serviceSlug)
        let slot = try await times.offeredSlot(office, service, start: start)
        let calendar = try await times.calendar(), agency = try await times.agency()
        let now = times.now, links = self.links
        do {
            return try await bookings.reschedule(code: current.code, manageToken: manageToken, to: slot, now: now) { b, name in
                BookingNotice.messages(b, name: name, office: office, service: service, agency: agency, calendar: calendar, now: now,
                                       manageURL: links.manageBooking(code: b.code, token: manageToken, language: b.language),
                                       smsURL: links.shortManage(code: b.code, token: manageToken))
            }
        } catch BookingFailure.slotFull {
            throw BookingProblem.slotFull
        } catch BookingFailure.underWay {
            throw BookingProblem.underWay
        } catch BookingFailure.notFound {
            throw BookingProblem.notFound
        }
    }
}
