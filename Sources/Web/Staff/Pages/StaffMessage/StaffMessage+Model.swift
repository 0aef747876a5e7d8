import Domain

/// A short message page for staff: access denied, an expired form.
enum StaffMessage {
    struct Model: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser?
        let title: String
        let text: String
    }
}
