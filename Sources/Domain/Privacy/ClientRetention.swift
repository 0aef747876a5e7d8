import Foundation

/// When a client's record is due for anonymisation (S-PRIVACY; issue 13, defect 7): the
/// retention period counts from the client's last activity — a booking made or its time (a
/// booking next week keeps the record), a waitlist place joined or its last day, a visit, and
/// later submissions and payments — not from the day the record was created.
public enum ClientRetention {
    public static func lastActivity(createdAt: Date, activities: [Date]) -> Date {
        activities.reduce(createdAt) { max($0, $1) }
    }

    public static func isDue(lastActivity: Date, now: Date, keepDays: Int) -> Bool {
        lastActivity < now.addingTimeInterval(-Double(keepDays) * 86_400)
    }
}
