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
    /// The office the message concerns: the mailbox shows it only to staff of that office
    /// (issue 11, item 4). `nil` only for rows older than migration 0012 with no booking.
    public let officeSlug: String?
    /// The client it is about (the access log names them when staff open it); `nil` for staff alerts.
    public let clientID: UUID?
    public let status: Status
    /// When it was queued (set by the store).
    public let createdAt: Date?

    public init(id: UUID = UUID(), kind: Kind, channel: Channel, recipient: String, language: Language, subject: String,
                body: String, sendAfter: Date, bookingID: UUID?, officeSlug: String?, clientID: UUID?,
                status: Status = .pending, createdAt: Date? = nil) {
        self.id = id
        self.kind = kind
        self.channel = channel
        self.recipient = recipient
        self.language = language
        self.subject = subject
        self.body = body
        self.sendAfter = sendAfter
        self.bookingID = bookingID
        self.officeSlug = officeSlug
        self.clientID = clientID
        self.status = status
        self.createdAt = createdAt
    }

    /// One message per contact the client gave (C-CONTACT): an e-mail and/or an SMS.
    public static func toEachContact(email: String?, phone: String?, kind: Kind, language: Language,
                                     text: (subject: String, body: String), sms: String, sendAfter: Date,
                                     bookingID: UUID?, officeSlug: String?, clientID: UUID?) -> [OutboxMessage] {
        var result: [OutboxMessage] = []
        if let email {
            result.append(OutboxMessage(kind: kind, channel: .email, recipient: email, language: language,
                                        subject: text.subject, body: text.body, sendAfter: sendAfter, bookingID: bookingID,
                                        officeSlug: officeSlug, clientID: clientID))
        }
        if let phone {
            // Its own short text (issue 13, defect 5): an SMS of the e-mail's whole text cost many segments.
            result.append(OutboxMessage(kind: kind, channel: .sms, recipient: phone, language: language,
                                        subject: text.subject, body: sms, sendAfter: sendAfter, bookingID: bookingID,
                                        officeSlug: officeSlug, clientID: clientID))
        }
        return result
    }
}
