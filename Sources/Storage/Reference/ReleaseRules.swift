import Domain
import Fluent
import Foundation

final class ReleaseRuleModel: Model, @unchecked Sendable {
    static let schema = "release_rules"

    @ID(key: .id) var id: UUID?
    @Field(key: "office_slug") var officeSlug: String
    @Field(key: "service_slug") var serviceSlug: String
    @Field(key: "release_time") var releaseTime: String
    @Field(key: "days_ahead") var daysAhead: Int
    @Field(key: "lead_minutes") var leadMinutes: Int
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    func toDomain() -> ReleaseRule? {
        guard let time = TimeOfDay(text: releaseTime) else { return nil }
        return ReleaseRule(officeSlug: officeSlug.isEmpty ? nil : officeSlug, serviceSlug: serviceSlug.isEmpty ? nil : serviceSlug,
                           schedule: ReleaseSchedule(releaseTime: time, daysAhead: daysAhead, minimumLeadMinutes: leadMinutes))
    }

    var describe: String { "office=\(officeSlug.isEmpty ? "*" : officeSlug) service=\(serviceSlug.isEmpty ? "*" : serviceSlug) "
        + "at=\(releaseTime) days=\(daysAhead) lead=\(leadMinutes)" }
}

extension FluentReferenceStore {
    /// The published release schedules (I-BOOK), most specific resolved by `ReleaseSchedule.resolve`.
    public func releaseRules() async throws -> [ReleaseRule] {
        try await ReleaseRuleModel.query(on: db).sort(\.$officeSlug).sort(\.$serviceSlug).all().compactMap { $0.toDomain() }
    }

    /// Sets (or replaces) the schedule for an office and/or service; audited.
    public func setReleaseRule(_ rule: ReleaseRule, actor: String, now: Date) async throws {
        try await db.referenceWrite { tx in
            let office = rule.officeSlug ?? "", service = rule.serviceSlug ?? ""
            let previous = try await ReleaseRuleModel.query(on: tx).filter(\.$officeSlug == office)
                .filter(\.$serviceSlug == service).first()
            let m = previous ?? ReleaseRuleModel()
            let before = previous?.describe
            m.officeSlug = office
            m.serviceSlug = service
            m.releaseTime = rule.schedule.releaseTime.description
            m.daysAhead = rule.schedule.daysAhead
            m.leadMinutes = rule.schedule.minimumLeadMinutes
            m.updatedAt = now
            try await m.save(on: tx)
            try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "release_rule", id: "\(office)/\(service)",
                                        action: previous == nil ? "create" : "update", before: before, after: m.describe)
        }
    }
}
