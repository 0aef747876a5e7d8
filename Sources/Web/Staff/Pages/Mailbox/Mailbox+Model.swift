import Domain

/// The local mailbox: what the outbox would have sent, until delivery lands.
enum Mailbox {
    struct Model: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let messages: [OutboxMessage]
    }
}
