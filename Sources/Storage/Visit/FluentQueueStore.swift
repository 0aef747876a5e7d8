import Domain
import Fluent
import Foundation
import SQLKit

final class QueueEntryModel: Model, @unchecked Sendable {
    static let schema = "queue_entries"

    @ID(key: .id) var id: UUID?
    @Field(key: "office_slug") var officeSlug: String
    @Field(key: "service_slug") var serviceSlug: String
    @Field(key: "day") var day: String
    @Field(key: "number") var number: String
    @Field(key: "kind") var kind: String
    @Field(key: "status") var status: String
    @OptionalField(key: "appointment_start_epoch") var appointmentStartEpoch: Int64?
    @OptionalField(key: "booking_id") var bookingID: UUID?
    @OptionalField(key: "client_id") var clientID: UUID?
    @Field(key: "checked_in_epoch") var checkedInEpoch: Int64
    @OptionalField(key: "called_epoch") var calledEpoch: Int64?
    @OptionalField(key: "started_epoch") var startedEpoch: Int64?
    @OptionalField(key: "finished_epoch") var finishedEpoch: Int64?
    @OptionalField(key: "counter") var counter: String?
    @Field(key: "recalls") var recalls: Int
    @Field(key: "id_checked") var idChecked: Bool
    @OptionalField(key: "staff_user_id") var staffUserID: UUID?

    init() {}

    private static func date(_ e: Int64?) -> Date? { e.map { Date(timeIntervalSince1970: Double($0)) } }

    func toDomain() -> QueueEntry {
        QueueEntry(id: id!, officeSlug: officeSlug, serviceSlug: serviceSlug, day: LocalDate(iso: day) ?? LocalDate(1970, 1, 1),
                   number: number, kind: QueueEntry.Kind(rawValue: kind) ?? .walkIn,
                   status: QueueEntry.Status(rawValue: status) ?? .done, appointmentStart: Self.date(appointmentStartEpoch),
                   bookingID: bookingID, checkedInAt: Self.date(checkedInEpoch)!, calledAt: Self.date(calledEpoch),
                   startedAt: Self.date(startedEpoch), finishedAt: Self.date(finishedEpoch), counter: counter, recalls: recalls,
                   clientID: clientID)
    }
}


/// The office's queue on Fluent. Numbers come from one conditional statement per office,
/// service and day; the walk-in quota is enforced in the same statement; an entry is called once
/// — on PostgreSQL the candidate row is taken with `FOR UPDATE SKIP LOCKED`, on SQLite (one
/// writer) with a conditional update.
public struct FluentQueueStore: QueueStore {
    let db: any Database
    /// On PostgreSQL, calls are announced to every instance's displays by `NOTIFY` on this
    /// channel inside the calling transaction (DisplayChannel); nil: not announced.
    let displayChannel: String?

    public init(db: any Database, displayChannel: String? = nil) {
        self.db = db
        self.displayChannel = displayChannel
    }

    /// `NOTIFY` in the writing transaction: delivered to listeners only if it commits.
    private func announce(_ entry: QueueEntry, action: QueueAction?, now: Date, on sql: any SQLDatabase) async throws {
        guard let channel = displayChannel, !isSQLiteDialect(sql), let event = DisplayEvent(entry, action: action, at: now) else {
            return
        }
        try await sql.raw("SELECT pg_notify(\(bind: channel), \(bind: event.json))").run()
    }

    var isSQLite: Bool { (db as? any SQLDatabase)?.dialect.name == "sqlite" }
    static func epoch(_ d: Date) -> Int64 { Int64(d.timeIntervalSince1970.rounded()) }

    /// The next sequence number of the office, service and day; with `walkInQuota`, also counts
    /// the ticket against it (nil when the quota is used up).
    private static func nextNumber(_ sql: any SQLDatabase, office: String, service: String, day: String,
                                   walkIn: Bool, quota: Int?) async throws -> Int? {
        try await sql.insert(into: "queue_sequences").columns("id", "office_slug", "service_slug", "day", "last", "walk_ins")
            .values(SQLBind(UUID.random()), SQLBind(office), SQLBind(service), SQLBind(day), SQLBind(0), SQLBind(0))
            .ignoringConflicts(with: ["office_slug", "service_slug", "day"]).run()
        var update = sql.update("queue_sequences").set(SQLIdentifier("last"), to: SQLRaw("last + 1"))
            .where("office_slug", .equal, office).where("service_slug", .equal, service).where("day", .equal, day)
        if walkIn {
            update = update.set(SQLIdentifier("walk_ins"), to: SQLRaw("walk_ins + 1"))
            if let quota { update = update.where(SQLIdentifier("walk_ins"), .lessThan, SQLBind(quota)) }
        }
        struct Row: Decodable { let last: Int }
        return try await update.returning("last").all(decoding: Row.self).first?.last
    }

