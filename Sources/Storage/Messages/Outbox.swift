import Domain
import Fluent
import Foundation
import SQLKit

final class OutboxModel: Model, @unchecked Sendable {
    static let schema = "outbox"

    @ID(key: .id) var id: UUID?
    @Field(key: "kind") var kind: String
    @Field(key: "channel") var channel: String
    @Field(key: "recipient") var recipient: String
    @Field(key: "language") var language: String
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    @Field(key: "send_after") var sendAfter: Date
    @OptionalField(key: "booking_id") var bookingID: UUID?
    @OptionalField(key: "office_slug") var officeSlug: String?
    @OptionalField(key: "client_id") var clientID: UUID?
    @Field(key: "status") var status: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "attempts") var attempts: Int
    @OptionalField(key: "next_attempt_at") var nextAttemptAt: Date?
    @OptionalField(key: "lease_until") var leaseUntil: Date?
    @OptionalField(key: "last_error") var lastError: String?
    @OptionalField(key: "provider_message_id") var providerMessageID: String?
    @OptionalField(key: "sent_at") var sentAt: Date?
    @OptionalField(key: "case_id") var caseID: UUID?
    @OptionalField(key: "corrects_id") var correctsID: UUID?
    @OptionalField(key: "calendar") var calendar: String?

    init() {}

    func toDomain() -> OutboxMessage {
        OutboxRow(id: id ?? UUID.random(), kind: kind, channel: channel, recipient: recipient, language: language, subject: subject,
                  body: body, status: status, send_after: sendAfter, created_at: createdAt, booking_id: bookingID, client_id: clientID,
                  case_id: caseID, corrects_id: correctsID, office_slug: officeSlug, last_error: lastError,
                  provider_message_id: providerMessageID, calendar: calendar, attempts: attempts, next_attempt_at: nextAttemptAt,
                  sent_at: sentAt).message
    }
}

/// An outbox row read by plain SQL (the delivery worker's claim), without Fluent's reflection.
struct OutboxRow: Decodable {
    static let columns = """
        id, kind, channel, recipient, language, subject, body, send_after, booking_id, office_slug, client_id, status, \
        created_at, attempts, next_attempt_at, last_error, provider_message_id, sent_at, case_id, corrects_id, calendar
        """
    let id: UUID
    let kind, channel, recipient, language, subject, body, status: String
    let send_after, created_at: Date
    let booking_id, client_id, case_id, corrects_id: UUID?
    let office_slug, last_error, provider_message_id, calendar: String?
    let attempts: Int
    let next_attempt_at, sent_at: Date?

    var message: OutboxMessage {
        var m = OutboxMessage(id: id, kind: OutboxMessage.Kind(rawValue: kind) ?? .change,
                              channel: OutboxMessage.Channel(rawValue: channel) ?? .email, recipient: recipient,
                              language: Language(rawValue: language) ?? .lv, subject: subject, body: body, sendAfter: send_after,
                              bookingID: booking_id, officeSlug: office_slug, clientID: client_id,
                              status: OutboxMessage.Status(rawValue: status) ?? .queued, createdAt: created_at)
        m.delivery = .init(attempts: attempts, nextAttemptAt: next_attempt_at, lastError: last_error,
                           providerMessageID: provider_message_id, sentAt: sent_at)
        m.caseID = case_id
        m.correctsID = corrects_id
        m.calendar = calendar
        return m
    }
}

/// The outbox: rows are added inside the transaction of the change they announce.
public enum Outbox {
    static func enqueue(_ messages: [OutboxMessage], on db: any Database, now: Date) async throws {
        guard let insert = insertStatement(messages, now: now) else { return }
        try await db.sql().raw(insert.statement).run()
    }

    /// All of a change's messages as one INSERT (issue 17, item 3) in OutboxModel's columns; nil for none.
    /// `html_body` (0021) stays empty: the e-mail sender renders the HTML from the text when it
    /// sends (SMTPSender), so rendering four bodies into every booking's transaction — SMS included —
    /// was CPU spent on a column nothing read.
    static func insertStatement(_ messages: [OutboxMessage], now: Date) -> RowInsert? {
        guard !messages.isEmpty else { return nil }
        let rows: [SQLQueryString] = messages.map { m in
            // next_attempt_at is send_after: due at its own time, so a reminder waits for the day before the visit.
            """
            \(bind: m.id), \(bind: m.kind.rawValue), \(bind: m.channel.rawValue), \(bind: m.recipient), \(bind: m.language.rawValue),
            \(bind: m.subject), \(bind: m.body), \(bind: m.sendAfter), \(bind: m.bookingID), \(bind: m.officeSlug), \(bind: m.clientID),
            \(bind: m.status.rawValue), \(bind: now), 0, \(bind: m.sendAfter), \(bind: m.caseID), \(bind: m.correctsID),
            \(bind: m.calendar)
            """
        }
        return RowInsert(into: "outbox", columns: """
            id, kind, channel, recipient, language, subject, body, send_after, booking_id, office_slug, client_id, status,
            created_at, attempts, next_attempt_at, case_id, corrects_id, calendar
            """, rows: rows)
    }

    /// Pending reminders of a booking are withdrawn when it is cancelled or moved.
    static func withdrawReminders(bookingID: UUID, on db: any Database) async throws {
        try await OutboxModel.query(on: db).filter(\.$bookingID == bookingID).filter(\.$kind == "reminder")
            .filter(\.$status ~~ [OutboxMessage.Status.queued.rawValue, OutboxMessage.Status.temporaryFailure.rawValue])
            .set(\.$status, to: OutboxMessage.Status.cancelled.rawValue).update()
    }

    /// Newest first, for the staff mailbox: of the offices in `offices`, or of every office
    /// when it is nil (agency-wide readers; the policy decides who that is).
    public static func messages(on db: any Database, offices: Set<String>? = nil, status: OutboxMessage.Status? = nil,
                                limit: Int = 200) async throws -> [OutboxMessage] {
        var q = OutboxModel.query(on: db)
        if let offices { q = q.filter(\.$officeSlug ~~ Array(offices)) }
        if let status { q = q.filter(\.$status == status.rawValue) }
        return try await q.sort(\.$createdAt, .descending).limit(limit).all().map { $0.toDomain() }
    }

    /// One message opened by a member of staff: the opening is written to the access log in
    /// the same transaction when the message is about a client (S-PRIVACY). `nil` when there is
    /// no such message or it belongs to an office outside `offices`.
    public static func open(id: UUID, offices: Set<String>?, by reader: FluentClientStore.Reader, now: Date,
                            on db: any Database) async throws -> OutboxMessage? {
        try await db.writeTransaction { tx in
            guard let m = try await OutboxModel.find(id, on: tx) else { return nil }
            if let offices, !offices.contains(m.officeSlug ?? "") { return nil }
            // The data subject: the register's client, else — for a case's letter — the case (as
            // FluentCaseStore.open logs it).
            if let client = m.clientID ?? m.caseID {
                try await FluentClientStore.log(on: tx, client: client, record: ("outbox", id), reader: reader, now: now)
            }
            return m.toDomain()
        }
    }

    public static func messages(bookingID: UUID, on db: any Database) async throws -> [OutboxMessage] {
        try await OutboxModel.query(on: db).filter(\.$bookingID == bookingID).sort(\.$sendAfter).all().map { $0.toDomain() }
    }
}
