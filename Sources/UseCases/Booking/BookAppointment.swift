import Domain
import Foundation

/// "Book an appointment" — by a client on the public pages or the API, or by staff for a caller
/// or a visitor (then `actor` names them for the audit trail). The seat is the database's to
/// give (BookingStore); the rules' refusals name their fields (BookingProblem).
public struct BookAppointment: Sendable {
    let times: FindFreeTimes
    let bookings: any BookingStore
    let reference: any ReferenceStore
    let links: any Links
    let fairAccess: FairAccess
    /// The member of staff booking for someone (audit trail); nil when clients book themselves.
    public var actor: String?

    public init(times: FindFreeTimes, bookings: any BookingStore, reference: any ReferenceStore, links: any Links,
                fairAccess: FairAccess, actor: String? = nil) {
        self.times = times
        self.bookings = bookings
        self.reference = reference
        self.links = links
        self.fairAccess = fairAccess
        self.actor = actor
    }

    /// Books `request`; returns the booking and its manage token (shown once).
    public func callAsFunction(_ request: BookingRequest) async throws -> (Booking, String) {
        let (office, service) = try await times.officeAndService(request.officeSlug, request.serviceSlug)
        let slot = try await times.offeredSlot(office, service, start: request.start)
        let token = SecretToken.generate(.booking)
        let calendar = try await times.calendar(), agency = try await times.agency()
        let name = "\(request.name) \(request.surname)", now = times.now, links = self.links
        do {
            let booking = try await bookings.book(request, slot: slot, code: nil, manageToken: token, now: now,
                                                  perContact: fairAccess.perContact, actor: actor,
                                                  priorityPass: times.priority?.token) { b in
                BookingNotice.messages(b, name: name, office: office, service: service, agency: agency, calendar: calendar, now: now,
                                       manageURL: links.manageBooking(code: b.code, token: token, language: b.language),
                                       smsURL: links.shortManage(code: b.code, token: token))
            }
            return (booking, token)
        } catch BookingFailure.slotFull {
            throw BookingProblem.slotFull
        } catch BookingFailure.passNotUsable {
            throw BookingProblem.passNotUsable
        } catch BookingFailure.contactCap(let cap) {
            throw BookingProblem.field(request.phone != nil ? "phone" : "email", .contactCap(cap))
        } catch BookingFailure.secondActiveBooking {
            if case .personalCode = request.identity { throw BookingProblem.field("personalCode", .secondBooking) }
            throw BookingProblem.field("documentNumber", .secondBooking)
        }
    }
}
