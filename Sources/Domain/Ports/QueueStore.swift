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
    /// The latest calls of the day, newest first (the waiting-room display).
    func recentCalls(officeSlug: String, day: LocalDate, limit: Int) async throws -> [QueueEntry]
    /// A counter's client in service and the clients it parked today.
    func atCounter(officeSlug: String, counter: String, day: LocalDate) async throws -> (current: [QueueEntry], parked: [QueueEntry])
    /// The emergency button: its messages and an audit entry, together.
    func recordEmergency(officeSlug: String, counter: String, actor: String, actorID: UUID, actorName: String,
                         messages: [OutboxMessage], now: Date) async throws
    /// An office's entries from one day through another (statistics).
    func entries(officeSlug: String, from: LocalDate, through: LocalDate) async throws -> [QueueEntry]
    func entry(id: UUID) async throws -> QueueEntry?
    /// Unacknowledged emergency alerts of these offices (all when nil).
    func openAlerts(offices: Set<String>?) async throws -> [EmergencyAlert]
    /// False when there is no such open alert within `officeSlugs`.
    func acknowledge(alert id: UUID, officeSlugs: Set<String>?, by user: UUID, now: Date) async throws -> Bool
}

/// Tells the waiting-room displays of a call (in process on SQLite; on PostgreSQL the store's
/// NOTIFY in the calling transaction does it for every instance).
public protocol DisplayAnnouncer: Sendable {
    func announce(_ entry: QueueEntry, action: QueueAction?, now: Date)
}

extension QueueStore {
    /// The display's eight latest calls.
    public func recentCalls(officeSlug: String, day: LocalDate) async throws -> [QueueEntry] {
        try await recentCalls(officeSlug: officeSlug, day: day, limit: 8)
    }
}
