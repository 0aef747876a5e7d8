import Domain
import Fluent
import Foundation
import SQLKit

final class BookingModel: Model, @unchecked Sendable {
    static let schema = "bookings"

    @ID(key: .id) var id: UUID?
    @Field(key: "code") var code: String
    @Field(key: "manage_token_hash") var manageTokenHash: String
    @Field(key: "office_slug") var officeSlug: String
    @Field(key: "service_slug") var serviceSlug: String
    @Field(key: "start_epoch") var startEpoch: Int64
    @Field(key: "end_epoch") var endEpoch: Int64
    @Field(key: "client_id") var clientID: UUID
    @Field(key: "person_key") var personKey: String
    @OptionalField(key: "phone") var phone: String?
    @OptionalField(key: "email") var email: String?
    @Field(key: "language") var language: String
    @Field(key: "interpreter") var interpreter: Bool
    @Field(key: "status") var status: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "cancelled_at") var cancelledAt: Date?

    init() {}

    func toDomain() -> Booking {
        Booking(id: id!, code: code, officeSlug: officeSlug, serviceSlug: serviceSlug,
                start: Date(timeIntervalSince1970: Double(startEpoch)), end: Date(timeIntervalSince1970: Double(endEpoch)),
                clientID: clientID, phone: phone, email: email, language: Language(rawValue: language) ?? .lv,
                interpreter: interpreter, status: Booking.Status(rawValue: status) ?? .active, createdAt: createdAt)
    }
}

extension BookingModel {
    var statusValue: Booking.Status { Booking.Status(rawValue: status) ?? .active }
    var startDate: Date { Date(timeIntervalSince1970: Double(startEpoch)) }

    /// The person's booking for the service that still holds its place (BookingLifecycle); open
    /// bookings of earlier days are closed first — an unvisited one as a no-show, a checked-in one
    /// as attended — with an audit entry, in the caller's transaction.
    static func holdingPlace(on tx: any Database, person: String, service: String, now: Date) async throws -> BookingModel? {
        let rows = try await BookingModel.query(on: tx).filter(\.$personKey == person).filter(\.$serviceSlug == service)
            .filter(\.$status ~~ BookingLifecycle.openStatuses.map(\.rawValue)).all()
        var holding: BookingModel?
        for row in rows {
            guard let id = row.id else { continue }
            if try await closeIfPast(id, code: row.code, status: row.statusValue, start: row.startDate, on: tx, now: now) {
                holding = row
            }
        }
        return holding
    }

    /// An open booking of an earlier day is closed — an unvisited one as a no-show, a checked-in one
    /// as attended — with an audit entry, in the caller's transaction; true if it still holds its place.
    static func closeIfPast(_ id: UUID, code: String, status: Booking.Status, start: Date, on tx: any Database,
                            now: Date) async throws -> Bool {
        guard let closed = BookingLifecycle.closingOfPast(status, start: start, now: now) else {
            return BookingLifecycle.holdsPlace(status, start: start, now: now)
        }
        try await tx.sql().update(schema).set("status", to: closed.rawValue).where("id", .equal, id).run()
        try await AuditTrail.record(on: tx, at: now, actor: "system", entity: "booking", id: code, action: "close-past",
                                    before: status.rawValue, after: closed.rawValue)
        return false
    }
}

final class SlotSeatModel: Model, @unchecked Sendable {
    static let schema = "slot_seats"

    @ID(key: .id) var id: UUID?
    @Field(key: "office_slug") var officeSlug: String
    @Field(key: "service_slug") var serviceSlug: String
    @Field(key: "start_epoch") var startEpoch: Int64
    @Field(key: "capacity") var capacity: Int
    @Field(key: "booked") var booked: Int

    init() {}
}


