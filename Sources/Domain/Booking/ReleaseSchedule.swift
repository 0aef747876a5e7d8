import Foundation

/// When appointments become bookable (I-BOOK), published so that releases are predictable and
/// fair: every day at `releaseTime`, the day `daysAhead` ahead opens; nothing is bookable closer
/// than `minimumLead` to its start.
public struct ReleaseSchedule: Sendable, Hashable {
    public let releaseTime: TimeOfDay
    public let daysAhead: Int
    public let minimumLeadMinutes: Int

    public init(releaseTime: TimeOfDay = TimeOfDay(8, 0), daysAhead: Int = 14, minimumLeadMinutes: Int = 60) {
        self.releaseTime = releaseTime
        self.daysAhead = daysAhead
        self.minimumLeadMinutes = minimumLeadMinutes
    }

    public static let standard = ReleaseSchedule()

    /// The last date open for booking at `now` (Riga time).
    public func lastBookableDate(now: Date) -> LocalDate {
        let today = RigaTime.date(of: now)
        let released = RigaTime.time(of: now) >= releaseTime
        return today.adding(days: released ? daysAhead : daysAhead - 1)
    }

    /// Whether a slot starting at `start` may be booked at `now`.
    public func isOpen(slotStart start: Date, now: Date) -> Bool {
        start.timeIntervalSince(now) >= Double(minimumLeadMinutes * 60)
            && RigaTime.date(of: start) <= lastBookableDate(now: now)
    }
}

/// A published release schedule for one office and/or one service (nil: any). The agency sets
/// these as data; without one, `ReleaseSchedule.standard` applies.
public struct ReleaseRule: Sendable, Hashable {
    public let officeSlug: String?
    public let serviceSlug: String?
    public let schedule: ReleaseSchedule

    public init(officeSlug: String?, serviceSlug: String?, schedule: ReleaseSchedule) {
        self.officeSlug = officeSlug
        self.serviceSlug = serviceSlug
        self.schedule = schedule
    }

    public enum Problem: Error, Equatable {
        case daysAhead, lead
    }

    /// Sensible bounds: at least tomorrow and at most half a year ahead; a lead of up to two days.
    public static func validate(daysAhead: Int?, minimumLeadMinutes: Int?) -> [Problem] {
        var problems: [Problem] = []
        if !(1...180).contains(daysAhead ?? 0) { problems.append(.daysAhead) }
        if !(0...2880).contains(minimumLeadMinutes ?? -1) { problems.append(.lead) }
        return problems
    }
}

extension ReleaseSchedule {
    /// The most specific rule for an office and service: one naming both, then one naming the
    /// service, then one naming the office, then one naming neither, else the standard.
    public static func resolve(_ rules: [ReleaseRule], office: String?, service: String?) -> ReleaseSchedule {
        func find(_ o: String?, _ s: String?) -> ReleaseSchedule? {
            rules.first { $0.officeSlug == o && $0.serviceSlug == s }?.schedule
        }
        if let office, let service, let r = find(office, service) { return r }
        if let service, let r = find(nil, service) { return r }
        if let office, let r = find(office, nil) { return r }
        return find(nil, nil) ?? .standard
    }
}
