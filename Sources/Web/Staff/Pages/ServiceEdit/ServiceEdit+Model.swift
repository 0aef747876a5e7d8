import Domain

/// An administrator corrects one service and its fees by date (issue 13, FACTS.md §5).
enum ServiceEdit {
    struct Model: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let service: Service
        let accounts: [TreasuryAccount]
        let notice: String?
        let errors: [(field: String, message: String)]
        /// The refused form's values, shown again instead of the stored ones.
        var typed: [String: String]? = nil
    }
}
