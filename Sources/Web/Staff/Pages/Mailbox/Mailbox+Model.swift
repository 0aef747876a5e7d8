import Domain

/// The local mailbox: what the outbox holds for the reader's offices, until delivery lands.
enum Mailbox {
    struct Model: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let messages: [OutboxMessage]
        /// The status the list is narrowed to, if any.
        let status: OutboxMessage.Status?
    }

    /// One message opened (the opening is in the access log); its links are never shown.
    struct MessageModel: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let message: OutboxMessage
        let canResend: Bool
        let notice: String?
        /// A sent message the reader may correct (S-MAIL-FIX), with what a refused correction typed.
        let canCorrect: Bool
        let refill: Form.Refill
    }
}
