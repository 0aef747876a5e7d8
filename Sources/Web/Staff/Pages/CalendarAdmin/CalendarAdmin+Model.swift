import Domain

/// Administrators record office exceptions and one-off holidays; affected clients are told.
enum CalendarAdmin {
    struct Model: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let offices: [Office]
        /// Transfers and festival days already recorded (listed above their forms).
        let adjustments: CalendarAdjustments
        let services: [Service]
        let releaseRules: [ReleaseRule]
        let notice: String?
        let errors: [(field: String, message: String)]
        /// Offices with their own visit rules, and the office whose rules the form shows.
        var visitSettings: [String: VisitSettings] = [:]
        var visitOffice: String? = nil
    }
}
