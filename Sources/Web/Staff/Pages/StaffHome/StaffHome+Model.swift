import Domain

/// The staff start page: who is signed in and what they can reach.
enum StaffHome {
    struct Model: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let notice: String?
    }
}
