import Foundation

/// Counts for monitoring, no personal data: active bookings still ahead, messages waiting to be
/// sent, people waiting in each office's queue today.
public struct OperationalFigures: Sendable {
    public let activeBookings: Int
    public let outboxBacklog: Int
    public let waitingByOffice: [String: Int]

    public init(activeBookings: Int, outboxBacklog: Int, waitingByOffice: [String: Int]) {
        self.activeBookings = activeBookings
        self.outboxBacklog = outboxBacklog
        self.waitingByOffice = waitingByOffice
    }
}

/// The database itself, as monitoring sees it.
public protocol Monitoring: Sendable {
    /// Throws when the database does not answer.
    func ping() async throws
    func figures(now: Date) async throws -> OperationalFigures
}