/// Bookings on Fluent. A seat is taken by one conditional statement
/// (`UPDATE slot_seats SET booked = booked + 1 … WHERE booked < capacity RETURNING booked`), so
/// however many requests race for a slot, exactly `capacity` win — on either database.
public struct FluentBookingStore: BookingStore {
    let db: any Database
    /// Who gets a seat this store frees (cancel, reschedule, no-show).
    let rule: WaitlistOfferRule
    /// For the waitlist offer a freed seat may write in the same transaction (absolute links).
    let links: any Links

    public init(db: any Database, waitlist rule: WaitlistOfferRule = .standard, links: any Links = PublicLinks.development) {
        self.db = db
        self.rule = rule
        self.links = links
    }

    var isSQLite: Bool { (db as? any SQLDatabase)?.dialect.name == "sqlite" }

    static func epoch(_ d: Date) -> Int64 { Int64(d.timeIntervalSince1970.rounded()) }

    /// Seats taken per slot start for an office and service in [from, to).
    public func booked(officeSlug: String, serviceSlug: String, from: Date, to: Date) async throws -> [Date: Int] {
        let rows = try await SlotSeatModel.query(on: db).filter(\.$officeSlug == officeSlug)
            .filter(\.$serviceSlug == serviceSlug)
            .filter(\.$startEpoch >= Self.epoch(from)).filter(\.$startEpoch < Self.epoch(to)).all()
        return Dictionary(rows.map { (Date(timeIntervalSince1970: Double($0.startEpoch)), $0.booked) },
                          uniquingKeysWith: { a, _ in a })
    }

    static func takeSeat(_ sql: any SQLDatabase, office: String, service: String, slot: Slot) async throws {
        guard slot.capacity > 0 else { throw BookingFailure.slotFull }
        guard !(try await sql.raw(seatStatement(office: office, service: service, slot: slot)).all()).isEmpty else {
            throw BookingFailure.slotFull
        }
    }

    /// One statement takes a seat (issue 17, item 3): the slot's first booking creates its counter
    /// at 1; later ones add one only while seats remain. A full slot returns no row. Concurrent
    /// first bookings meet at the unique index, and the loser takes the update path under the
    /// row's lock — so exactly `capacity` win, on either database.
    static func seatStatement(office: String, service: String, slot: Slot) -> SQLQueryString {
        """
        INSERT INTO slot_seats (id, office_slug, service_slug, start_epoch, capacity, booked)
        VALUES (\(bind: UUID.random()), \(bind: office), \(bind: service), \(bind: epoch(slot.start)), \(bind: slot.capacity), 1)
        ON CONFLICT (office_slug, service_slug, start_epoch) DO UPDATE SET booked = slot_seats.booked + 1
        WHERE slot_seats.booked < slot_seats.capacity
        RETURNING booked
        """
    }

    static func releaseSeat(_ sql: any SQLDatabase, office: String, service: String, start: Int64) async throws {
        try await sql.update("slot_seats")
            .set(SQLIdentifier("booked"), to: SQLRaw("booked - 1"))
            .where("office_slug", .equal, office).where("service_slug", .equal, service)
            .where("start_epoch", .equal, start).where("booked", .greaterThan, 0)
            .run()
    }

