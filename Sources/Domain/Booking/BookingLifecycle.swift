import Foundation

/// A booking's life (issue 13, defect 1): `active` (booked) → `checked-in` (the client arrived) →
/// `attended` (the visit ended) or `no-show`; `cancelled` by the client or staff at any point
/// before the visit. "One booking per person and service" (I-BOOK) holds only for a booking that
/// still holds a place: one ahead, or one of today (the client may still come, or is in the
/// building). A booking of an earlier day that was never closed is closed by the next change
/// that needs the place — `active` as a no-show, `checked-in` as attended — so a client who came
/// once can always book again.
public enum BookingLifecycle {
    /// Whether the booking still holds its place in the one-per-person rule at `now`.
    public static func holdsPlace(_ status: Booking.Status, start: Date, now: Date) -> Bool {
        switch status {
        case .active, .checkedIn: return RigaTime.date(of: start) >= RigaTime.date(of: now)
        case .attended, .cancelled, .noShow: return false
        }
    }

    /// The status an open booking of an earlier day is closed with (nil: it is still open, or
    /// already closed).
    public static func closingOfPast(_ status: Booking.Status, start: Date, now: Date) -> Booking.Status? {
        guard RigaTime.date(of: start) < RigaTime.date(of: now) else { return nil }
        switch status {
        case .active: return .noShow
        case .checkedIn: return .attended
        case .attended, .cancelled, .noShow: return nil
        }
    }

    /// What the end of a visit means for its booking (nil: the booking is unchanged).
    public static func afterVisit(_ visit: QueueEntry.Status) -> Booking.Status? {
        switch visit {
        case .done: return .attended
        case .noShow: return .noShow
        // Still waiting when the office closed: the office ended the visit and gave a priority
        // pass, which books the service again — so the booking no longer holds the place.
        case .referred: return .cancelled
        case .waiting, .called, .serving, .parked: return nil
        }
    }

    /// Statuses that may still be changed by the client or a clerk (moved or cancelled).
    public static func canChange(_ status: Booking.Status) -> Bool { status == .active }

    /// The visit has begun or is over (checked in, attended, no-show): a move or a cancellation is
    /// refused as "under way" rather than "not found" — the client is told why.
    public static func isUnderWay(_ status: Booking.Status) -> Bool { [.checkedIn, .attended, .noShow].contains(status) }

    /// The statuses the database's partial unique index covers (one open booking per person and
    /// service; the time part of the rule is kept by closing past ones first).
    public static let openStatuses: [Booking.Status] = [.active, .checkedIn]
}
