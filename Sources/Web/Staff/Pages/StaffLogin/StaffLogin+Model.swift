import Domain

/// Sign-in with e-mail and password; errors and the throttle's wait are shown in the form.
enum StaffLogin {
    struct Model: Sendable {
        let language: Language
        let csrf: String
        let email: String
        let next: String?
        let error: String?
    }
}