    /// Books `request` into `slot`, linking or creating the client; returns the booking.
    ///
    /// On PostgreSQL a booking is one read and one write with no transaction around them (issue 17,
    /// item 3): the write decides the seat and writes every row only if it got one, so it is atomic
    /// on its own, and the read's findings were never protected by a READ COMMITTED transaction
    /// anyway — the seat counter and the person's unique index are the judges. A booking that must
    /// first close a past one, draw another code or spend a priority pass takes the transaction.
    public func book(_ request: BookingRequest, slot: Slot, code suggested: String? = nil, manageToken: String,
                     now: Date, perContact cap: Int = FairAccess.standard.perContact, actor: String? = nil, priorityPass: String? = nil, messages: @escaping @Sendable (Booking) -> [OutboxMessage] = { _ in [] }) async throws -> Booking {
        let person = request.personKey
        let personalCode: String?
        if case .personalCode(let pc) = request.identity { personalCode = pc.digits } else { personalCode = nil }
        if !isSQLite, priorityPass == nil, let sql = db as? any SQLDatabase {
            let code = suggested ?? BookingCode.generate()
            let seen = try await Self.bookingsInTheWay(sql, person: person, service: request.serviceSlug, phone: request.phone,
                                                       email: request.email, code: code, personalCode: personalCode, now: now)
            if !Self.needsTransaction(seen, person: person, service: request.serviceSlug, code: code, now: now) {
                return try await Self.decide(request, slot: slot, seen: seen, code: code, manageToken: manageToken, now: now,
                                             cap: cap, actor: actor, messages: messages, on: sql)
            }
        }
        return try await WriteGate.run(if: isSQLite) {
            try await db.writeTransaction { tx in
                let sql = try tx.sql()
                var code = suggested ?? BookingCode.generate()
                let seen = try await Self.bookingsInTheWay(sql, person: person, service: request.serviceSlug,
                                                           phone: request.phone, email: request.email, code: code,
                                                           personalCode: personalCode, now: now)
                try await Self.closePast(seen, person: person, service: request.serviceSlug, on: tx, now: now)
                if seen.contains(where: { $0.kind == "booking" && $0.code == code }) { code = try await Self.freeCode(on: tx) }
                let booking = try await Self.decide(request, slot: slot, seen: seen, code: code, manageToken: manageToken,
                                                    now: now, cap: cap, actor: actor, messages: messages, on: sql)
                if let priorityPass {
                    // The pass is spent by the booking it made, in the same transaction: used once.
                    try await PriorityPasses.spend(priorityPass, office: request.officeSlug, service: request.serviceSlug,
                                                   bookingID: booking.id, on: sql, now: now)
                }
                return booking
            }
        }
    }

    /// True if what is in the way needs writes before the booking's own: an open booking of an
    /// earlier day to close (BookingModel.closeIfPast), or a booking that already has the drawn code.
    static func needsTransaction(_ seen: [InTheWay], person: String, service: String, code: String, now: Date) -> Bool {
        seen.contains { row in
            guard row.kind == "booking" else { return false }
            if row.code == code { return true }
            guard row.person_key == person, row.service_slug == service, let status = Booking.Status(rawValue: row.status)
            else { return false }
            return BookingLifecycle.closingOfPast(status, start: Date(timeIntervalSince1970: Double(row.start_epoch)), now: now) != nil
        }
    }

    /// The booking's rules on what is in the way (past bookings already closed), then one write that
    /// takes the seat and, only if it got one, writes the client (if new), the booking, the audit
    /// entries and the messages.
    static func decide(_ request: BookingRequest, slot: Slot, seen: [InTheWay], code: String, manageToken: String, now: Date,
                       cap: Int, actor: String?, messages: @Sendable (Booking) -> [OutboxMessage],
                       on sql: any SQLDatabase) async throws -> Booking {
        let person = request.personKey
        let holding = seen.contains { row in
            guard row.kind == "booking", row.person_key == person, row.service_slug == request.serviceSlug,
                  let status = Booking.Status(rawValue: row.status), BookingLifecycle.openStatuses.contains(status) else { return false }
            return BookingLifecycle.holdsPlace(status, start: Date(timeIntervalSince1970: Double(row.start_epoch)), now: now)
        }
        if holding { throw BookingFailure.secondActiveBooking }
        if activeAhead(seen, phone: request.phone, email: request.email, now: now) >= cap { throw BookingFailure.contactCap(cap) }
        guard slot.capacity > 0 else { throw BookingFailure.slotFull }

        var writes: [RowInsert] = []
        let clientID: UUID
        if let known = seen.first(where: { $0.kind == "client" }) {
            clientID = known.id
        } else {
            let client = Client(name: request.name, surname: request.surname, identity: request.identity,
                                phone: request.phone, email: request.email, language: request.language, createdAt: now)
            clientID = client.id
            writes += newClientRows(client, now: now)
        }
        let b = bookingRow(code: code, manageToken: manageToken, office: request.officeSlug, service: request.serviceSlug,
                           slot: slot, clientID: clientID, personKey: person, phone: request.phone, email: request.email,
                           language: request.language, interpreter: request.interpreter, now: now)
        writes.append(insertStatement(b))
        if let actor {
            // Booked by staff for a caller or a visitor: who did it is kept.
            writes.append(AuditTrail.insertStatement(
                at: now, actor: actor, entity: "booking", id: b.code, action: "create", before: nil,
                after: "\(b.officeSlug) \(b.serviceSlug) \(RigaTime.rfc3339(slot.start))"))
        }
        let booking = b.toDomain()
        if let outbox = Outbox.insertStatement(messages(booking), now: now) { writes.append(outbox) }
        do {
            _ = try await DecidedWrites.run(sql, deciding: seatStatement(office: request.officeSlug, service: request.serviceSlug,
                                                                          slot: slot),
                                            then: writes, refusal: BookingFailure.slotFull)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // The partial unique index caught a second active booking made at the same moment.
            throw BookingFailure.secondActiveBooking
        }
        return booking
    }

