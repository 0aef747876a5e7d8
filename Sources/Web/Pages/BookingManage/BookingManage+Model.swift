import Domain
import Foundation

/// The manage link's page (no account): the booking, what to bring, the .ics, cancel,
/// reschedule, and the person's own data (GDPR Art. 15).
enum BookingManage {
    struct Model: Sendable {
        let language: Language
        let booking: Booking
        let token: String
        let office: Office
        let service: Service
        let notice: String?
        let error: String?
    }

    /// "Are you sure?" before a cancellation (issue 16, item 6): nothing is cancelled by one click.
    struct CancelModel: Sendable {
        let language: Language
        let booking: Booking
        let token: String
        let office: Office
        let service: Service
        let csrf: String
    }

    /// Moving a booking, step one: the days with a free time over the whole release window (item 3).
    struct DaysModel: Sendable {
        let language: Language
        let booking: Booking
        let token: String
        let days: [(date: LocalDate, free: Int)]
    }

    /// Moving a booking, step two: the day's free times as buttons.
    struct TimesModel: Sendable {
        let language: Language
        let booking: Booking
        let token: String
        let date: LocalDate
        let offers: [Availability.Offer]
        let why: DayBookability
        let csrf: String
        var error: String? = nil
    }

    /// Find my booking (issue 16, item 2): the code and a contact; the link goes to the booking's own contact.
    struct FindModel: Sendable {
        let language: Language
        let csrf: String
        let values: [String: String]
        let errors: [(field: String, message: String)]
    }

    struct SentModel: Sendable {
        let language: Language
    }

    static func path(_ l: Language, code: String) -> String { Booking.managePath(l, code: code) }

    static func findPath(_ l: Language) -> String { l == .lv ? "/pieraksts/atrast" : "/en/booking/find" }
    static func sentPath(_ l: Language) -> String { findPath(l) + (l == .lv ? "/nosutits" : "/sent") }
}
