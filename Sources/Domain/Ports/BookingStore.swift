import Foundation

/// What a booking store refuses, in the words of the rules (the SQL that decides each stays in
/// Storage).
public enum BookingFailure: Error, Equatable, Sendable {
    /// Every seat of the slot is taken.
    case slotFull
    /// The person already has an active booking for this service.
    case secondActiveBooking
    /// The phone or e-mail already holds this many active bookings (FairAccess.perContact).
    case contactCap(Int)
    /// A no-show can only be marked once the appointment has begun.
    case notStarted
    case notFound
    /// The priority pass is used, lapsed, or for another office or service.
    case passNotUsable
    /// The client has checked in, or the visit has ended: the booking can no longer be moved or
    /// cancelled (BookingLifecycle).
    case underWay
}

/// The port the booking use cases need (issue 12): seats, bookings and the messages written in
/// the same transaction as the change they announce. Storage implements it with Fluent; the
/// use-case tests with an in-memory fake.
public protocol BookingStore: Sendable {
    /// Seats taken per slot start, for an office and service between two instants.
    func booked(officeSlug: String, serviceSlug: String, from: Date, to: Date) async throws -> [Date: Int]

    /// Books `request` into `slot` (one seat, the person rule, the per-contact cap, a priority
    /// pass spent), and queues `messages(booking)`, all at once or not at all.
    func book(_ request: BookingRequest, slot: Slot, code: String?, manageToken: String, now: Date, perContact: Int,
              actor: String?, priorityPass: String?,
              messages: @escaping @Sendable (Booking) -> [OutboxMessage]) async throws -> Booking

    /// The booking with this code if `manageToken` is its token; otherwise nil.
    func booking(code: String, manageToken: String) async throws -> Booking?
    /// The booking whose manage token this is (the SMS's short link carries only the token).
    func booking(manageToken: String) async throws -> Booking?

    /// An active booking by its code alone, with its person's key: for "find my booking"
    /// (LostBookingLink decides whether the typed contact is the booking's; nothing of it is shown).
    func activeBooking(code: String) async throws -> (booking: Booking, personKey: String)?

    /// Moves an active booking to `slot` and queues `messages(moved, clientName)`.
    func reschedule(code: String, manageToken: String, to slot: Slot, now: Date,
                    messages: @escaping @Sendable (Booking, _ clientName: String) -> [OutboxMessage]) async throws -> Booking

    /// A fresh manage token replaces the old one; `messages(booking, clientName)` are queued.
    func renewManageToken(bookingID: UUID, offices: Set<String>?, manageToken: String, actor: String, now: Date,
                          messages: @escaping @Sendable (Booking, _ clientName: String) -> [OutboxMessage])
        async throws -> Booking

    /// The days from `from` on with an active booking at the office (what a change to its week
    /// must look at — one query instead of one per day).
    func activeDays(officeSlug: String, from: LocalDate) async throws -> Set<LocalDate>

    /// Active bookings on a date (all offices when `officeSlug` is nil), with the client's name.
    func active(on date: LocalDate, officeSlug: String?) async throws -> [(Booking, String)]

    /// Queues messages outside any booking change (notices of changes by the agency).
    func enqueue(_ messages: [OutboxMessage], now: Date) async throws
    /// The client cancels with the manage link's secret; `messages(booking, clientName)` — the
    /// notice of it — are queued in the same transaction.
    func cancel(code: String, manageToken: String, now: Date,
                messages: @escaping @Sendable (Booking, _ clientName: String) -> [OutboxMessage]) async throws
    /// A clerk cancels a booking of an office they work for; the notice as above.
    func cancel(code: String, officeSlug: String, actor: String, now: Date,
                messages: @escaping @Sendable (Booking, _ clientName: String) -> [OutboxMessage]) async throws
    func markNoShow(code: String, officeSlug: String, actor: String, now: Date) async throws
    /// An office's appointments of one day for staff; each client shown is in the access log.
    func day(officeSlug: String, date: LocalDate, by reader: ClientReader, now: Date) async throws -> [Appointment]
}

/// Priority booking passes (ClosingRule), looked up by their printed token.
/// A booking with its client, as the day view shows it.
public struct Appointment: Sendable {
    public let booking: Booking
    public let client: Client

    public init(booking: Booking, client: Client) {
        self.booking = booking
        self.client = client
    }
}

public protocol PriorityPassStore: Sendable {
    func priorityPass(token: String) async throws -> PriorityPass?
}

/// Absolute addresses for what leaves the screen — messages, printed slips (issue 12; API
/// conventions: from the configured public URL, never from a request header).
public protocol Links: Sendable {
    /// The client's manage page for a booking, in their language, with its token.
    func manageBooking(code: String, token: String, language: Language) -> String
    /// A waitlist place's own page (see one's place, leave), with its token.
    func leaveWaitlist(id: UUID, token: String, language: Language) -> String
    /// A waitlist offer's page (take or decline the held time), with its token.
    func waitlistOffer(token: String, language: Language) -> String
    /// The short manage link an SMS can afford (`/p/{token}`; the site redirects it to the page).
    func shortManage(code: String, token: String) -> String
    /// The short link to a waitlist offer for an SMS (`/p/{token}`).
    func shortOffer(token: String) -> String
}