    /// A booking row as the booking's checks need it.
    struct InTheWay: Decodable {
        /// "booking", or "client" for the register's entry with the person's code (its `id`).
        let kind: String
        let id: UUID
        let code: String
        let person_key: String
        let service_slug: String
        let phone: String?
        let email: String?
        let status: String
        let start_epoch: Int64
    }

    /// Everything a new booking must not collide with, in one indexed read (issue 17, item 3): the
    /// person's open bookings for the service (BookingLifecycle), active bookings ahead that name the
    /// phone or e-mail (FairAccess), a booking that already has the code — and the client register's
    /// entry for the personal code, if any (a row of kind "client").
    static func bookingsInTheWay(_ sql: any SQLDatabase, person: String, service: String, phone: String?, email: String?,
                                 code: String, personalCode: String?, now: Date) async throws -> [InTheWay] {
        // Each branch of the OR has its own index (0025), so both databases read only matching rows.
        let active = Booking.Status.active.rawValue, from = epoch(now)
        var query: SQLQueryString = """
            SELECT 'booking' AS kind, id, code, person_key, service_slug, phone, email, status, start_epoch FROM bookings
            WHERE (person_key = \(bind: person) AND service_slug = \(bind: service)
                   AND status IN (\(binds: BookingLifecycle.openStatuses.map(\.rawValue))))
               OR code = \(bind: code)
            """
        if let phone { query += " OR (phone = \(bind: phone) AND start_epoch >= \(bind: from) AND status = \(bind: active))" }
        if let email { query += " OR (email = \(bind: email) AND start_epoch >= \(bind: from) AND status = \(bind: active))" }
        if let personalCode {
            query += """

                UNION ALL
                SELECT 'client', id, '', '', '', NULL, NULL, '', 0 FROM clients WHERE personal_code = \(bind: personalCode)
                """
        }
        // Prepared once per connection on PostgreSQL (PreparedStatements): the same text every time.
        if let rows = try await PreparedStatements.rows(query, on: sql) { return try rows.map { try $0.decode(model: InTheWay.self) } }
        return try await sql.raw(query).all(decoding: InTheWay.self)
    }

    /// The person's open bookings for the service among `seen` that are of an earlier day are
    /// closed (BookingModel.closeIfPast); `decide` then judges the ones that still hold a place.
    static func closePast(_ seen: [InTheWay], person: String, service: String, on tx: any Database, now: Date) async throws {
        for row in seen where row.kind == "booking" && row.person_key == person && row.service_slug == service {
            guard let status = Booking.Status(rawValue: row.status), BookingLifecycle.openStatuses.contains(status) else { continue }
            let start = Date(timeIntervalSince1970: Double(row.start_epoch))
            _ = try await BookingModel.closeIfPast(row.id, code: row.code, status: status, start: start, on: tx, now: now)
        }
    }

