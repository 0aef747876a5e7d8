import Domain
import Fluent
import Foundation
import SQLKit

/// Cases on Fluent (issue 14). A change is written only if nobody changed the case since it was
/// read (a version compare-and-set in one UPDATE); the same Message-ID twice is refused by a
/// unique index, so two mail deliveries racing still make one case.
struct FluentCaseStore: CaseStore {
    let db: any Database

    func register(_ c: SubmissionCase, event: CaseEvent, attachments: [CaseAttachment], letters: [CaseLetter]) async throws {
        do {
            try await db.writeTransaction { tx in
                let row = CaseModel()
                row.id = c.id
                row.apply(c)
                row.version = c.version
                row.createdAt = event.at
                try await row.create(on: tx)
                try await CaseEventModel(event, caseID: c.id).create(on: tx)
                for a in attachments { try await CaseAttachmentModel(a, caseID: c.id).create(on: tx) }
                for l in letters { try await CaseLetterModel(l, caseID: c.id).create(on: tx) }
                try await Self.send(letters, of: c, on: tx, now: event.at)
            }
        } catch {
            // A unique index refused it: the same Message-ID was saved meanwhile (a reference
            // clash, one in 10^9 a year, is an error the caller sees).
            if let dbError = error as? any DatabaseError, dbError.isConstraintFailure, let id = c.messageID,
               let existing = try await find(messageID: id) {
                throw CaseFailure.duplicateMessage(existing: existing)
            }
            throw error
        }
    }

    func open(id: UUID, by reader: ClientReader, now: Date) async throws -> CaseFile? {
        try await db.writeTransaction { tx in
            guard let row = try await CaseModel.find(id, on: tx), let c = row.toDomain() else { return nil }
            // The submitter is the data subject: their register entry when they have one, else the case itself.
            var subject = c.id
            if let code = c.submitter?.personalCode,
               let client = try await ClientModel.query(on: tx).filter(\.$personalCode == code).first(), let cid = client.id {
                subject = cid
            }
            try await FluentClientStore.log(on: tx, client: subject, record: ("case", c.id), reader: reader, now: now)
            let events = try await CaseEventModel.query(on: tx).filter(\.$caseID == id).sort(\.$at).all().compactMap { $0.toDomain() }
            let letters = try await CaseLetterModel.query(on: tx).filter(\.$caseID == id).sort(\.$createdAt).all()
                .compactMap { $0.toDomain() }
            let attachments = try await CaseAttachmentModel.query(on: tx).filter(\.$caseID == id).sort(\.$fileName).all()
                .compactMap { $0.toDomain() }
            let deliveries = try await OutboxModel.query(on: tx).filter(\.$caseID == id).all().map { $0.toDomain() }
            return CaseFile(case: c, events: events, letters: letters, attachments: attachments,
                            deliveries: Dictionary(deliveries.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }))
        }
    }

    func find(id: UUID) async throws -> SubmissionCase? {
        try await CaseModel.find(id, on: db)?.toDomain()
    }

    func find(messageID: String) async throws -> SubmissionCase? {
        try await CaseModel.query(on: db).filter(\.$messageID == messageID).first()?.toDomain()
    }

    func list(_ f: CaseFilter) async throws -> [SubmissionCase] {
        if let offices = f.offices, offices.isEmpty { return [] }
        let q = CaseModel.query(on: db)
        if let s = f.status { q.filter(\.$status == s.rawValue) }
        if let o = f.office { q.filter(\.$officeSlug == o) }
        if let offices = f.offices { q.filter(\.$officeSlug ~~ Array(offices)) }
        // ISO dates compare as text.
        if let d = f.dueOnOrBefore { q.filter(\.$dueDate <= d.description) }
        if let d = f.dueOnOrAfter { q.filter(\.$dueDate >= d.description) }
        if let a = f.assignedTo { q.filter(\.$assignedTo == a) }
        return try await q.sort(\.$dueDate).sort(\.$receivedAt).limit(max(1, min(f.limit, 1_000))).all().compactMap { $0.toDomain() }
    }

    func save(_ c: SubmissionCase, event: CaseEvent, letters: [CaseLetter]) async throws {
        try await db.writeTransaction { tx in
            // The compare-and-set decides: of two writers that read the same version, the second
            // finds no row here (on PostgreSQL it waits for the first and then re-checks).
            guard let sql = tx as? any SQLDatabase else { throw CaseFailure.changedMeanwhile }
            let won = try await sql.update(CaseModel.schema).set("version", to: c.version + 1)
                .where("id", .equal, c.id).where("version", .equal, c.version).returning("id").all()
            guard !won.isEmpty, let row = try await CaseModel.find(c.id, on: tx) else { throw CaseFailure.changedMeanwhile }
            row.apply(c)
            row.version = c.version + 1
            try await row.save(on: tx)
            try await CaseEventModel(event, caseID: c.id).create(on: tx)
            for l in letters { try await CaseLetterModel(l, caseID: c.id).create(on: tx) }
            try await Self.send(letters, of: c, on: tx, now: event.at)
        }
    }

    /// Issue 15, item 8: a case's letters to an e-mail or e-address leave through the one outbox,
    /// queued in the same transaction as the step that wrote them.
    static func send(_ letters: [CaseLetter], of c: SubmissionCase, on tx: any Database, now: Date) async throws {
        guard letters.contains(where: { $0.channel != nil }) else { return }
        let client = try await subject(of: c, on: tx)
        try await Outbox.enqueue(letters.compactMap { $0.outboxMessage(caseID: c.id, officeSlug: c.officeSlug, clientID: client) },
                                 on: tx, now: now)
    }

    /// The submitter's entry in the client register, when their personal code has one.
    static func subject(of c: SubmissionCase, on db: any Database) async throws -> UUID? {
        guard let code = c.submitter?.personalCode else { return nil }
        return try await ClientModel.query(on: db).filter(\.$personalCode == code).first()?.id
    }

    func append(_ event: CaseEvent, to caseID: UUID) async throws {
        try await CaseEventModel(event, caseID: caseID).create(on: db)
    }

    func attachment(id: UUID, caseID: UUID) async throws -> CaseAttachment? {
        try await CaseAttachmentModel.query(on: db).filter(\.$id == id).filter(\.$caseID == caseID).first()?.toDomain()
    }
}

/// Attachments' bytes as files in one directory, named by their id; written to a temporary name
/// and renamed, so a half-written file is never read.
public struct DirectoryFileStore: FileStore {
    let directory: URL

    public init(directory: URL) { self.directory = directory }

    func url(_ key: String) throws -> URL {
        // Keys are the store's own (UUIDs); anything else would be a path from outside.
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return directory.appendingPathComponent(key)
    }

    public func put(_ data: [UInt8], key: String) async throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let target = try url(key)
        let temporary = directory.appendingPathComponent(".\(key).\(UUID.random().uuidString).part")
        try Data(data).write(to: temporary)
        _ = try? FileManager.default.removeItem(at: target)
        try FileManager.default.moveItem(at: temporary, to: target)
    }

    public func get(key: String) async throws -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: try url(key).path) else { return nil }
        return [UInt8](data)
    }

    public func delete(key: String) async throws {
        try? FileManager.default.removeItem(at: try url(key))
    }
}
