import Domain

/// The second step of sign-in for accounts with TOTP.
enum StaffTOTP {
    struct Model: Sendable {
        let language: Language
        let csrf: String
        let next: String?
        let error: String?
    }
}
