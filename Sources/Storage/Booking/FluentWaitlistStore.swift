import Domain
import Fluent
import Foundation
import SQLKit

final class WaitlistEntryModel: Model, @unchecked Sendable {
    static let schema = "waitlist_entries"

    @ID(key: .id) var id: UUID?
    @Field(key: "seq") var seq: Int64
    @Field(key: "office_slug") var officeSlug: String
    @Field(key: "service_slug") var serviceSlug: String
    @Field(key: "from_date") var fromDate: String
    @Field(key: "through_date") var throughDate: String
    @Field(key: "client_id") var clientID: UUID
    @Field(key: "person_key") var personKey: String
    @OptionalField(key: "phone") var phone: String?
    @OptionalField(key: "email") var email: String?
    @Field(key: "language") var language: String
    @Field(key: "interpreter") var interpreter: Bool
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "status") var status: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "ended_at") var endedAt: Date?

    init() {}

    func toDomain() -> WaitlistEntry {
        WaitlistEntry(id: id!, officeSlug: officeSlug, serviceSlug: serviceSlug,
                      from: LocalDate(iso: fromDate) ?? LocalDate(1970, 1, 1),
                      through: LocalDate(iso: throughDate) ?? LocalDate(1970, 1, 1), clientID: clientID, phone: phone,
                      email: email, language: Language(rawValue: language) ?? .lv, interpreter: interpreter,
                      status: WaitlistEntry.Status(rawValue: status) ?? .left, createdAt: createdAt)
    }
}

final class WaitlistOfferModel: Model, @unchecked Sendable {
    static let schema = "waitlist_offers"

    @ID(key: .id) var id: UUID?
    @Field(key: "entry_id") var entryID: UUID
    @Field(key: "office_slug") var officeSlug: String
    @Field(key: "service_slug") var serviceSlug: String
    @Field(key: "start_epoch") var startEpoch: Int64
    @Field(key: "end_epoch") var endEpoch: Int64
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "status") var status: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_epoch") var expiresEpoch: Int64
    @OptionalField(key: "booking_id") var bookingID: UUID?

    init() {}

    func toDomain() -> WaitlistOffer {
        WaitlistOffer(id: id!, entryID: entryID, officeSlug: officeSlug, serviceSlug: serviceSlug,
                      start: Date(timeIntervalSince1970: Double(startEpoch)), end: Date(timeIntervalSince1970: Double(endEpoch)),
                      status: WaitlistOffer.Status(rawValue: status) ?? .expired,
                      expiresAt: Date(timeIntervalSince1970: Double(expiresEpoch)), bookingID: bookingID)
    }
}


/// What happens to a freed seat, inside the transaction that frees it, so that no public booking
/// can slip in between: the first matching entry in line gets an offer holding the seat (the seat
/// stays counted as taken), or, with nobody to offer it to, it goes back to public booking.
enum Waitlist {
    static func seatFreed(on tx: any Database, office: String, service: String, start: Int64, end: Int64, now: Date,
                          rule: WaitlistOfferRule, links: any Links) async throws {
        let sql = try tx.sql()
        let startDate = Date(timeIntervalSince1970: Double(start))
        if rule.isWorthOffering(slotStart: startDate, now: now) {
            let day = RigaTime.date(of: startDate).description
            let line = try await WaitlistEntryModel.query(on: tx)
                .filter(\.$officeSlug == office).filter(\.$serviceSlug == service)
                .filter(\.$status == WaitlistEntry.Status.waiting.rawValue)
                .filter(\.$fromDate <= day).filter(\.$throughDate >= day)
                .sort(\.$seq).sort(\.$id).all()
            for entry in line {
                let offeredBefore = try await WaitlistOfferModel.query(on: tx).filter(\.$entryID == entry.id!)
                    .filter(\.$startEpoch == start).count() > 0
                let current = try await BookingModel.holdingPlace(on: tx, person: entry.personKey, service: service, now: now)
                guard rule.matches(entryFrom: LocalDate(iso: entry.fromDate) ?? LocalDate(1970, 1, 1),
                                   entryThrough: LocalDate(iso: entry.throughDate) ?? LocalDate(1970, 1, 1),
                                   slotStart: startDate, alreadyOfferedThisSlot: offeredBefore,
                                   currentBookingStart: current.map { Date(timeIntervalSince1970: Double($0.startEpoch)) })
                else { continue }
                // Claim the entry in one conditional statement: two seats freed at the same moment
                // never both go to one person.
                let claimed = try await sql.update(WaitlistEntryModel.schema)
                    .set("status", to: WaitlistEntry.Status.offered.rawValue)
                    .where("id", .equal, SQLBind(entry.id!)).where("status", .equal, WaitlistEntry.Status.waiting.rawValue)
                    .returning("id").all()
                guard !claimed.isEmpty else { continue }
                let token = SecretToken.generate(.offer)
                let offer = WaitlistOfferModel()
                offer.id = UUID.random()
                offer.entryID = entry.id!
                offer.officeSlug = office
                offer.serviceSlug = service
                offer.startEpoch = start
                offer.endEpoch = end
                offer.tokenHash = SecretToken.hash(token)
                offer.status = WaitlistOffer.Status.open.rawValue
                offer.createdAt = now
                offer.expiresEpoch = FluentBookingStore.epoch(rule.expiry(offeredAt: now))
                try await offer.create(on: tx)
                try await Outbox.enqueue(try await offerMessages(on: tx, entry: entry, offer: offer, token: token, now: now,
                                                                 links: links),
                                         on: tx, now: now)
                return
            }
        }
        try await FluentBookingStore.releaseSeat(sql, office: office, service: service, start: start)
    }

