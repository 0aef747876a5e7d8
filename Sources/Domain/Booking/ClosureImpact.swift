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
        let l = c.booking.language, b = c.booking
        let list = alternatives.map { "  – \(when($0, l))" }.joined(separator: "\n")
        if l == .lv {
            let body = ["Labdien, \(c.name)!", "",
                        "Diemžēl \(c.office.name.lv) \(when(b.start, .lv)) nepieņems klientus, tāpēc jūsu pieraksts \(b.code) šajā laikā nevar notikt. Atvainojamies par neērtībām.",
                        alternatives.isEmpty ? "Brīvu laiku pašlaik nav; lūdzu, zvaniet \(PMLPSeed.headquartersPhone)." : "Tuvākie brīvie laiki:\n\(list)",
                        "Pārcelt vai atcelt pierakstu varat ar saiti no apstiprinājuma ziņas vai pa tālruni \(PMLPSeed.headquartersPhone).", "",
                        "Ar cieņu", "\(c.office.name.lv), Pilsonības un migrācijas lietu pārvalde, tālrunis \(c.office.phone ?? PMLPSeed.headquartersPhone)"]
            return ("Izmaiņas pierakstā \(b.code)", body.joined(separator: "\n"))
        }
        let body = ["Dear \(c.name),", "",
                    "Unfortunately \(c.office.name.en ?? c.office.name.lv) will not receive clients on \(when(b.start, .en)), so your booking \(b.code) cannot take place then. We apologise.",
                    alternatives.isEmpty ? "No other time is free at the moment; please call \(PMLPSeed.headquartersPhone)." : "The nearest free times:\n\(list)",
                    "You can move or cancel the booking with the link in your confirmation, or by calling \(PMLPSeed.headquartersPhone).", "",
                    "Kind regards,", "\(c.office.name.en ?? c.office.name.lv), Office of Citizenship and Migration Affairs, phone \(c.office.phone ?? PMLPSeed.headquartersPhone)"]
        return ("Change to booking \(b.code)", body.joined(separator: "\n"))
    }
}
