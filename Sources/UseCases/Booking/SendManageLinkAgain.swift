import Domain
import Foundation

/// "Send the client their link again" — staff, from the mailbox (issue 11): a fresh manage token
/// replaces the old one, so the old link stops working, and a confirmation with the new link
/// goes to the booking's contacts. `offices` is the member of staff's reach (nil: agency-wide).
public struct SendManageLinkAgain: Sendable {
    let reference: any ReferenceStore
    let bookings: any BookingStore
    let links: any Links
    let now: Date

    public init(reference: any ReferenceStore, bookings: any BookingStore, links: any Links, now: Date) {
        self.reference = reference
        self.bookings = bookings
        self.links = links
        self.now = now
    }

    /// `only`: the contacts the link may go to (a client's own request names one, LostBookingLink);
    /// nil — staff — every contact on the booking.
    public func callAsFunction(bookingID: UUID, offices: Set<String>?, actor: String,
                               only: LostBookingLink.Recipients? = nil) async throws -> Booking {
        let token = SecretToken.generate(.booking), now = self.now, links = self.links
        let allOffices = try await reference.offices(), services = try await reference.services()
        let agency = try await reference.agencyContacts()
        do {
            return try await bookings.renewManageToken(bookingID: bookingID, offices: offices, manageToken: token, actor: actor,
                                                       now: now) { b, name in
                guard let office = allOffices.first(where: { $0.slug == b.officeSlug }),
                      let service = services.first(where: { $0.slug == b.serviceSlug }) else { return [] }
                let context = BookingMessages.Context(booking: b, name: name, office: office, service: service, agency: agency,
                                                      manageURL: links.manageBooking(code: b.code, token: token,
                                                                                     language: b.language),
                                                      smsURL: links.shortManage(code: b.code, token: token))
                return BookingMessages.outbox(context, kind: .confirmation, sendAfter: now).filter { m in
                    guard let only else { return true }
                    switch m.channel {
                    case .sms: return only.phone != nil
                    case .email: return only.email != nil
                    default: return false
                    }
                }
            }
        } catch BookingFailure.notFound {
            throw BookingProblem.notFound
        }
    }
}