    private static func offerMessages(on tx: any Database, entry: WaitlistEntryModel, offer: WaitlistOfferModel,
                                      token: String, now: Date, links: any Links) async throws -> [OutboxMessage] {
        let reference = FluentReferenceStore(db: tx)
        guard let office = try await reference.office(slug: offer.officeSlug),
              let service = try await reference.service(slug: offer.serviceSlug) else { return [] }
        let name = try await ClientModel.find(entry.clientID, on: tx).map { "\($0.name) \($0.surname)" } ?? ""
        let domain = entry.toDomain()
        let context = WaitlistMessages.Context(entry: domain, name: name, office: office, service: service,
                                               agency: try await reference.agencyContacts())
        let start = Date(timeIntervalSince1970: Double(offer.startEpoch))
        let expires = Date(timeIntervalSince1970: Double(offer.expiresEpoch))
        let text = WaitlistMessages.offer(context, start: start, expiresAt: expires,
                                          url: links.waitlistOffer(token: token, language: domain.language))
        let sms = WaitlistMessages.offerSMS(context, start: start, expiresAt: expires, shortURL: links.shortOffer(token: token))
        return WaitlistMessages.outbox(context, kind: .offer, text: text, sms: sms, sendAfter: now)
    }
}

/// The waitlist on Fluent: joining, leaving, and the life of an offer (accept, decline, lapse).
public struct FluentWaitlistStore: WaitlistStore {
    let db: any Database
    let rule: WaitlistOfferRule
    /// For the offer messages written in this store's transactions (absolute links).
    let links: any Links

    public init(db: any Database, rule: WaitlistOfferRule = .standard, links: any Links = PublicLinks.development) {
        self.db = db
        self.rule = rule
        self.links = links
    }

    private var isSQLite: Bool { (db as? any SQLDatabase)?.dialect.name == "sqlite" }

    /// Puts the person in line; returns the entry and its token (to leave the list; shown once).
    public func join(_ request: WaitlistRequest, now: Date,
                     messages: @escaping @Sendable (WaitlistEntry, String) -> [OutboxMessage] = { _, _ in [] })
        async throws -> (WaitlistEntry, String) {
        let token = SecretToken.generate(.waitlist)
        let entry = try await WriteGate.run(if: isSQLite) {
            try await db.writeTransaction { tx -> WaitlistEntry in
                let person = request.personKey
                if try await WaitlistEntryModel.query(on: tx).filter(\.$personKey == person)
                    .filter(\.$serviceSlug == request.serviceSlug)
                    .filter(\.$status ~~ [WaitlistEntry.Status.waiting.rawValue, WaitlistEntry.Status.offered.rawValue])
                    .first() != nil {
                    throw WaitlistFailure.alreadyWaiting
                }
                let clientID = try await FluentBookingStore.linkClient(
                    on: tx, name: request.name, surname: request.surname, identity: request.identity, phone: request.phone,
                    email: request.email, language: request.language, now: now)
                let last = try await WaitlistEntryModel.query(on: tx).max(\.$seq) ?? 0
                let m = WaitlistEntryModel()
                m.id = UUID.random()
                m.seq = last + 1
                m.officeSlug = request.officeSlug
                m.serviceSlug = request.serviceSlug
                m.fromDate = request.from.description
                m.throughDate = request.through.description
                m.clientID = clientID
                m.personKey = person
                m.phone = request.phone
                m.email = request.email
                m.language = request.language.rawValue
                m.interpreter = request.interpreter
                m.tokenHash = SecretToken.hash(token)
                m.status = WaitlistEntry.Status.waiting.rawValue
                m.createdAt = now
                do {
                    try await m.create(on: tx)
                } catch let error as any DatabaseError where error.isConstraintFailure {
                    throw WaitlistFailure.alreadyWaiting
                }
                let entry = m.toDomain()
                try await Outbox.enqueue(messages(entry, token), on: tx, now: now)
                return entry
            }
        }
        return (entry, token)
    }

