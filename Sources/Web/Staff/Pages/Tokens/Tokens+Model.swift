import Domain

/// API tokens and kiosks: created by an administrator, shown once, revocable.
enum TokensPage {
    struct Row: Sendable {
        let token: APIToken
        let owner: String
    }

    struct Model: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let rows: [Row]
        let offices: [Office]
        let newToken: String?
        let errors: [(field: String, message: String)]
        let canManageTokens: Bool
        let canManageKiosks: Bool
    }
}
