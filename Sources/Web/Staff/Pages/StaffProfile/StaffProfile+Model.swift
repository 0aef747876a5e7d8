import Domain

/// The employee's own profile (the fields of every signature, S-MAIL-FORM), password change,
/// TOTP enrolment and signing out everywhere.
enum StaffProfile {
    struct Enrolment: Sendable {
        let secret: String
        let signature: String
        let uri: String
    }

    struct Model: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let enrolment: Enrolment?
        let notice: String?
        let passwordErrors: [(field: String, message: String)]
        /// The signature form's refusals and what was typed (issue 15, S-MAIL-FORM).
        var signatureErrors: [(field: String, message: String)] = []
        var signatureValues: [String: String] = [:]
        let totpError: String?
    }
}
