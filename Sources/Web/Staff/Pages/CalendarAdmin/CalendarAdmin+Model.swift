import Domain

/// Administrators record office exceptions and one-off holidays; affected clients are told.
enum CalendarAdmin {
    struct Model: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let offices: [Office]
        /// Transfers, one-off holidays and festival days already recorded (listed above their forms).
        let adjustments: CalendarAdjustments
        let services: [Service]
        let releaseRules: [ReleaseRule]
        let notice: String?
        let errors: [(field: String, message: String)]
        /// Offices with their own visit rules, and the office whose rules the form shows.
        var visitSettings: [String: VisitSettings] = [:]
        var visitOffice: String? = nil
        /// Every office's exceptions from today on, and today (the lists start from it).
        var exceptions: [RecordedException] = []
        var today: LocalDate = LocalDate(2026, 1, 1)
        /// The forms' values: what was typed when refused, or the entry being edited.
        var values: [String: String] = [:]
        /// The entry whose values the forms show ("Edit"), and the one a delete asks about.
        var editing: CalendarEntry? = nil
        var confirm: CalendarEntry? = nil
    }
}
