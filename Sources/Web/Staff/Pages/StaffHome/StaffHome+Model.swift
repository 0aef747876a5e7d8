import Domain

/// The staff start page: who is signed in and what they can reach.
enum StaffHome {
    struct Model: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let notice: String?
        /// For those who read cases: their offices' overdue and due-soon counts (issue 14, item 3).
        var deadlines: (overdue: Int, soon: Int)? = nil
        /// For administrators: what needs attention, with the names to word it (AdminAttention).
        var attention: [AdminAttention.Item]? = nil
        var officeNames: [String: String] = [:]
        var serviceNames: [String: String] = [:]
    }
}
