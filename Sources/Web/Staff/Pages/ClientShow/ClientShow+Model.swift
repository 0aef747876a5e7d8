import Domain

/// One client's record, as a member of staff sees it; the read is already in the access log.
enum ClientShow {
    struct Model: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let client: Client
        /// Every contact, oldest first (issue 14, item 4).
        let contacts: [ClientContact]
        /// Office and service names by slug, in the page's language.
        let names: [String: String]
        let canOpenCases: Bool
    }
}
