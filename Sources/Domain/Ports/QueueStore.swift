import Foundation

/// What the queue store refuses (the SQL that decides each stays in Storage).
public enum QueueFailure: Error, Equatable, Sendable {
    /// No active booking with this code at this office.
    case unknownBooking
    /// The day's walk-in quota for the service is used up.
    case quotaReached
    /// No such entry at this office.
    case notFound
    /// The action is not allowed from the entry's state (or another counter acted first).
    case illegalTransition
}

/// The office's queue, as the visit use cases need it (issue 12). Storage implements it with the
/// conditional statements that keep counters from calling the same client twice.
public protocol QueueStore: Sendable {
    func issueTicket(officeSlug: String, serviceSlug: String, prefix: String, quota: Int?, now: Date) async throws -> QueueEntry
    func bookingForCheckIn(code: String, officeSlug: String) async throws -> Booking?
    /// The booking's queue entry; `true` when it was created now (a repeated check-in is the same entry).
    func checkIn(bookingID: UUID, prefix: String, now: Date) async throws -> (QueueEntry, Bool)
    /// Calls the next client for a counter serving `services` (CallOrder); nil when nobody waits.
    func callNext(officeSlug: String, counter: String, services: Set<String>, staffUserID: UUID?, order: CallOrder,
                  now: Date) async throws -> QueueEntry?
    func act(_ action: QueueAction, entryID: UUID, officeSlug: String, counter: String?, transferTo service: String?,
             idChecked: Bool?, staffUserID: UUID?, now: Date) async throws -> QueueEntry
    /// Waiting entries per service at an office on a day.
    func waiting(officeSlug: String, day: LocalDate) async throws -> [String: Int]
    /// Everyone still waiting or parked at an office on a day.
    func stillWaiting(officeSlug: String, day: LocalDate) async throws -> Int
    /// Refers everyone still in line, each with a priority booking pass (ClosingRule).
    func closeQueue(officeSlug: String, rule: ClosingRule, actor: String, now: Date) async throws
        -> [(entry: QueueEntry, token: String, expiresAt: Date)]
}

/// Tells the waiting-room displays of a call (in process on SQLite; on PostgreSQL the store's
/// NOTIFY in the calling transaction does it for every instance).
public protocol DisplayAnnouncer: Sendable {
    func announce(_ entry: QueueEntry, action: QueueAction?, now: Date)
}