    private static func insert(_ tx: any Database, office: String, service: String, day: LocalDate, prefix: String,
                               sequence: Int, kind: QueueEntry.Kind, booking: BookingModel?, now: Date) async throws -> QueueEntryModel {
        let m = QueueEntryModel()
        m.id = UUID.random()
        m.officeSlug = office
        m.serviceSlug = service
        m.day = day.description
        m.number = QueueNumber.format(prefix: prefix, sequence: sequence)
        m.kind = kind.rawValue
        m.status = QueueEntry.Status.waiting.rawValue
        m.appointmentStartEpoch = booking?.startEpoch
        m.bookingID = booking?.id
        m.clientID = booking?.clientID
        m.checkedInEpoch = epoch(now)
        m.recalls = 0
        m.idChecked = false
        try await m.create(on: tx)
        return m
    }

    /// A walk-in ticket (the hours and the cut-off are checked by the caller, WalkInRule).
    public func issueTicket(officeSlug: String, serviceSlug: String, prefix: String, quota: Int?, now: Date) async throws -> QueueEntry {
        try await WriteGate.run(if: isSQLite) {
            try await db.writeTransaction { tx in
                let day = RigaTime.date(of: now)
                guard let n = try await Self.nextNumber(try tx.sql(), office: officeSlug, service: serviceSlug,
                                                        day: day.description, walkIn: true, quota: quota) else {
                    throw QueueFailure.quotaReached
                }
                return try await Self.insert(tx, office: officeSlug, service: serviceSlug, day: day, prefix: prefix, sequence: n,
                                             kind: .walkIn, booking: nil, now: now).toDomain()
            }
        }
    }

    /// The open booking (booked or already checked in) with this code at this office, for the
    /// kiosk to judge (CheckInRule); checking in twice gives the same ticket.
    public func bookingForCheckIn(code: String, officeSlug: String) async throws -> Booking? {
        try await BookingModel.query(on: db).filter(\.$code == BookingCode.normalise(code)).filter(\.$officeSlug == officeSlug)
            .filter(\.$status ~~ BookingLifecycle.openStatuses.map(\.rawValue)).first()?.toDomain()
    }

    /// Checks an appointment in; checking in twice gives the same entry. Returns (entry, new).
    public func checkIn(bookingID: UUID, prefix: String, now: Date) async throws -> (QueueEntry, Bool) {
        try await WriteGate.run(if: isSQLite) {
            try await db.writeTransaction { tx in
                guard let booking = try await BookingModel.find(bookingID, on: tx),
                      BookingLifecycle.openStatuses.contains(booking.statusValue) else { throw QueueFailure.unknownBooking }
                if let existing = try await QueueEntryModel.query(on: tx).filter(\.$bookingID == bookingID).first() {
                    return (existing.toDomain(), false)
                }
                // The booking's life moves on with the arrival (BookingLifecycle): it can no longer
                // be moved or cancelled from the manage link.
                booking.status = Booking.Status.checkedIn.rawValue
                try await booking.update(on: tx)
                let day = RigaTime.date(of: now)
                let n = try await Self.nextNumber(try tx.sql(), office: booking.officeSlug, service: booking.serviceSlug,
                                                  day: day.description, walkIn: false, quota: nil) ?? 0
                do {
                    return (try await Self.insert(tx, office: booking.officeSlug, service: booking.serviceSlug, day: day,
                                                  prefix: prefix, sequence: n, kind: .appointment, booking: booking, now: now)
                        .toDomain(), true)
                } catch let error as any DatabaseError where error.isConstraintFailure {
                    throw QueueFailure.illegalTransition     // checked in at the same moment elsewhere
                }
            }
        }
    }

