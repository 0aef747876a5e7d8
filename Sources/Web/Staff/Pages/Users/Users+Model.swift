import Domain

/// Administrators manage accounts: list, add (a one-time password is shown once), disable.
enum UsersPage {
    struct Model: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let users: [StaffUser]
        let offices: [Office]
        let oneTimePassword: String?
        let errors: [(field: String, message: String)]
    }
}
