import Domain

/// An administrator corrects one office: contacts, accessibility, week, pre-holiday closing,
/// desks per service, active, and vouches for unverified values (issue 13).
enum OfficeEdit {
    struct Model: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let office: Office
        let services: [Service]
        let notice: String?
        let errors: [(field: String, message: String)]
        /// The refused form's values, shown again instead of the stored ones.
        var typed: [String: String]? = nil
    }
}
