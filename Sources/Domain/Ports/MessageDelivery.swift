import Foundation

/// Where due messages come from and where the outcome of each attempt goes (issue 15, item 2).
/// The store makes sure that of several workers — in several instances — only one holds a
/// message at a time (`FOR UPDATE SKIP LOCKED` on PostgreSQL; SQLite has one writer).
public protocol OutboxQueue: Sendable {
    /// Takes up to `limit` messages due at `now` — queued, failed temporarily and due again, or
    /// `sending` with their lease run out (a worker died) — marks them `sending` until
    /// `leaseUntil` and counts the attempt.
    func claim(now: Date, limit: Int, leaseUntil: Date) async throws -> [OutboxMessage]
    /// Records how attempt number `attempt` went, by the rule. A message that is no longer
    /// held by that attempt — cancelled meanwhile, or taken by another worker after this one's
    /// lease ran out — is left as it is.
    func record(_ id: UUID, attempt: Int, outcome: DeliveryOutcome, rule: DeliveryRule, now: Date) async throws
}

/// Sends one message over one channel: an SMTP relay, an SMS provider, the local mailbox.
public protocol MessageSender: Sendable {
    func send(_ message: OutboxMessage) async -> DeliveryOutcome
}
