import Foundation

/// How long a staff browser session lives: it ends after `idle` without a request and in any
/// case `absolute` after login (a working day), so a forgotten desk session does not stay open.
public struct SessionPolicy: Sendable, Equatable {
    public let idle: TimeInterval
    public let absolute: TimeInterval

    public init(idle: TimeInterval = 30 * 60, absolute: TimeInterval = 10 * 3600) {
        self.idle = idle
        self.absolute = absolute
    }

    public func isAlive(createdAt: Date, lastSeenAt: Date, now: Date) -> Bool {
        now.timeIntervalSince(lastSeenAt) <= idle && now.timeIntervalSince(createdAt) <= absolute
    }
}