    /// Active bookings still ahead among `seen` that name this phone or e-mail (FairAccess).
    static func activeAhead(_ seen: [InTheWay], phone: String?, email: String?, now: Date) -> Int {
        seen.filter { row in
            row.kind == "booking" && row.status == Booking.Status.active.rawValue && row.start_epoch >= epoch(now)
                && ((phone != nil && row.phone == phone) || (email != nil && row.email == email))
        }.count
    }

    /// A code no booking has (the first one drawn collided: about one in 10¹¹).
    static func freeCode(on tx: any Database) async throws -> String {
        var code = BookingCode.generate()
        while try await BookingModel.query(on: tx).filter(\.$code == code).first() != nil { code = BookingCode.generate() }
        return code
    }

    /// The client in the register for this identity: the one with the personal code if there is
    /// one, otherwise a new entry (foreigners' details are not matched, to avoid joining strangers).
    static func linkClient(on tx: any Database, name: String, surname: String, identity: Client.Identity, phone: String?,
                           email: String?, language: Language, now: Date) async throws -> UUID {
        struct Found: Decodable { let id: UUID }
        let sql = try tx.sql()
        if case .personalCode(let pc) = identity,
           let existing = try await sql.raw("SELECT id FROM clients WHERE personal_code = \(bind: pc.digits)")
            .first(decoding: Found.self) {
            return existing.id
        }
        let client = Client(name: name, surname: surname, identity: identity, phone: phone, email: email, language: language,
                            createdAt: now)
        for row in newClientRows(client, now: now) { try await sql.raw(row.statement).run() }
        return client.id
    }

    /// A new entry in the client register and its audit entry (the booking writes them behind its
    /// seat; the waitlist's offer plainly).
    static func newClientRows(_ client: Client, now: Date) -> [RowInsert] {
        [ClientModel.insertStatement(client, now: now),
         AuditTrail.insertStatement(at: now, actor: "client", entity: "client", id: client.id.uuidString, action: "create",
                                    before: nil, after: AuditTrail.describe(client))]
    }

    /// Writes the booking row; the seat must already be the booking's (taken, or held by an offer).
    /// Without a `code` one is drawn and checked here.
    static func insertBooking(on tx: any Database, code checked: String?, manageToken: String, office: String,
                              service: String, slot: Slot, clientID: UUID, personKey: String, phone: String?,
                              email: String?, language: Language, interpreter: Bool, now: Date) async throws -> BookingModel {
        let code: String
        if let checked { code = checked } else { code = try await freeCode(on: tx) }
        let b = bookingRow(code: code, manageToken: manageToken, office: office, service: service, slot: slot, clientID: clientID,
                           personKey: personKey, phone: phone, email: email, language: language, interpreter: interpreter, now: now)
        do {
            try await tx.sql().raw(insertStatement(b).statement).run()
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // The partial unique index caught a second active booking made at the same moment.
            throw BookingFailure.secondActiveBooking
        }
        return b
    }

    /// A new active booking's row, not yet written.
    static func bookingRow(code: String, manageToken: String, office: String, service: String, slot: Slot, clientID: UUID,
                           personKey: String, phone: String?, email: String?, language: Language, interpreter: Bool,
                           now: Date) -> BookingModel {
        let b = BookingModel()
        b.id = UUID.random()
        b.code = code
        b.manageTokenHash = SecretToken.hash(manageToken)
        b.officeSlug = office
        b.serviceSlug = service
        b.startEpoch = epoch(slot.start)
        b.endEpoch = epoch(slot.end)
        b.clientID = clientID
        b.personKey = personKey
        b.phone = phone
        b.email = email
        b.language = language.rawValue
        b.interpreter = interpreter
        b.status = Booking.Status.active.rawValue
        b.createdAt = now
        return b
    }

