import Foundation

/// An office's own numbers for the visit (issue 5: "configurable per office"): check-in window,
/// walk-in quota and cut-off, and the fairness rule. Without a row, the standard ones apply.
public struct VisitSettings: Sendable, Hashable {
    public var checkIn: CheckInRule
    public var walkIn: WalkInRule
    public var callOrder: CallOrder
    public var closing: ClosingRule

    public init(checkIn: CheckInRule = .standard, walkIn: WalkInRule = .standard, callOrder: CallOrder = .standard,
                closing: ClosingRule = .standard) {
        self.checkIn = checkIn
        self.walkIn = walkIn
        self.callOrder = callOrder
        self.closing = closing
    }

    public static let standard = VisitSettings()

    public enum Field: String, Sendable, CaseIterable {
        case earliestMinutes, graceMinutes, dailyQuota, cutoffMinutes, appointmentsBeforeWalkIn, walkInWaitMinutes
        case passValidDays, extraDaysAhead
    }

    /// The fields out of sensible bounds (a day has 1,440 minutes; a quota of 0 would close walk-ins).
    public func problems() -> [Field] {
        var out: [Field] = []
        if !(0...240).contains(checkIn.earliestMinutes) { out.append(.earliestMinutes) }
        if !(0...60).contains(checkIn.graceMinutes) { out.append(.graceMinutes) }
        if let q = walkIn.dailyQuota, !(1...2000).contains(q) { out.append(.dailyQuota) }
        if !(0...240).contains(walkIn.cutoffMinutes) { out.append(.cutoffMinutes) }
        if !(1...20).contains(callOrder.appointmentsBeforeWalkIn) { out.append(.appointmentsBeforeWalkIn) }
        if !(0...240).contains(callOrder.walkInWaitMinutes) { out.append(.walkInWaitMinutes) }
        if !(1...60).contains(closing.passValidDays) { out.append(.passValidDays) }
        if !(0...90).contains(closing.extraDaysAhead) { out.append(.extraDaysAhead) }
        return out
    }
}
