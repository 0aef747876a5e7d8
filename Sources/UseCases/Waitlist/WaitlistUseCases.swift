import Domain
import Foundation

/// Why a waitlist offer cannot be taken or declined.
public enum WaitlistProblem: Error, Sendable, Equatable {
    case notFound
    /// The offer lapsed, was declined or passed on (410).
    case gone
    /// The offer was already accepted (409).
    case alreadyAccepted

    static func from(_ f: WaitlistFailure) -> WaitlistProblem {
        switch f {
        case .notFound, .alreadyWaiting: return .notFound
        case .gone: return .gone
        case .alreadyAccepted: return .alreadyAccepted
        }
    }
}

/// "Put me on the waitlist" — with the same person rules as a booking; the "you are on the
/// list" message carries the link to leave it. The one refusal of its own names its field.
public struct JoinWaitlist: Sendable {
    let times: FindFreeTimes
    let waitlist: any WaitlistStore
    let links: any Links

    public init(times: FindFreeTimes, waitlist: any WaitlistStore, links: any Links) {
        self.times = times
        self.waitlist = waitlist
        self.links = links
    }

    public func callAsFunction(_ request: WaitlistRequest) async throws -> (WaitlistEntry, String) {
        let (office, service) = try await times.officeAndService(request.officeSlug, request.serviceSlug)
        let name = "\(request.name) \(request.surname)", now = times.now, links = self.links
        let agency = try await times.agency()
        do {
            return try await waitlist.join(request, now: now) { entry, token in
                let context = WaitlistMessages.Context(entry: entry, name: name, office: office, service: service, agency: agency)
                let text = WaitlistMessages.joined(context, leaveURL: links.leaveWaitlist(id: entry.id, token: token,
                                                                                          language: entry.language))
                return WaitlistMessages.outbox(context, kind: .waitlist, text: text, sms: WaitlistMessages.joinedSMS(context),
                                               sendAfter: now)
            }
        } catch WaitlistFailure.alreadyWaiting {
            if case .personalCode = request.identity { throw BookingProblem.field("personalCode", .alreadyWaiting) }
            throw BookingProblem.field("documentNumber", .alreadyWaiting)
        }
    }
}

/// "I'll take the freed time" — books the held seat (a later booking for the same service is
/// cancelled by the store in the same transaction); the confirmation carries the new manage link.
public struct AcceptWaitlistOffer: Sendable {
    let reference: any ReferenceStore
    let waitlist: any WaitlistStore
    let links: any Links
    let now: Date

    public init(reference: any ReferenceStore, waitlist: any WaitlistStore, links: any Links, now: Date) {
        self.reference = reference
        self.waitlist = waitlist
        self.links = links
        self.now = now
    }

    /// The booking and its manage token (shown once).
    public func callAsFunction(token: String) async throws -> (Booking, String) {
        guard let view = try await waitlist.offer(token: token, now: now),
              let office = try await reference.office(slug: view.offer.officeSlug),
              let service = try await reference.service(slug: view.offer.serviceSlug) else { throw WaitlistProblem.notFound }
        let calendar = WorkingCalendar(adjustments: try await reference.calendarAdjustments())
        let manage = SecretToken.generate(.booking), name = view.name, now = self.now, links = self.links
        let agency = try await reference.agencyContacts()
        do {
            let booking = try await waitlist.accept(token: token, manageToken: manage, now: now) { b in
                BookingNotice.messages(b, name: name, office: office, service: service, agency: agency, calendar: calendar, now: now,
                                       manageURL: links.manageBooking(code: b.code, token: manage, language: b.language),
                                       smsURL: links.shortManage(code: b.code, token: manage))
            }
            return (booking, manage)
        } catch let failure as WaitlistFailure {
            throw WaitlistProblem.from(failure)
        }
    }
}

/// "Offer it to the next person" — the seat passes on at once.
public struct DeclineWaitlistOffer: Sendable {
    let waitlist: any WaitlistStore
    let now: Date

    public init(waitlist: any WaitlistStore, now: Date) {
        self.waitlist = waitlist
        self.now = now
    }

    public func callAsFunction(token: String) async throws {
        do {
            try await waitlist.decline(token: token, now: now)
        } catch let failure as WaitlistFailure {
            throw WaitlistProblem.from(failure)
        }
    }
}
