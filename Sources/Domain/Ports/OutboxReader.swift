import Foundation

/// The outbox as staff read it (the stores add messages inside the change they announce).
public protocol OutboxReader: Sendable {
    /// Newest first: of the offices in `offices`, or of every office when nil; of one status when given.
    func messages(offices: Set<String>?, status: OutboxMessage.Status?, limit: Int) async throws -> [OutboxMessage]
    /// One message opened by a member of staff; the opening is in the access log when it is
    /// about a client. Nil when there is no such message or it is outside `offices`.
    func open(id: UUID, offices: Set<String>?, by reader: ClientReader, now: Date) async throws -> OutboxMessage?
    /// A booking's messages in the order they are due.
    func messages(bookingID: UUID) async throws -> [OutboxMessage]
}

