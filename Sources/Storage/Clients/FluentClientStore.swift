import Domain
import Fluent
import Foundation
import SQLKit

final class ClientModel: Model, @unchecked Sendable {
    static let schema = "clients"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "surname") var surname: String
    @OptionalField(key: "personal_code") var personalCode: String?
    @OptionalField(key: "birth_date") var birthDate: String?
    @OptionalField(key: "document_number") var documentNumber: String?
    @OptionalField(key: "phone") var phone: String?
    @OptionalField(key: "email") var email: String?
    @Field(key: "language") var language: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "anonymised_at") var anonymisedAt: Date?

    init() {}

    func toDomain() -> Client? {
        let identity: Client.Identity
        if let code = personalCode, let parsed = try? PersonalCode(validating: code) {
            identity = .personalCode(parsed)
        } else if let born = birthDate.flatMap(LocalDate.init(iso:)), let doc = documentNumber {
            identity = .foreigner(birthDate: born, documentNumber: doc)
        } else {
            return nil
        }
        return Client(id: id!, name: name, surname: surname, identity: identity, phone: phone, email: email,
                      language: Language(rawValue: language) ?? .lv, createdAt: createdAt)
    }

    /// A new client's row as one plain INSERT (the columns `apply` sets, and `created_at`).
    static func insertStatement(_ c: Client, now: Date) -> RowInsert {
        let m = ClientModel()
        m.apply(c)
        return RowInsert(into: "clients", columns: "id, name, surname, personal_code, birth_date, document_number, phone, email, language, created_at",
                         rows: ["""
            \(bind: c.id), \(bind: m.name), \(bind: m.surname), \(bind: m.personalCode), \(bind: m.birthDate),
            \(bind: m.documentNumber), \(bind: m.phone), \(bind: m.email), \(bind: m.language), \(bind: now)
            """])
    }

    func apply(_ c: Client) {
        name = c.name
        surname = c.surname
        switch c.identity {
        case .personalCode(let code):
            personalCode = code.digits
            birthDate = nil
            documentNumber = nil
        case .foreigner(let born, let doc):
            personalCode = nil
            birthDate = born.description
            documentNumber = doc
        }
        phone = c.phone
        email = c.email
        language = c.language.rawValue
    }
}

final class AccessLogModel: Model, @unchecked Sendable {
    static let schema = "access_log"

    @ID(key: .id) var id: UUID?
    @Field(key: "at") var at: Date
    @Field(key: "staff_user_id") var staffUserID: UUID
    @Field(key: "staff_roles") var staffRoles: String
    @Field(key: "staff_offices") var staffOffices: String
    @Field(key: "client_id") var clientID: UUID
    @Field(key: "record_type") var recordType: String
    @Field(key: "record_id") var recordID: UUID
    @Field(key: "channel") var channel: String
    @Field(key: "purpose") var purpose: String

    init() {}

    func toDomain() -> AccessLogEntry {
        AccessLogEntry(id: id!, at: at, staffUserID: staffUserID,
                       staffRoles: Set(staffRoles.split(separator: ",").compactMap { Role(rawValue: String($0)) }),
                       staffOffices: Set(staffOffices.split(separator: ",").map(String.init)),
                       clientID: clientID, recordType: recordType, recordID: recordID, channel: channel, purpose: purpose)
    }
}

/// The client register and the access log. Reads by staff go through `read…`, which writes the
/// access-log row in the same transaction: there is no way to read without leaving a trace, and
/// no way here to change or delete a log row (only the retention job may purge, and logs that).
public struct FluentClientStore: ClientRegister {
    let db: any Database

    public init(db: any Database) { self.db = db }

    public typealias Reader = ClientReader

    public func create(_ client: Client, actor: String) async throws {
        try await db.writeTransaction { tx in
            if case .personalCode(let code) = client.identity,
               try await ClientModel.query(on: tx).filter(\.$personalCode == code.digits).first() != nil {
                throw StorageError.conflict("a client with this personal code exists")
            }
            let m = ClientModel()
            m.id = client.id
            m.apply(client)
            m.createdAt = client.createdAt
            try await m.create(on: tx)
            try await AuditTrail.record(on: tx, at: client.createdAt, actor: actor, entity: "client",
                                        id: client.id.uuidString, action: "create", before: nil,
                                        after: AuditTrail.describe(client))
        }
    }

    /// Reads a client for a member of staff, logging the read.
    public func read(id: UUID, by reader: Reader, now: Date) async throws -> Client? {
        try await db.writeTransaction { tx in
            guard let m = try await ClientModel.find(id, on: tx), m.anonymisedAt == nil, let client = m.toDomain() else {
                return nil
            }
            try await Self.log(on: tx, client: id, record: ("client", id), reader: reader, now: now)
            return client
        }
    }