    /// Calls the next client for a counter serving `services` (CallOrder); nil when nobody waits.
    public func callNext(officeSlug: String, counter: String, services: Set<String>, staffUserID: UUID?, order: CallOrder,
                         now: Date) async throws -> QueueEntry? {
        try await WriteGate.run(if: isSQLite) {
            try await db.writeTransaction { tx in
                let sql = try tx.sql()
                let day = RigaTime.date(of: now).description
                let waiting = try await QueueEntryModel.query(on: tx).filter(\.$officeSlug == officeSlug)
                    .filter(\.$day == day).filter(\.$status == QueueEntry.Status.waiting.rawValue)
                    .group(.or) { $0.filter(\.$serviceSlug ~~ Array(services)).filter(\.$counter == counter) }.all()
                guard !waiting.isEmpty else { return nil }
                try await sql.insert(into: "queue_office_days").columns("id", "office_slug", "day", "appointment_streak")
                    .values(SQLBind(UUID.random()), SQLBind(officeSlug), SQLBind(day), SQLBind(0))
                    .ignoringConflicts(with: ["office_slug", "day"]).run()
                struct Streak: Decodable { let appointment_streak: Int }
                // Reading the streak row FOR UPDATE (PostgreSQL) makes concurrent calls at one office
                // take turns on it, so the fairness count is exact.
                let streakQuery = "SELECT appointment_streak FROM queue_office_days WHERE office_slug = \(bind: officeSlug) AND day = \(bind: day)"
                    as SQLQueryString
                let streak = try await sql.raw(isSQLiteDialect(sql) ? streakQuery : streakQuery + " FOR UPDATE")
                    .first(decoding: Streak.self)?.appointment_streak ?? 0
                let ranked = order.order(waiting.map {
                    CallOrder.Candidate(id: $0.id!, kind: QueueEntry.Kind(rawValue: $0.kind) ?? .walkIn,
                                        appointmentStart: $0.appointmentStartEpoch.map { Date(timeIntervalSince1970: Double($0)) },
                                        checkedInAt: Date(timeIntervalSince1970: Double($0.checkedInEpoch)), number: $0.number,
                                        directedTo: $0.counter)
                }, now: now, appointmentStreak: streak, counter: counter)
                var chosen: UUID?
                if isSQLiteDialect(sql) {
                    chosen = ranked.first
                } else {
                    // The best candidate no other counter is taking right now.
                    struct Row: Decodable { let id: UUID }
                    let ids = ranked.map(\.uuidString).joined(separator: ",")
                    chosen = try await sql.raw("""
                        SELECT id FROM queue_entries WHERE id = ANY(\(bind: "{\(ids)}")::uuid[]) AND status = 'waiting'
                        ORDER BY array_position(\(bind: "{\(ids)}")::uuid[], id) LIMIT 1 FOR UPDATE SKIP LOCKED
                        """).first(decoding: Row.self)?.id
                }
                guard let id = chosen else { return nil }
                let taken = try await sql.update(QueueEntryModel.schema)
                    .set("status", to: QueueEntry.Status.called.rawValue).set("counter", to: counter)
                    .set("called_epoch", to: Self.epoch(now)).set("staff_user_id", to: staffUserID)
                    .where("id", .equal, SQLBind(id)).where("status", .equal, QueueEntry.Status.waiting.rawValue)
                    .returning("id").all()
                guard !taken.isEmpty, let entry = try await QueueEntryModel.find(id, on: tx) else { return nil }
                let kind = QueueEntry.Kind(rawValue: entry.kind) ?? .walkIn
                try await sql.update("queue_office_days")
                    .set("appointment_streak", to: CallOrder.streak(after: kind, was: streak))
                    .where("office_slug", .equal, officeSlug).where("day", .equal, day).run()
                try await announce(entry.toDomain(), action: nil, now: now, on: sql)
                return entry.toDomain()
            }
        }
    }

    /// A counter's action on an entry (QueueAction); one conditional update, so two counters
    /// acting at once cannot both succeed from the same state.
    public func act(_ action: QueueAction, entryID: UUID, officeSlug: String, counter: String?, transferTo service: String?,
                    idChecked: Bool?, staffUserID: UUID?, now: Date) async throws -> QueueEntry {
        try await WriteGate.run(if: isSQLite) {
            try await db.writeTransaction { tx in
                guard let m = try await QueueEntryModel.find(entryID, on: tx), m.officeSlug == officeSlug else {
                    throw QueueFailure.notFound
                }
                let from = QueueEntry.Status(rawValue: m.status) ?? .done
                guard let to = action.next(from: from, recalls: m.recalls) else { throw QueueFailure.illegalTransition }
                var update = (try tx.sql()).update(QueueEntryModel.schema)
                    .set("status", to: to.rawValue)
                    .where("id", .equal, SQLBind(entryID)).where("status", .equal, from.rawValue)
                    .where("recalls", .equal, m.recalls)
                switch action {
                case .recall: update = update.set("recalls", to: m.recalls + 1).set("called_epoch", to: Self.epoch(now))
                case .start: update = update.set("started_epoch", to: Self.epoch(now))
                case .finish: update = update.set("finished_epoch", to: Self.epoch(now))
                case .transfer:
                    update = update.set("counter", to: counter).set(SQLIdentifier("called_epoch"), to: SQLLiteral.null)
                        .set(SQLIdentifier("started_epoch"), to: SQLLiteral.null)
                    if let service { update = update.set("service_slug", to: service) }
                case .resume: update = update.set(SQLIdentifier("counter"), to: SQLLiteral.null)
                case .noShow, .park: break
                }
                if let idChecked { update = update.set("id_checked", to: idChecked) }
                if let staffUserID { update = update.set("staff_user_id", to: staffUserID) }
                guard !(try await update.returning("id").all().isEmpty),
                      let after = try await QueueEntryModel.find(entryID, on: tx) else { throw QueueFailure.illegalTransition }
                // The end of the visit ends its booking (BookingLifecycle): a finished visit is
                // attended, a client who did not answer the call is a no-show — either way the
                // client may book the service again.
                if let bookingID = after.bookingID, let closed = BookingLifecycle.afterVisit(to) {
                    try await (try tx.sql()).update(BookingModel.schema).set("status", to: closed.rawValue)
                        .where("id", .equal, SQLBind(bookingID)).where("status", .equal, Booking.Status.checkedIn.rawValue).run()
                }
                // Serving someone whose identity document was not checked (C-ID) is the clerk's
                // confirmed decision (issue 16, item 6): kept where an auditor looks.
                if action == .start, idChecked == false {
                    try await AuditTrail.record(on: tx, at: now, actor: staffUserID?.uuidString ?? "unknown", entity: "queue-entry",
                                                id: after.number, action: "start-without-id-check", before: from.rawValue,
                                                after: to.rawValue)
                }
                try await announce(after.toDomain(), action: action, now: now, on: try tx.sql())
                return after.toDomain()
            }
        }
    }

