import Foundation

/// Where due messages come from and where the outcome of each attempt goes (issue 15, item 2).
/// The store makes sure that of several workers — in several instances — only one holds a
/// message at a time (`FOR UPDATE SKIP LOCKED` on PostgreSQL; SQLite has one writer).
public protocol OutboxQueue: Sendable {
    /// Takes up to `limit` messages due at `now` — queued, failed temporarily and due again, or
    /// `sending` with their lease run out (a worker died) — marks them `sending` until
    /// `leaseUntil` and counts the attempt.
    func claim(now: Date, limit: Int, leaseUntil: Date) async throws -> [OutboxMessage]
    /// Records how each attempt went, by the rule, in one write (issue 17: attempts that end
    /// together are recorded together). A message that is no longer held by its attempt —
    /// cancelled meanwhile, or taken by another worker after this one's lease ran out — is left
    /// as it is and is missing from the answer; every other one is there with the status it now has.
    @discardableResult
    func record(_ attempts: [DeliveryAttempt], rule: DeliveryRule) async throws -> [UUID: OutboxMessage.Status]
    /// A message written by staff (a correction, S-MAIL-FIX) is queued with its audit entry — and,
    /// for a case's letter, the case's timeline entry — in one transaction.
    func queue(_ message: OutboxMessage, audit: AuditEntry, caseEvent: CaseEvent?) async throws
}

/// How one attempt to send a message ended, and when.
public struct DeliveryAttempt: Sendable, Equatable {
    public let id: UUID
    /// The attempt's number (the message's `delivery.attempts` when it was claimed).
    public let attempt: Int
    public let outcome: DeliveryOutcome
    public let endedAt: Date
    public init(id: UUID, attempt: Int, outcome: DeliveryOutcome, endedAt: Date) {
        self.id = id
        self.attempt = attempt
        self.outcome = outcome
        self.endedAt = endedAt
    }
}

extension OutboxQueue {
    /// One attempt's outcome: the status the message now has, or nil if it is no longer that attempt's.
    @discardableResult
    public func record(_ id: UUID, attempt: Int, outcome: DeliveryOutcome, rule: DeliveryRule, now: Date) async throws -> OutboxMessage.Status? {
        try await record([DeliveryAttempt(id: id, attempt: attempt, outcome: outcome, endedAt: now)], rule: rule)[id]
    }
}

/// Sends one message over one channel: an SMTP relay, an SMS provider, the local mailbox.
public protocol MessageSender: Sendable {
    func send(_ message: OutboxMessage) async -> DeliveryOutcome
}

/// Sends the `sms` channel (issue 15, item 4): an SMS provider's HTTP API, or the local mailbox
/// page when none is configured. The same outcomes, so the same statuses and retries.
public protocol TextMessageSender: MessageSender {}
