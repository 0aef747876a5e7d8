import Domain

/// Looking a person up by personal code outside a case: the purpose is required and logged.
enum ClientSearch {
    struct Model: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let personalCode: String
        let purpose: String
        let errors: [(field: String, message: String)]
        let notFound: Bool
    }
}
