import Foundation

/// A message waiting to be sent (confirmation, reminder, offer, change notice). A later issue
/// delivers them by SMTP/SMS; until then the staff mailbox shows what would have been sent.
public struct OutboxMessage: Sendable, Hashable {
    public enum Channel: String, Sendable, Codable { case email, sms }
    public enum Kind: String, Sendable, Codable { case confirmation, reminder, offer, change, waitlist, alert }
    public enum Status: String, Sendable, Codable { case pending, sent, cancelled }

    public let id: UUID
    public let kind: Kind
    public let channel: Channel
    public let recipient: String
    public let language: Language
    public let subject: String
    public let body: String
    /// Not before this instant (a reminder waits for the working day before).
    public let sendAfter: Date
    public let bookingID: UUID?
    public let status: Status

    public init(id: UUID = UUID(), kind: Kind, channel: Channel, recipient: String, language: Language, subject: String,
                body: String, sendAfter: Date, bookingID: UUID?, status: Status = .pending) {
        self.id = id
        self.kind = kind
        self.channel = channel
        self.recipient = recipient
        self.language = language
        self.subject = subject
        self.body = body
        self.sendAfter = sendAfter
        self.bookingID = bookingID
        self.status = status
    }

    /// One message per contact the client gave (C-CONTACT): an e-mail and/or an SMS.
    public static func toEachContact(email: String?, phone: String?, kind: Kind, language: Language,
                                     text: (subject: String, body: String), sendAfter: Date,
                                     bookingID: UUID?) -> [OutboxMessage] {
        var result: [OutboxMessage] = []
        if let email {
            result.append(OutboxMessage(kind: kind, channel: .email, recipient: email, language: language,
                                        subject: text.subject, body: text.body, sendAfter: sendAfter, bookingID: bookingID))
        }
        if let phone {
            result.append(OutboxMessage(kind: kind, channel: .sms, recipient: phone, language: language,
                                        subject: text.subject, body: text.body, sendAfter: sendAfter, bookingID: bookingID))
        }
        return result
    }
}
