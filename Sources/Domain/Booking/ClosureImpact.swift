import Foundation

/// Which bookings a change by the agency (a closure, changed hours, a one-off holiday) leaves
/// outside reception hours: their clients are told and offered the nearest free slots (I-BOOK).
public enum ClosureImpact {
    public static func affected(_ bookings: [Booking], by day: OpeningDay) -> [Booking] {
        bookings.filter { b in
            guard b.status == .active, RigaTime.date(of: b.start) == day.date else { return false }
            let start = RigaTime.time(of: b.start).minutes, end = RigaTime.time(of: b.end).minutes
            return !day.ranges.contains { $0.open.minutes <= start && end <= $0.close.minutes }
        }
    }
}

extension BookingMessages {
    /// The agency changed the day: the appointment cannot take place as booked.
    public static func change(_ c: Context, alternatives: [Date]) -> (subject: String, body: String) {
        let l = c.booking.language, b = c.booking, t = MessageTexts.of(l)
        let list = alternatives.map { "  – \(when($0, l))" }.joined(separator: "\n")
        let phone = c.agency.phone
        let body = [t.greeting(c.name), "", t.cannotTakePlace(c.office.name.text(l), when(b.start, l), b.code),
                    alternatives.isEmpty ? t.nothingFree(phone) : t.nearestFree(list), t.moveOrCancel(phone)]
            + signature(office: c.office, agency: c.agency, l)
        return (t.changeSubject(b.code), body.joined(separator: "\n"))
    }
}
