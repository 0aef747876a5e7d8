import Domain
import Fluent
import Foundation
import SQLKit

final class PriorityPassModel: Model, @unchecked Sendable {
    static let schema = "priority_passes"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "office_slug") var officeSlug: String
    @Field(key: "service_slug") var serviceSlug: String
    @Field(key: "queue_entry_id") var queueEntryID: UUID
    @Field(key: "number") var number: String
    @Field(key: "issued_epoch") var issuedEpoch: Int64
    @Field(key: "expires_epoch") var expiresEpoch: Int64
    @OptionalField(key: "booking_id") var bookingID: UUID?

    init() {}

    func toDomain() -> PriorityPass {
        PriorityPass(id: id!, officeSlug: officeSlug, serviceSlug: serviceSlug, number: number,
                     issuedAt: Date(timeIntervalSince1970: Double(issuedEpoch)),
                     expiresAt: Date(timeIntervalSince1970: Double(expiresEpoch)), bookingID: bookingID)
    }
}

/// Priority booking passes (ClosingRule): issued when an office closes its queue, spent by the
/// booking they make.
public enum PriorityPasses {
    /// The pass behind `token`, whatever its state (the page says whether it can still be used).
    public static func find(token: String, on db: any Database) async throws -> PriorityPass? {
        try await PriorityPassModel.query(on: db).filter(\.$tokenHash == SecretToken.hash(token)).first()?.toDomain()
    }

    /// Marks the pass used by `bookingID`, only if it is unused, unexpired and for this office and
    /// service; otherwise throws, so the booking around it is rolled back.
    static func spend(_ token: String, office: String, service: String, bookingID: UUID, on sql: any SQLDatabase,
                      now: Date) async throws {
        let spent = try await sql.update(PriorityPassModel.schema).set("booking_id", to: bookingID)
            .where("token_hash", .equal, SecretToken.hash(token)).where(SQLIdentifier("booking_id"), .is, SQLLiteral.null)
            .where("expires_epoch", .greaterThan, FluentQueueStore.epoch(now))
            .where("office_slug", .equal, office).where("service_slug", .equal, service)
            .returning("id").all()
        guard !spent.isEmpty else { throw BookingFailure.passNotUsable }
    }
}

extension FluentQueueStore {
    /// Closes the day's queue at an office (ClosingRule.offerBooking): everyone still waiting or
    /// parked is referred, and each gets a pass — all in one transaction, audited. Returns the
    /// referred entries with their pass tokens (shown once, to print) and expiry.
    public func closeQueue(officeSlug: String, rule: ClosingRule, actor: String, now: Date) async throws
        -> [(entry: QueueEntry, token: String, expiresAt: Date)] {
        try await WriteGate.run(if: isSQLite) {
            try await db.writeTransaction { tx in
                let day = RigaTime.date(of: now).description
                let open = try await QueueEntryModel.query(on: tx).filter(\.$officeSlug == officeSlug).filter(\.$day == day)
                    .filter(\.$status ~~ [QueueEntry.Status.waiting.rawValue, QueueEntry.Status.parked.rawValue])
                    .sort(\.$checkedInEpoch).sort(\.$number).all()
                var out: [(entry: QueueEntry, token: String, expiresAt: Date)] = []
                for m in open {
                    // Conditional: an entry a counter calls at this very moment is served, not referred.
                    let referred = try await (try tx.sql()).update(QueueEntryModel.schema)
                        .set("status", to: QueueEntry.Status.referred.rawValue)
                        .where("id", .equal, SQLBind(m.id!)).where("status", .equal, m.status)
                        .returning("id").all()
                    guard !referred.isEmpty else { continue }
                    if let bookingID = m.bookingID, let closed = BookingLifecycle.afterVisit(.referred) {
                        try await (try tx.sql()).update(BookingModel.schema).set("status", to: closed.rawValue)
                            .where("id", .equal, SQLBind(bookingID)).where("status", .equal, Booking.Status.checkedIn.rawValue).run()
                    }
                    let token = SecretToken.generate(.priority)
                    let pass = PriorityPassModel()
                    pass.tokenHash = SecretToken.hash(token)
                    pass.officeSlug = officeSlug
                    pass.serviceSlug = m.serviceSlug
                    pass.queueEntryID = m.id!
                    pass.number = m.number
                    pass.issuedEpoch = Self.epoch(now)
                    let expires = rule.passExpiry(issuedAt: now)
                    pass.expiresEpoch = Self.epoch(expires)
                    try await pass.create(on: tx)
                    m.status = QueueEntry.Status.referred.rawValue
                    out.append((m.toDomain(), token, expires))
                }
                try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "queue", id: "\(officeSlug)/\(day)",
                                            action: "close", before: nil, after: "\(out.count) priority passes")
                return out
            }
        }
    }

    /// The office's open emergency alerts, newest first.
    public func openAlerts(offices: Set<String>?) async throws -> [EmergencyAlert] {
        var q = EmergencyAlertModel.query(on: db).filter(\.$acknowledgedEpoch == nil)
        if let offices { q = q.filter(\.$officeSlug ~~ Array(offices)) }
        return try await q.sort(\.$raisedEpoch, .descending).limit(20).all().map { $0.toDomain() }
    }

    /// A supervisor acknowledges an alert (once; audited). False when it was already acknowledged.
    public func acknowledge(alert id: UUID, officeSlugs: Set<String>?, by user: UUID, now: Date) async throws -> Bool {
        try await db.writeTransaction { tx in
            guard let m = try await EmergencyAlertModel.find(id, on: tx),
                  officeSlugs == nil || officeSlugs!.contains(m.officeSlug) else { return false }
            let done = try await (try tx.sql()).update(EmergencyAlertModel.schema)
                .set("acknowledged_by", to: user).set("acknowledged_epoch", to: Self.epoch(now))
                .where("id", .equal, SQLBind(id)).where(SQLIdentifier("acknowledged_epoch"), .is, SQLLiteral.null)
                .returning("id").all()
            guard !done.isEmpty else { return false }
            try await AuditTrail.record(on: tx, at: now, actor: user.uuidString, entity: "emergency",
                                        id: "\(m.officeSlug)/\(m.counter)", action: "acknowledge", before: nil, after: nil)
            return true
        }
    }
}

final class EmergencyAlertModel: Model, @unchecked Sendable {
    static let schema = "emergency_alerts"

    @ID(key: .id) var id: UUID?
    @Field(key: "office_slug") var officeSlug: String
    @Field(key: "counter") var counter: String
    @Field(key: "raised_by") var raisedBy: UUID
    @Field(key: "raised_by_name") var raisedByName: String
    @Field(key: "raised_epoch") var raisedEpoch: Int64
    @OptionalField(key: "acknowledged_by") var acknowledgedBy: UUID?
    @OptionalField(key: "acknowledged_epoch") var acknowledgedEpoch: Int64?

    init() {}

    func toDomain() -> EmergencyAlert {
        EmergencyAlert(id: id!, officeSlug: officeSlug, counter: counter, raisedBy: raisedBy, raisedByName: raisedByName,
                       raisedAt: Date(timeIntervalSince1970: Double(raisedEpoch)), acknowledgedBy: acknowledgedBy,
                       acknowledgedAt: acknowledgedEpoch.map { Date(timeIntervalSince1970: Double($0)) })
    }
}

/// The priority-pass port on Fluent.
public struct FluentPriorityPassStore: PriorityPassStore {
    let db: any Database
    public init(db: any Database) { self.db = db }
    public func priorityPass(token: String) async throws -> PriorityPass? { try await PriorityPasses.find(token: token, on: db) }
}
