import Domain
import Fluent
import Foundation

/// The live `Stores`: every port on one Fluent database handle — a request's (so its logger and
/// event loop are the request's) or a job's. The executable's wiring hands Web a way to make one.
public struct FluentStores: Stores {
    let db: any Database
    let displayChannel: String?
    /// The public address for links in messages the stores write themselves (a waitlist offer).
    let links: PublicLinks
    /// The process's reference snapshot (issue 17); without one, every read goes to the tables.
    let referenceCache: ReferenceCache?

    public init(db: any Database, displayChannel: String? = nil, links: PublicLinks = .development,
                referenceCache: ReferenceCache? = nil) {
        self.db = db
        self.displayChannel = displayChannel
        self.links = links
        self.referenceCache = referenceCache
    }

    public var reference: any ReferenceAdministration {
        referenceCache.map { CachedReferenceStore(db: db, cache: $0) } ?? FluentReferenceStore(db: db)
    }
    public var bookings: any BookingStore { FluentBookingStore(db: db, links: links) }
    public var passes: any PriorityPassStore { FluentPriorityPassStore(db: db) }
    public var queue: any QueueStore { FluentQueueStore(db: db, displayChannel: displayChannel) }
    public var waitlist: any WaitlistStore { FluentWaitlistStore(db: db, links: links) }
    public var clients: any ClientRegister { FluentClientStore(db: db) }
    public var staff: any StaffStore { FluentStaffStore(db: db) }
    public var auditTrail: any AuditLog { FluentAuditLog(db: db) }
    public var outbox: any OutboxReader { FluentOutboxReader(db: db) }
    public var personalData: any PersonalDataExporter { PersonalDataExport(db: db) }
    public var secrets: any SecretStore { FluentSecretStore(db: db) }
    public var monitoring: any Monitoring { FluentMonitoring(db: db) }
}

extension FluentReferenceStore: ReferenceAdministration {}

struct FluentAuditLog: AuditLog {
    let db: any Database
    func entries(entity: String?, entityID: String?, limit: Int) async throws -> [AuditEntry] {
        try await AuditTrail.entries(on: db, entity: entity, entityID: entityID, limit: limit)
    }
}

struct FluentOutboxReader: OutboxReader {
    let db: any Database
    func messages(offices: Set<String>?, status: OutboxMessage.Status?, limit: Int) async throws -> [OutboxMessage] {
        try await Outbox.messages(on: db, offices: offices, status: status, limit: limit)
    }
    func open(id: UUID, offices: Set<String>?, by reader: ClientReader, now: Date) async throws -> OutboxMessage? {
        try await Outbox.open(id: id, offices: offices, by: reader, now: now, on: db)
    }
    func messages(bookingID: UUID) async throws -> [OutboxMessage] {
        try await Outbox.messages(bookingID: bookingID, on: db)
    }
}

struct FluentSecretStore: SecretStore {
    let db: any Database
    func secret(_ key: String) async throws -> [UInt8] { try await AppSecrets.secret(key, on: db) }
}

struct FluentMonitoring: Monitoring {
    let db: any Database
    func ping() async throws { try await DatabaseSetup.ping(db) }
    func figures(now: Date) async throws -> OperationalFigures { try await OperationalFigures.read(on: db, now: now) }
}

extension FluentStores {
    public var cases: any CaseStore { FluentCaseStore(db: db) }
    public var deliveries: any OutboxQueue { FluentOutboxQueue(db: db) }
}
