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
        let otherTimes: [Date]
        let cancelCSRF: String
        let rescheduleCSRF: String
        let notice: String?
        let error: String?
    }

    static func path(_ l: Language, code: String) -> String { Booking.managePath(l, code: code) }
}