    /// The entry if `token` is its token (a wrong token looks like an unknown entry).
    public func entry(id: UUID, token: String) async throws -> WaitlistEntry? {
        guard let m = try await WaitlistEntryModel.find(id, on: db), m.tokenHash == SecretToken.hash(token) else { return nil }
        return m.toDomain()
    }

    /// Leaves the line; an open offer the entry holds is passed on at once.
    public func leave(id: UUID, token: String, now: Date) async throws {
        try await WriteGate.run(if: isSQLite) {
            try await db.writeTransaction { tx in
                guard let m = try await WaitlistEntryModel.find(id, on: tx), m.tokenHash == SecretToken.hash(token) else {
                    throw WaitlistFailure.notFound
                }
                guard m.status == WaitlistEntry.Status.waiting.rawValue || m.status == WaitlistEntry.Status.offered.rawValue
                else { return }
                m.status = WaitlistEntry.Status.left.rawValue
                m.endedAt = now
                try await m.update(on: tx)
                if let offer = try await WaitlistOfferModel.query(on: tx).filter(\.$entryID == id)
                    .filter(\.$status == WaitlistOffer.Status.open.rawValue).first() {
                    _ = try await close(offer, as: .declined, on: tx, now: now, entryBackInLine: false)
                }
            }
        }
    }

    public typealias OfferView = WaitlistOfferView


    /// The offer behind a token, whatever its state.
    public func offer(token: String, now: Date) async throws -> OfferView? {
        guard let o = try await WaitlistOfferModel.query(on: db).filter(\.$tokenHash == SecretToken.hash(token)).first(),
              let e = try await WaitlistEntryModel.find(o.entryID, on: db) else { return nil }
        let name = try await ClientModel.find(e.clientID, on: db).map { "\($0.name) \($0.surname)" } ?? ""
        // A read: past open bookings are not closed here, only not counted.
        let current = try await BookingModel.query(on: db).filter(\.$personKey == e.personKey)
            .filter(\.$serviceSlug == e.serviceSlug).filter(\.$status ~~ BookingLifecycle.openStatuses.map(\.rawValue)).all()
            .first { BookingLifecycle.holdsPlace($0.statusValue, start: $0.startDate, now: now) }
        return WaitlistOfferView(offer: o.toDomain(), entry: e.toDomain(), name: name, currentBooking: current?.toDomain())
    }

    /// Takes the held seat: a booking for the waiting person (a booking they already had for the
    /// service, at a later time, is cancelled and its seat freed — to the waitlist first).
    public func accept(token: String, manageToken: String, now: Date,
                       messages: @escaping @Sendable (Booking) -> [OutboxMessage] = { _ in [] }) async throws -> Booking {
        let outcome: Result<Booking, WaitlistFailure> = try await WriteGate.run(if: isSQLite) {
            try await db.writeTransaction { tx in
                guard let o = try await WaitlistOfferModel.query(on: tx).filter(\.$tokenHash == SecretToken.hash(token)).first(),
                      let e = try await WaitlistEntryModel.find(o.entryID, on: tx) else { return .failure(.notFound) }
                if o.status == WaitlistOffer.Status.accepted.rawValue { return .failure(.alreadyAccepted) }
                let previous = try await BookingModel.holdingPlace(on: tx, person: e.personKey, service: e.serviceSlug, now: now)
                // A client already in the building for this service is not moved to another time.
                if let previous, !BookingLifecycle.canChange(previous.statusValue) { return .failure(.gone) }
                let sql = try tx.sql()
                let taken = try await sql.update(WaitlistOfferModel.schema)
                    .set("status", to: WaitlistOffer.Status.accepted.rawValue)
                    .where("id", .equal, SQLBind(o.id!)).where("status", .equal, WaitlistOffer.Status.open.rawValue)
                    .where("expires_epoch", .greaterThan, FluentBookingStore.epoch(now))
                    .returning("id").all()
                guard !taken.isEmpty else { return .failure(.gone) }
                if let previous {
                    previous.status = Booking.Status.cancelled.rawValue
                    previous.cancelledAt = now
                    try await previous.update(on: tx)
                    try await Outbox.withdrawReminders(bookingID: previous.id!, on: tx)
                    try await Waitlist.seatFreed(on: tx, office: previous.officeSlug, service: previous.serviceSlug,
                                                 start: previous.startEpoch, end: previous.endEpoch, now: now, rule: rule, links: links)
                }
                e.status = WaitlistEntry.Status.booked.rawValue
                e.endedAt = now
                try await e.update(on: tx)
                let slot = Slot(start: Date(timeIntervalSince1970: Double(o.startEpoch)),
                                end: Date(timeIntervalSince1970: Double(o.endEpoch)), capacity: 1)
                let b = try await FluentBookingStore.insertBooking(
                    on: tx, code: nil, manageToken: manageToken, office: o.officeSlug, service: o.serviceSlug, slot: slot,
                    clientID: e.clientID, personKey: e.personKey, phone: e.phone, email: e.email,
                    language: Language(rawValue: e.language) ?? .lv, interpreter: e.interpreter, now: now)
                try await sql.update(WaitlistOfferModel.schema).set("booking_id", to: SQLBind(b.id!))
                    .where("id", .equal, SQLBind(o.id!)).run()
                let booking = b.toDomain()
                try await Outbox.enqueue(messages(booking), on: tx, now: now)
                return .success(booking)
            }
        }
        return try outcome.get()
    }

