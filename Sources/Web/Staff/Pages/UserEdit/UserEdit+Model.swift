import Domain

/// An administrator changes an employee's roles and offices.
enum UserEdit {
    struct Model: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let target: StaffUser
        let offices: [Office]
        let errors: [(field: String, message: String)]
    }
}
