import Foundation

/// A message to a client or to staff (confirmation, reminder, offer, change notice, alert): a row
/// of the outbox, written in the transaction of the change it announces, then delivered by the
/// worker of any instance (issue 15) — by SMTP, an SMS provider, or locally to the mailbox page.
public struct OutboxMessage: Sendable, Hashable {
    /// `e-address`: the official e-address, through the gateway (FACTS.md §8).
    public enum Channel: String, Sendable, Codable, CaseIterable { case email, sms, eAddress = "e-address" }
    /// `letter`: a case's letter (issue 15, item 8); `correction`: a correction of a sent message
    /// with an apology (S-MAIL-FIX).
    /// `cancellation`: a booking was cancelled, by the client or at the office (issue 16, item 2).
    public enum Kind: String, Sendable, Codable {
        case confirmation, reminder, offer, change, waitlist, alert, letter, correction, cancellation
    }
    /// queued → sending → sent / temporary-failure (tried again later) / permanent-failure;
    /// cancelled when what it announced was withdrawn first (a reminder of a cancelled booking).
    public enum Status: String, Sendable, Codable, CaseIterable {
        case queued, sending, sent, temporaryFailure = "temporary-failure", permanentFailure = "permanent-failure", cancelled

        /// Still to be delivered (the outbox backlog).
        public var isWaiting: Bool { self == .queued || self == .sending || self == .temporaryFailure }
    }

    /// How delivery went so far (set by the store; empty for a message not yet tried).
    public struct Delivery: Sendable, Hashable {
        public var attempts: Int
        public var nextAttemptAt: Date?
        public var lastError: String?
        public var providerMessageID: String?
        public var sentAt: Date?
        public init(attempts: Int = 0, nextAttemptAt: Date? = nil, lastError: String? = nil, providerMessageID: String? = nil,
                    sentAt: Date? = nil) {
            self.attempts = attempts
            self.nextAttemptAt = nextAttemptAt
            self.lastError = lastError
            self.providerMessageID = providerMessageID
            self.sentAt = sentAt
        }
    }

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
    public var delivery = Delivery()
    /// The case whose letter this is (issue 15, item 8).
    public var caseID: UUID?
    /// The message this one corrects (S-MAIL-FIX).
    public var correctsID: UUID?
    /// The appointment as an iCalendar event (RFC 5545), attached to a booking's e-mail as `.ics`.
    public var calendar: String?

    public init(id: UUID = UUID.random(), kind: Kind, channel: Channel, recipient: String, language: Language, subject: String,
                body: String, sendAfter: Date, bookingID: UUID?, officeSlug: String?, clientID: UUID?,
                status: Status = .queued, createdAt: Date? = nil) {
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