    /// The client says no to this time: the seat passes on; they stay in line.
    public func decline(token: String, now: Date) async throws {
        let outcome: Result<Void, WaitlistFailure> = try await WriteGate.run(if: isSQLite) {
            try await db.writeTransaction { tx in
                guard let o = try await WaitlistOfferModel.query(on: tx).filter(\.$tokenHash == SecretToken.hash(token)).first()
                else { return .failure(.notFound) }
                guard o.status == WaitlistOffer.Status.open.rawValue, o.expiresEpoch > FluentBookingStore.epoch(now) else {
                    return .failure(o.status == WaitlistOffer.Status.accepted.rawValue ? .alreadyAccepted : .gone)
                }
                _ = try await close(o, as: .declined, on: tx, now: now, entryBackInLine: true)
                return .success(())
            }
        }
        try outcome.get()
    }

    /// Offers whose hold has run out pass on to the next in line (or back to the public).
    /// Safe to run on every instance at once: each offer is closed by one conditional update.
    @discardableResult
    public func expireDue(now: Date) async throws -> Int {
        let due = try await WaitlistOfferModel.query(on: db).filter(\.$status == WaitlistOffer.Status.open.rawValue)
            .filter(\.$expiresEpoch <= FluentBookingStore.epoch(now)).sort(\.$expiresEpoch).all()
        var passed = 0
        for offer in due {
            let closed = try await WriteGate.run(if: isSQLite) {
                try await db.writeTransaction { tx in
                    try await close(offer, as: .expired, on: tx, now: now, entryBackInLine: true)
                }
            }
            if closed { passed += 1 }
        }
        return passed
    }

    /// Closes an open offer and passes its seat on; false if someone else closed it first.
    private func close(_ offer: WaitlistOfferModel, as status: WaitlistOffer.Status, on tx: any Database, now: Date,
                       entryBackInLine: Bool) async throws -> Bool {
        let sql = try tx.sql()
        let closed = try await sql.update(WaitlistOfferModel.schema).set("status", to: status.rawValue)
            .where("id", .equal, SQLBind(offer.id!)).where("status", .equal, WaitlistOffer.Status.open.rawValue)
            .returning("id").all()
        guard !closed.isEmpty else { return false }
        if entryBackInLine {
            // They keep their place for later seats; this one is not offered to them again.
            try await sql.update(WaitlistEntryModel.schema).set("status", to: WaitlistEntry.Status.waiting.rawValue)
                .where("id", .equal, SQLBind(offer.entryID)).where("status", .equal, WaitlistEntry.Status.offered.rawValue)
                .run()
        }
        try await Waitlist.seatFreed(on: tx, office: offer.officeSlug, service: offer.serviceSlug, start: offer.startEpoch,
                                     end: offer.endEpoch, now: now, rule: rule, links: links)
        return true
    }

    /// Place in line (1 = next) of an entry still waiting or holding an offer.
    public func position(of entry: WaitlistEntry) async throws -> Int? {
        guard entry.status == .waiting || entry.status == .offered,
              let m = try await WaitlistEntryModel.find(entry.id, on: db) else { return nil }
        let ahead = try await WaitlistEntryModel.query(on: db).filter(\.$officeSlug == m.officeSlug)
            .filter(\.$serviceSlug == m.serviceSlug)
            .filter(\.$status ~~ [WaitlistEntry.Status.waiting.rawValue, WaitlistEntry.Status.offered.rawValue])
            .filter(\.$seq < m.seq).count()
        return ahead + 1
    }

    /// The line for an office and service, for staff: entries waiting or holding an offer.
    public func line(officeSlug: String, serviceSlug: String) async throws -> [WaitlistEntry] {
        try await WaitlistEntryModel.query(on: db).filter(\.$officeSlug == officeSlug).filter(\.$serviceSlug == serviceSlug)
            .filter(\.$status ~~ [WaitlistEntry.Status.waiting.rawValue, WaitlistEntry.Status.offered.rawValue])
            .sort(\.$seq).all().map { $0.toDomain() }
    }
}
