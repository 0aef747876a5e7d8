import Foundation

/// What the waitlist store refuses.
public enum WaitlistFailure: Error, Equatable, Sendable {
    /// The person is already in line for this service.
    case alreadyWaiting
    /// No such entry or offer, or the token does not match.
    case notFound
    /// The offer lapsed, was declined or passed on.
    case gone
    /// The offer was already accepted.
    case alreadyAccepted
}

/// An offer as its holder sees it.
public struct WaitlistOfferView: Sendable {
    public let offer: WaitlistOffer
    public let entry: WaitlistEntry
    /// Name and surname, to greet the holder of the link (who received it at their contact).
    public let name: String
    /// The booking the person holds for this service now, which accepting would replace.
    public let currentBooking: Booking?

    public init(offer: WaitlistOffer, entry: WaitlistEntry, name: String, currentBooking: Booking?) {
        self.offer = offer
        self.entry = entry
        self.name = name
        self.currentBooking = currentBooking
    }
}

/// The waitlist, as its use cases need it (issue 12). A freed seat is offered inside the
/// transaction that frees it; that stays in Storage.
public protocol WaitlistStore: Sendable {
    /// Puts the person in line; returns the entry and its token (shown once), with `messages` queued.
    func join(_ request: WaitlistRequest, now: Date,
              messages: @escaping @Sendable (WaitlistEntry, String) -> [OutboxMessage]) async throws -> (WaitlistEntry, String)
    func entry(id: UUID, token: String) async throws -> WaitlistEntry?
    func leave(id: UUID, token: String, now: Date) async throws
    func offer(token: String, now: Date) async throws -> WaitlistOfferView?
    /// Takes the held seat: a booking for the waiting person, with `messages` queued.
    func accept(token: String, manageToken: String, now: Date,
                messages: @escaping @Sendable (Booking) -> [OutboxMessage]) async throws -> Booking
    func decline(token: String, now: Date) async throws
    func position(of entry: WaitlistEntry) async throws -> Int?
    /// Offers whose time passed: each seat goes back or to the next in line. Returns how many.
    func expireDue(now: Date) async throws -> Int
    /// Who waits for this office and service, first first.
    func line(officeSlug: String, serviceSlug: String) async throws -> [WaitlistEntry]
}
