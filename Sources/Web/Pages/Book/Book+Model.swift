import Domain
import Foundation

/// Public booking (I-BOOK), one step a page: service → office (with its next free date) → day →
/// time and details → confirmation. Works without JavaScript; errors stand next to their field.
enum Book {
    static func path(_ l: Language, _ parts: String...) -> String {
        ([l == .lv ? "/pierakstities" : "/en/book"] + parts).joined(separator: "/")
    }

    struct ServicesModel: Sendable {
        let language: Language
        let services: [Service]
    }

    struct OfficesModel: Sendable {
        let language: Language
        let service: Service
        let offices: [(office: Office, nextFree: Date?)]
        let schedule: ReleaseSchedule
    }

    struct DaysModel: Sendable {
        let language: Language
        let service: Service
        let office: Office
        let days: [(date: LocalDate, free: Int)]
        let schedule: ReleaseSchedule
        /// Booking with a priority pass: the pass carried in each link, the last day open to it, its expiry.
        var priority: Priority? = nil
    }

    struct Priority: Sendable {
        let token: String
        let lastDate: LocalDate
        let expires: Date
        /// `?pass=…` for links and form actions.
        var query: String { "?pass=\(token)" }
    }

    struct PassGoneModel: Sendable {
        let language: Language
    }

    struct FormModel: Sendable {
        let language: Language
        let service: Service
        let office: Office
        let date: LocalDate
        let offers: [Availability.Offer]
        /// Why the day has nothing to book, or `.bookable`.
        var why: DayBookability = .bookable
        let values: [String: String]
        let errors: [(field: String, message: String)]
        /// The person already has a booking for the service: show the way to find it.
        var lostLinkHelp: Bool = false
        let csrf: String
        var priority: Priority? = nil
    }

    struct DoneModel: Sendable {
        let language: Language
        let booking: Booking
        let office: Office
        let service: Service
        let manageURL: String
        /// The same confirmation in the other language (nil where there is none: after a waitlist offer).
        var alternate: String? = nil
    }

    /// The confirmation's address, the redirect after booking leads to (issue 16, item 6).
    static func confirmationPath(_ l: Language, code: String, token: String) -> String {
        path(l, l == .lv ? "apstiprinats" : "confirmed", code) + "?token=\(token)"
    }
}