    /// The row's plain INSERT (issue 17, item 3: Fluent's `create` finds a model's fields by
    /// reflection for every row, which cost more CPU than the database spent on the booking).
    static func insertStatement(_ b: BookingModel) -> RowInsert {
        RowInsert(into: "bookings", columns: """
            id, code, manage_token_hash, office_slug, service_slug, start_epoch, end_epoch, client_id, person_key, phone, email,
            language, interpreter, status, created_at
            """, rows: ["""
            \(bind: b.id), \(bind: b.code), \(bind: b.manageTokenHash), \(bind: b.officeSlug), \(bind: b.serviceSlug),
            \(bind: b.startEpoch), \(bind: b.endEpoch), \(bind: b.clientID), \(bind: b.personKey), \(bind: b.phone),
            \(bind: b.email), \(bind: b.language), \(bind: b.interpreter), \(bind: b.status), \(bind: b.createdAt)
            """])
    }

    /// The booking with this code if `manageToken` is its token; otherwise nil (a wrong token
    /// looks exactly like an unknown code).
    public func booking(code: String, manageToken: String) async throws -> Booking? {
        guard let m = try await BookingModel.query(on: db).filter(\.$code == BookingCode.normalise(code)).first(),
              m.manageTokenHash == SecretToken.hash(manageToken) else { return nil }
        return m.toDomain()
    }

    public func activeBooking(code: String) async throws -> (booking: Booking, personKey: String)? {
        guard let m = try await BookingModel.query(on: db).filter(\.$code == BookingCode.normalise(code))
            .filter(\.$status == Booking.Status.active.rawValue).first() else { return nil }
        return (m.toDomain(), m.personKey)
    }

    public func booking(manageToken: String) async throws -> Booking? {
        try await BookingModel.query(on: db).filter(\.$manageTokenHash == SecretToken.hash(manageToken)).first()?.toDomain()
    }

    public func cancel(code: String, manageToken: String, now: Date,
                       messages: @escaping @Sendable (Booking, _ clientName: String) -> [OutboxMessage] = { _, _ in [] }) async throws {
        try await WriteGate.run(if: isSQLite) {
            try await db.writeTransaction { tx in
                guard let m = try await BookingModel.query(on: tx).filter(\.$code == BookingCode.normalise(code)).first(),
                      m.manageTokenHash == SecretToken.hash(manageToken) else { throw BookingFailure.notFound }
                if BookingLifecycle.isUnderWay(m.statusValue) { throw BookingFailure.underWay }
                guard m.status == Booking.Status.active.rawValue else { return }
                m.status = Booking.Status.cancelled.rawValue
                m.cancelledAt = now
                try await m.update(on: tx)
                try await Outbox.withdrawReminders(bookingID: m.id!, on: tx)
                try await Self.notify(m, messages, on: tx, now: now)
                try await Waitlist.seatFreed(on: tx, office: m.officeSlug, service: m.serviceSlug, start: m.startEpoch,
                                             end: m.endEpoch, now: now, rule: rule, links: links)
            }
        }
    }

    /// The client's notice of a change to their booking, queued in the change's transaction.
    static func notify(_ m: BookingModel, _ messages: @Sendable (Booking, _ clientName: String) -> [OutboxMessage],
                       on tx: any Database, now: Date) async throws {
        let name = try await ClientModel.find(m.clientID, on: tx).map { "\($0.name) \($0.surname)" } ?? ""
        try await Outbox.enqueue(messages(m.toDomain(), name), on: tx, now: now)
    }

