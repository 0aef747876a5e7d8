import Foundation

/// An emergency raised at a counter (issue 5, item 3): on the screen of every supervisor of the
/// office until one of them acknowledges it, besides the messages sent at once.
public struct EmergencyAlert: Sendable, Hashable {
    public let id: UUID
    public let officeSlug: String
    public let counter: String
    public let raisedBy: UUID
    public let raisedByName: String
    public let raisedAt: Date
    public let acknowledgedBy: UUID?
    public let acknowledgedAt: Date?

    public init(id: UUID, officeSlug: String, counter: String, raisedBy: UUID, raisedByName: String, raisedAt: Date,
                acknowledgedBy: UUID?, acknowledgedAt: Date?) {
        self.id = id
        self.officeSlug = officeSlug
        self.counter = counter
        self.raisedBy = raisedBy
        self.raisedByName = raisedByName
        self.raisedAt = raisedAt
        self.acknowledgedBy = acknowledgedBy
        self.acknowledgedAt = acknowledgedAt
    }

    public var isOpen: Bool { acknowledgedAt == nil }

    /// Whether `user` is one who must see it: active, allowed to receive alerts (supervisors), and
    /// of the office (or of every office).
    public static func concerns(_ user: StaffUser, office: String) -> Bool {
        user.active && user.principal().permissions.contains(.alertsReceive)
            && (user.offices.isEmpty || user.offices.contains(office))
    }
}
