import Domain
import Foundation

/// An office's appointments for a day, by time and service, with interpreter flags
/// (C-INTERPRETER); personal codes are masked in the list.
enum DayView {
    struct Model: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let office: Office
        let date: LocalDate
        let appointments: [Appointment]
        let serviceNames: [String: LocalizedText]
        /// Waitlist length per service name (only services with someone waiting).
        let waiting: [(String, Int)]
        /// Whether the employee may cancel or mark no-shows here (bookings:manage in this office).
        let canManage: Bool
        let now: Date
        let notice: String?
        let error: String?
        /// The second question before a cancellation or a no-show (issue 16, item 6).
        var confirm: (action: StaffPage, code: String, noShow: Bool)? = nil
    }
}
