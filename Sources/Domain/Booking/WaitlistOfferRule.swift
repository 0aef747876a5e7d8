import Foundation

/// Who gets a freed seat (issue 4 item 5). A seat freed by a cancellation, a reschedule or a
/// no-show released early goes first to the waitlist: the first in line whose range covers the
/// slot's date is offered it, and the seat is held for them for `holdMinutes`; if they let it
/// lapse or decline, the next in line gets it; with nobody waiting, it returns to public booking
/// at once.
public struct WaitlistOfferRule: Sendable, Hashable {
    /// How long an offer holds the seat.
    public let holdMinutes: Int
    /// After the hold, the client still needs this long before the start to get to the office —
    /// the same lead as public booking (ReleaseSchedule.minimumLeadMinutes).
    public let minimumLeadMinutes: Int

    public init(holdMinutes: Int = 30, minimumLeadMinutes: Int = ReleaseSchedule.standard.minimumLeadMinutes) {
        self.holdMinutes = holdMinutes
        self.minimumLeadMinutes = minimumLeadMinutes
    }

    public static let standard = WaitlistOfferRule()

    /// A seat is worth offering only if the client could take it in full hold time and still
    /// arrive; otherwise it goes straight back to public booking.
    public func isWorthOffering(slotStart: Date, now: Date) -> Bool {
        slotStart.timeIntervalSince(now) >= Double((holdMinutes + minimumLeadMinutes) * 60)
    }

    public func expiry(offeredAt now: Date) -> Date { now.addingTimeInterval(Double(holdMinutes * 60)) }

    /// Whether a waiting entry may be offered a seat starting at `slotStart`: the date is in the
    /// entry's range; the entry was not already offered this very slot (it let it lapse or declined
    /// it); and the person does not already hold a booking for the service at that time or earlier
    /// (a waitlist is for an earlier time, not a later one).
    public func matches(entryFrom: LocalDate, entryThrough: LocalDate, slotStart: Date, alreadyOfferedThisSlot: Bool,
                        currentBookingStart: Date?) -> Bool {
        let day = RigaTime.date(of: slotStart)
        guard entryFrom <= day, day <= entryThrough, !alreadyOfferedThisSlot else { return false }
        if let current = currentBookingStart, current <= slotStart { return false }
        return true
    }
}