    /// Moves an active booking to `slot`: the new seat is taken first, then the old one freed.
    public func reschedule(code: String, manageToken: String, to slot: Slot, now: Date = Date(),
                           messages: @escaping @Sendable (Booking, _ clientName: String) -> [OutboxMessage] = { _, _ in [] })
        async throws -> Booking {
        try await WriteGate.run(if: isSQLite) {
            try await db.writeTransaction { tx in
                guard let m = try await BookingModel.query(on: tx).filter(\.$code == BookingCode.normalise(code)).first(),
                      m.manageTokenHash == SecretToken.hash(manageToken) else { throw BookingFailure.notFound }
                if BookingLifecycle.isUnderWay(m.statusValue) { throw BookingFailure.underWay }
                guard m.status == Booking.Status.active.rawValue else { throw BookingFailure.notFound }
                if m.startEpoch == Self.epoch(slot.start) { return m.toDomain() }
                let sql = try tx.sql()
                try await Self.takeSeat(sql, office: m.officeSlug, service: m.serviceSlug, slot: slot)
                try await Waitlist.seatFreed(on: tx, office: m.officeSlug, service: m.serviceSlug, start: m.startEpoch,
                                             end: m.endEpoch, now: now, rule: rule, links: links)
                m.startEpoch = Self.epoch(slot.start)
                m.endEpoch = Self.epoch(slot.end)
                try await m.update(on: tx)
                try await Outbox.withdrawReminders(bookingID: m.id!, on: tx)
                let booking = m.toDomain()
                // The confirmation of the move greets the client by name (issue 12: it said "Labdien, !").
                let name = try await ClientModel.find(m.clientID, on: tx).map { "\($0.name) \($0.surname)" } ?? ""
                try await Outbox.enqueue(messages(booking, name), on: tx, now: now)
                return booking
            }
        }
    }

