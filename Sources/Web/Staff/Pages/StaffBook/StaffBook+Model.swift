import Domain
import Foundation

/// Booking for a caller or a visitor (I-BOOK): office, service and date, then a free time and the
/// person's details — the same rules and flow as the public pages.
enum StaffBook {
    struct Model: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let offices: [Office]
        let services: [Service]
        let office: Office?
        let service: Service?
        let date: LocalDate
        let offers: [Availability.Offer]
        let values: [String: String]
        let errors: [(field: String, message: String)]
    }

    struct DoneModel: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let booking: Booking
        let office: Office
        let service: Service
    }
}
