import Domain
import Fluent
import Foundation

final class VisitSettingsModel: Model, @unchecked Sendable {
    static let schema = "visit_settings"

    @ID(key: .id) var id: UUID?
    @Field(key: "office_slug") var officeSlug: String
    @Field(key: "earliest_minutes") var earliestMinutes: Int
    @Field(key: "grace_minutes") var graceMinutes: Int
    @OptionalField(key: "daily_quota") var dailyQuota: Int?
    @Field(key: "cutoff_minutes") var cutoffMinutes: Int
    @Field(key: "appointments_before_walk_in") var appointmentsBeforeWalkIn: Int
    @Field(key: "walk_in_wait_minutes") var walkInWaitMinutes: Int
    @Field(key: "closing_policy") var closingPolicy: String
    @Field(key: "pass_valid_days") var passValidDays: Int
    @Field(key: "extra_days_ahead") var extraDaysAhead: Int
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    func toDomain() -> VisitSettings {
        VisitSettings(checkIn: CheckInRule(earliestMinutes: earliestMinutes, graceMinutes: graceMinutes),
                      walkIn: WalkInRule(dailyQuota: dailyQuota, cutoffMinutes: cutoffMinutes),
                      callOrder: CallOrder(appointmentsBeforeWalkIn: appointmentsBeforeWalkIn, walkInWaitMinutes: walkInWaitMinutes),
                      closing: ClosingRule(policy: ClosingRule.Policy(rawValue: closingPolicy) ?? .serve,
                                           passValidDays: passValidDays, extraDaysAhead: extraDaysAhead))
    }

    var describe: String {
        "early=\(earliestMinutes) grace=\(graceMinutes) quota=\(dailyQuota.map(String.init) ?? "none") cutoff=\(cutoffMinutes) "
            + "appointments=\(appointmentsBeforeWalkIn) walk-in-wait=\(walkInWaitMinutes) closing=\(closingPolicy) "
            + "pass-days=\(passValidDays) extra-days=\(extraDaysAhead)"
    }
}

extension FluentReferenceStore {
    /// The office's visit numbers, or the standard ones.
    public func visitSettings(officeSlug: String) async throws -> VisitSettings {
        try await VisitSettingsModel.query(on: db).filter(\.$officeSlug == officeSlug).first()?.toDomain() ?? .standard
    }

    /// Every office's own visit numbers (offices without a row use the standard).
    public func allVisitSettings() async throws -> [String: VisitSettings] {
        Dictionary(try await VisitSettingsModel.query(on: db).all().map { ($0.officeSlug, $0.toDomain()) },
                   uniquingKeysWith: { a, _ in a })
    }

    /// Sets an office's visit numbers; audited.
    public func setVisitSettings(officeSlug: String, _ s: VisitSettings, actor: String, now: Date) async throws {
        try await db.referenceWrite { tx in
            let previous = try await VisitSettingsModel.query(on: tx).filter(\.$officeSlug == officeSlug).first()
            let before = previous?.describe
            let m = previous ?? VisitSettingsModel()
            m.officeSlug = officeSlug
            m.earliestMinutes = s.checkIn.earliestMinutes
            m.graceMinutes = s.checkIn.graceMinutes
            m.dailyQuota = s.walkIn.dailyQuota
            m.cutoffMinutes = s.walkIn.cutoffMinutes
            m.appointmentsBeforeWalkIn = s.callOrder.appointmentsBeforeWalkIn
            m.walkInWaitMinutes = s.callOrder.walkInWaitMinutes
            m.closingPolicy = s.closing.policy.rawValue
            m.passValidDays = s.closing.passValidDays
            m.extraDaysAhead = s.closing.extraDaysAhead
            m.updatedAt = now
            try await m.save(on: tx)
            try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "visit_settings", id: officeSlug,
                                        action: previous == nil ? "create" : "update", before: before, after: m.describe)
        }
    }
}
