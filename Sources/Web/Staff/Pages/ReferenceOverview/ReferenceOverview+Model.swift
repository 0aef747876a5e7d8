import Domain

/// The administrator's list of offices and services, and the agency's contacts form (issue 13).
enum ReferenceOverview {
    struct Model: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let offices: [Office]
        let services: [Service]
        let contacts: AgencyContacts
        let notice: String?
        let errors: [(field: String, message: String)]
        /// What was typed in the contacts form when it was refused, so nothing has to be typed twice.
        var typed: [String: String] = [:]
    }
}
