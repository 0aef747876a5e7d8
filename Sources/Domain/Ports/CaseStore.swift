import Foundation

/// What the case store refuses.
public enum CaseFailure: Error, Equatable, Sendable {
    /// The same e-mail (Message-ID) was registered before: its case.
    case duplicateMessage(existing: SubmissionCase)
    /// Someone else changed the case meanwhile; read it again.
    case changedMeanwhile
}

/// Which cases a list shows.
public struct CaseFilter: Sendable, Equatable {
    public enum Due: String, Sendable, CaseIterable {
        /// The last day passed and the case is still open.
        case overdue
        /// Due within the next three working days.
        case soon
    }

    public var status: CaseStatus?
    /// nil: every office the reader may see (`offices`).
    public var office: String?
    /// The offices the reader may see; nil for agency-wide roles.
    public var offices: Set<String>?
    /// Open cases due on or before this day (the caller turns `Due` into a day).
    public var dueOnOrBefore: LocalDate?
    public var dueOnOrAfter: LocalDate?
    public var assignedTo: UUID?
    public var limit: Int

    public init(status: CaseStatus? = nil, office: String? = nil, offices: Set<String>? = nil, dueOnOrBefore: LocalDate? = nil,
                dueOnOrAfter: LocalDate? = nil, assignedTo: UUID? = nil, limit: Int = 200) {
        self.status = status
        self.office = office
        self.offices = offices
        self.dueOnOrBefore = dueOnOrBefore
        self.dueOnOrAfter = dueOnOrAfter
        self.assignedTo = assignedTo
        self.limit = limit
    }
}

/// A file received with a submission, kept outside the database rows (FileStore) and checksummed.
public struct CaseAttachment: Hashable, Sendable, Identifiable {
    public let id: UUID
    public let fileName: String
    public let mediaType: String
    public let size: Int
    /// SHA-256 of the content, hex.
    public let sha256: String

    public init(id: UUID, fileName: String, mediaType: String, size: Int, sha256: String) {
        self.id = id
        self.fileName = fileName
        self.mediaType = mediaType
        self.size = size
        self.sha256 = sha256
    }
}

/// A case with everything that belongs to it, as the case page and the API show it.
public struct CaseFile: Sendable {
    public let `case`: SubmissionCase
    public let events: [CaseEvent]
    public let letters: [CaseLetter]
    public let attachments: [CaseAttachment]
    /// The outbox rows of its letters, by the letter's id (issue 15): how each was delivered.
    public let deliveries: [UUID: OutboxMessage]

    public init(case c: SubmissionCase, events: [CaseEvent], letters: [CaseLetter], attachments: [CaseAttachment],
                deliveries: [UUID: OutboxMessage] = [:]) {
        self.case = c
        self.events = events
        self.letters = letters
        self.attachments = attachments
        self.deliveries = deliveries
    }
}

/// Submissions and their cases, as the use cases need them (issue 14). Every read of a case by
/// staff is written to the access log in the same transaction (S-PRIVACY).
public protocol CaseStore: Sendable {
    /// Saves a new case with its first timeline entry, attachments' records and letters; throws
    /// `CaseFailure.duplicateMessage` when its Message-ID is already a case.
    func register(_ c: SubmissionCase, event: CaseEvent, attachments: [CaseAttachment], letters: [CaseLetter]) async throws
    /// The case and all that belongs to it, the read logged; nil when unknown.
    func open(id: UUID, by reader: ClientReader, now: Date) async throws -> CaseFile?
    /// The case only, for a change (not logged: nothing is shown).
    func find(id: UUID) async throws -> SubmissionCase?
    func find(messageID: String) async throws -> SubmissionCase?
    func list(_ filter: CaseFilter) async throws -> [SubmissionCase]
    /// Writes the changed case, its event and letters in one transaction — only if the stored
    /// version is still `c.version`, the one it was read at (then bumped); otherwise
    /// `CaseFailure.changedMeanwhile` and nothing is written.
    func save(_ c: SubmissionCase, event: CaseEvent, letters: [CaseLetter]) async throws
    /// Appends a timeline entry without changing the case (a note).
    func append(_ event: CaseEvent, to caseID: UUID) async throws
    /// One attachment's record, for download.
    func attachment(id: UUID, caseID: UUID) async throws -> CaseAttachment?
}

/// Where attachments' bytes live: outside the database rows, under their checksum.
public protocol FileStore: Sendable {
    /// Stores the bytes; returns the key to read them with.
    func put(_ data: [UInt8], key: String) async throws
    func get(key: String) async throws -> [UInt8]?
    func delete(key: String) async throws
}
