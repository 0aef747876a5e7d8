import Domain
import Storage

/// An office's appointments for a day, by time and service, with interpreter flags
/// (C-INTERPRETER); personal codes are masked in the list.
enum DayView {
    struct Model: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let office: Office
        let date: LocalDate
        let appointments: [FluentBookingStore.Appointment]
        let serviceNames: [String: LocalizedText]
    }
}