    /// Waiting entries per service at an office today (no personal data).
    public func waiting(officeSlug: String, day: LocalDate) async throws -> [String: Int] {
        let rows = try await QueueEntryModel.query(on: db).filter(\.$officeSlug == officeSlug).filter(\.$day == day.description)
            .filter(\.$status == QueueEntry.Status.waiting.rawValue).all()
        return Dictionary(grouping: rows, by: \.serviceSlug).mapValues(\.count)
    }

    /// The latest calls of the day at an office, newest first (the display's list).
    public func recentCalls(officeSlug: String, day: LocalDate, limit: Int = 8) async throws -> [QueueEntry] {
        try await QueueEntryModel.query(on: db).filter(\.$officeSlug == officeSlug).filter(\.$day == day.description)
            .filter(\.$calledEpoch != nil).sort(\.$calledEpoch, .descending).limit(limit).all().map { $0.toDomain() }
    }

    /// What a counter has in hand (called or being served there) and the office's parked entries.
    public func atCounter(officeSlug: String, counter: String, day: LocalDate) async throws -> (current: [QueueEntry], parked: [QueueEntry]) {
        let rows = try await QueueEntryModel.query(on: db).filter(\.$officeSlug == officeSlug).filter(\.$day == day.description)
            .filter(\.$status ~~ [QueueEntry.Status.called.rawValue, QueueEntry.Status.serving.rawValue,
                                 QueueEntry.Status.parked.rawValue])
            .sort(\.$calledEpoch).all().map { $0.toDomain() }
        return (rows.filter { $0.status != .parked && $0.counter == counter }, rows.filter { $0.status == .parked })
    }

    /// Entries still in line today (waiting or parked): those the closing rule is about.
    public func stillWaiting(officeSlug: String, day: LocalDate) async throws -> Int {
        try await QueueEntryModel.query(on: db).filter(\.$officeSlug == officeSlug).filter(\.$day == day.description)
            .filter(\.$status ~~ [QueueEntry.Status.waiting.rawValue, QueueEntry.Status.parked.rawValue]).count()
    }

    /// The emergency button: its messages and an audit entry, together.
    public func recordEmergency(officeSlug: String, counter: String, actor: String, actorID: UUID, actorName: String,
                                messages: [OutboxMessage], now: Date) async throws {
        try await db.writeTransaction { tx in
            let alert = EmergencyAlertModel()
            alert.officeSlug = officeSlug
            alert.counter = counter
            alert.raisedBy = actorID
            alert.raisedByName = actorName
            alert.raisedEpoch = Self.epoch(now)
            try await alert.create(on: tx)
            try await Outbox.enqueue(messages, on: tx, now: now)
            try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "emergency", id: "\(officeSlug)/\(counter)",
                                        action: "alert", before: nil, after: "\(messages.count) messages")
        }
    }

    /// An office's entries from one day through another (statistics).
    public func entries(officeSlug: String, from: LocalDate, through: LocalDate) async throws -> [QueueEntry] {
        try await QueueEntryModel.query(on: db).filter(\.$officeSlug == officeSlug)
            .filter(\.$day >= from.description).filter(\.$day <= through.description).all().map { $0.toDomain() }
    }

    public func entry(id: UUID) async throws -> QueueEntry? {
        try await QueueEntryModel.find(id, on: db)?.toDomain()
    }
}

private func isSQLiteDialect(_ sql: any SQLDatabase) -> Bool { sql.dialect.name == "sqlite" }