    /// Looks a person up by personal code (outside a case the reader must state a purpose).
    public func read(personalCode: PersonalCode, by reader: Reader, now: Date) async throws -> Client? {
        try await db.writeTransaction { tx in
            guard let m = try await ClientModel.query(on: tx).filter(\.$personalCode == personalCode.digits).first(),
                  m.anonymisedAt == nil, let client = m.toDomain() else { return nil }
            try await Self.log(on: tx, client: client.id, record: ("client", client.id), reader: reader, now: now)
            return client
        }
    }

    /// Bookings, visits and waitlist places by the client's id; submissions and their letters by
    /// the personal code the submitter gave (issue 14, item 4).
    public func contacts(of client: Client) async throws -> [ClientContact] {
        var all: [ClientContact] = []
        for b in try await BookingModel.query(on: db).filter(\.$clientID == client.id).all() {
            all.append(ClientContact(at: b.createdAt, kind: .booking, officeSlug: b.officeSlug, title: b.serviceSlug, code: b.code,
                                     status: b.status))
        }
        for v in try await QueueEntryModel.query(on: db).filter(\.$clientID == client.id).all() {
            all.append(ClientContact(at: Date(timeIntervalSince1970: TimeInterval(v.checkedInEpoch)), kind: .visit,
                                     officeSlug: v.officeSlug, title: v.serviceSlug, code: v.number, status: v.status))
        }
        for w in try await WaitlistEntryModel.query(on: db).filter(\.$clientID == client.id).all() {
            all.append(ClientContact(at: w.createdAt, kind: .waitlist, officeSlug: w.officeSlug, title: w.serviceSlug,
                                     code: "\(w.fromDate)–\(w.throughDate)", status: w.status))
        }
        // What the outbox sent them (issue 15): case letters are listed from their case below.
        for m in try await OutboxModel.query(on: db).filter(\.$clientID == client.id).filter(\.$kind != OutboxMessage.Kind.letter.rawValue).all() {
            let message = m.toDomain()
            all.append(ClientContact(at: message.createdAt ?? message.sendAfter, kind: message.kind == .correction ? .correction : .message,
                                     officeSlug: message.officeSlug ?? "", title: message.subject, code: message.channel.rawValue,
                                     status: message.status.rawValue, caseID: message.caseID))
        }
        if case .personalCode(let code) = client.identity {
            let cases = try await CaseModel.query(on: db).filter(\.$personalCode == code.formatted).all().compactMap { $0.toDomain() }
            for c in cases {
                all.append(ClientContact(at: c.receivedAt, kind: .submission, officeSlug: c.officeSlug, title: c.subject,
                                         code: c.reference, status: c.status.rawValue, caseID: c.id))
            }
            let ids = cases.map(\.id)
            if !ids.isEmpty {
                let byID = Dictionary(uniqueKeysWithValues: cases.map { ($0.id, $0) })
                for l in try await CaseLetterModel.query(on: db).filter(\.$caseID ~~ ids).all() {
                    guard let c = byID[l.caseID] else { continue }
                    all.append(ClientContact(at: l.createdAt, kind: .letter, officeSlug: c.officeSlug, title: l.subject,
                                             code: c.reference, status: l.purpose, caseID: c.id))
                }
            }
        }
        return ClientContact.chronological(all)
    }

    static func log(on db: any Database, client: UUID, record: (String, UUID), reader: Reader, now: Date) async throws {
        let entry = AccessLogModel()
        entry.at = now
        entry.staffUserID = reader.staffUserID
        entry.staffRoles = reader.roles.map(\.rawValue).sorted().joined(separator: ",")
        entry.staffOffices = reader.offices.sorted().joined(separator: ",")
        entry.clientID = client
        entry.recordType = record.0
        entry.recordID = record.1
        entry.channel = reader.channel
        entry.purpose = reader.purpose
        try await entry.create(on: db)
    }

    /// The access log, newest first, by client and/or employee (auditors).
    public func accessLog(clientID: UUID?, staffUserID: UUID?, limit: Int) async throws -> [AccessLogEntry] {
        var q = AccessLogModel.query(on: db)
        if let clientID { q = q.filter(\.$clientID == clientID) }
        if let staffUserID { q = q.filter(\.$staffUserID == staffUserID) }
        return try await q.sort(\.$at, .descending).limit(limit).all().map { $0.toDomain() }
    }
}