    /// Staff cancel for a caller (no manage token: the staff member's permission and office
    /// scope were checked by the caller of this method); recorded in the audit trail.
    public func cancel(code: String, officeSlug: String, actor: String, now: Date,
                       messages: @escaping @Sendable (Booking, _ clientName: String) -> [OutboxMessage] = { _, _ in [] }) async throws {
        try await WriteGate.run(if: isSQLite) {
            try await db.writeTransaction { tx in
                guard let m = try await BookingModel.query(on: tx).filter(\.$code == BookingCode.normalise(code))
                    .filter(\.$officeSlug == officeSlug).first() else { throw BookingFailure.notFound }
                if BookingLifecycle.isUnderWay(m.statusValue) { throw BookingFailure.underWay }
                guard m.status == Booking.Status.active.rawValue else { return }
                m.status = Booking.Status.cancelled.rawValue
                m.cancelledAt = now
                try await m.update(on: tx)
                try await Outbox.withdrawReminders(bookingID: m.id!, on: tx)
                try await Self.notify(m, messages, on: tx, now: now)
                try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "booking", id: m.code, action: "cancel",
                                            before: "active", after: "cancelled")
                try await Waitlist.seatFreed(on: tx, office: m.officeSlug, service: m.serviceSlug, start: m.startEpoch,
                                             end: m.endEpoch, now: now, rule: rule, links: links)
            }
        }
    }

    /// The client did not come: only once the appointment has begun. The seat is freed like a
    /// cancellation's (to the waitlist first, if there is still time to use it).
    public func markNoShow(code: String, officeSlug: String, actor: String, now: Date) async throws {
        try await WriteGate.run(if: isSQLite) {
            try await db.writeTransaction { tx in
                guard let m = try await BookingModel.query(on: tx).filter(\.$code == BookingCode.normalise(code))
                    .filter(\.$officeSlug == officeSlug).first(), m.status != Booking.Status.cancelled.rawValue else {
                    throw BookingFailure.notFound
                }
                // A client who checked in is in the building: the counter ends that visit.
                guard m.status == Booking.Status.active.rawValue else { throw BookingFailure.underWay }
                guard m.startEpoch <= Self.epoch(now) else { throw BookingFailure.notStarted }
                m.status = Booking.Status.noShow.rawValue
                try await m.update(on: tx)
                try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "booking", id: m.code, action: "no-show",
                                            before: "active", after: "no-show")
                try await Waitlist.seatFreed(on: tx, office: m.officeSlug, service: m.serviceSlug, start: m.startEpoch,
                                             end: m.endEpoch, now: now, rule: rule, links: links)
            }
        }
    }

    public typealias Appointment = Domain.Appointment

    /// An office's active appointments of one day, for staff; every client shown is written to
    /// the access log in the same transaction.
    public func day(officeSlug: String, date: LocalDate, by reader: FluentClientStore.Reader, now: Date) async throws -> [Appointment] {
        try await db.writeTransaction { tx in
            let from = Self.epoch(RigaTime.instant(date, TimeOfDay(0, 0)))
            let to = Self.epoch(RigaTime.instant(date.next, TimeOfDay(0, 0)))
            let rows = try await BookingModel.query(on: tx).filter(\.$officeSlug == officeSlug)
                .filter(\.$startEpoch >= from).filter(\.$startEpoch < to)
                .filter(\.$status != Booking.Status.cancelled.rawValue)
                .sort(\.$startEpoch).sort(\.$serviceSlug).all()
            var result: [Appointment] = []
            for row in rows {
                guard let client = try await ClientModel.find(row.clientID, on: tx)?.toDomain() else { continue }
                try await FluentClientStore.log(on: tx, client: client.id, record: ("booking", row.id!), reader: reader, now: now)
                result.append(Appointment(booking: row.toDomain(), client: client))
            }
            return result
        }
    }

    /// Active bookings on a date (all offices when `officeSlug` is nil), with the client's name.
    public func activeDays(officeSlug: String, from: LocalDate) async throws -> Set<LocalDate> {
        let start = Self.epoch(RigaTime.instant(from, TimeOfDay(0, 0)))
        let rows = try await BookingModel.query(on: db).filter(\.$officeSlug == officeSlug).filter(\.$startEpoch >= start)
            .filter(\.$status == Booking.Status.active.rawValue).field(\.$startEpoch).unique().all(\.$startEpoch)
        return Set(rows.map { RigaTime.date(of: Date(timeIntervalSince1970: Double($0))) })
    }

    public func active(on date: LocalDate, officeSlug: String?) async throws -> [(Booking, String)] {
        let from = Self.epoch(RigaTime.instant(date, TimeOfDay(0, 0)))
        let to = Self.epoch(RigaTime.instant(date.next, TimeOfDay(0, 0)))
        var q = BookingModel.query(on: db).filter(\.$startEpoch >= from).filter(\.$startEpoch < to)
            .filter(\.$status == Booking.Status.active.rawValue)
        if let officeSlug { q = q.filter(\.$officeSlug == officeSlug) }
        var result: [(Booking, String)] = []
        for row in try await q.sort(\.$startEpoch).all() {
            let name = try await ClientModel.find(row.clientID, on: db).map { "\($0.name) \($0.surname)" } ?? ""
            result.append((row.toDomain(), name))
        }
        return result
    }

    /// Staff send a client's manage link again (issue 11, item 4): the mailbox never shows the
    /// old link, so a fresh token replaces it — the old link stops working — and a message with
    /// the new one goes to the booking's contacts, in one transaction, with the audit entry.
    /// `offices` limits it to the member of staff's offices (nil: agency-wide).
    public func renewManageToken(bookingID: UUID, offices: Set<String>?, manageToken: String, actor: String, now: Date,
                                 messages: @escaping @Sendable (Booking, _ clientName: String) -> [OutboxMessage])
        async throws -> Booking {
        try await WriteGate.run(if: isSQLite) {
            try await db.writeTransaction { tx in
                guard let m = try await BookingModel.find(bookingID, on: tx),
                      offices.map({ $0.contains(m.officeSlug) }) ?? true,
                      m.status == Booking.Status.active.rawValue else { throw BookingFailure.notFound }
                m.manageTokenHash = SecretToken.hash(manageToken)
                try await m.update(on: tx)
                try await Self.notify(m, messages, on: tx, now: now)
                try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "booking", id: m.code,
                                            action: "resend-link", before: nil, after: nil)
                return m.toDomain()
            }
        }
    }

    /// Queues messages outside any booking transaction (notices of changes by the agency).
    public func enqueue(_ messages: [OutboxMessage], now: Date) async throws {
        try await db.writeTransaction { tx in try await Outbox.enqueue(messages, on: tx, now: now) }
    }
}
