import Foundation

/// Who reads a client's data, and why (S-PRIVACY): every read by staff is written to the access
/// log with this, in the same transaction as the read.
public struct ClientReader: Sendable {
    public let staffUserID: UUID
    public let roles: Set<Role>
    public let offices: Set<String>
    /// Where the read happened (`page /staff/clients/{id}`, `GET /api/v1/clients/{clientId}`).
    public let channel: String
    public let purpose: String

    public init(staffUserID: UUID, roles: Set<Role>, offices: Set<String> = [], channel: String, purpose: String) {
        self.staffUserID = staffUserID
        self.roles = roles
        self.offices = offices
        self.channel = channel
        self.purpose = purpose
    }
}

/// The client register, as its use cases need it (issue 12): there is no way to read a client
/// without leaving a trace in the access log.
public protocol ClientRegister: Sendable {
    func create(_ client: Client, actor: String) async throws
    /// The client, the read logged; nil when unknown or anonymised.
    func read(id: UUID, by reader: ClientReader, now: Date) async throws -> Client?
    /// A person by personal code, the read logged; nil when unknown or anonymised.
    func read(personalCode: PersonalCode, by reader: ClientReader, now: Date) async throws -> Client?
    /// The access log, newest first, by client and/or employee (auditors).
    func accessLog(clientID: UUID?, staffUserID: UUID?, limit: Int) async throws -> [AccessLogEntry]
    /// Every contact with the person, oldest first: read only after `read(id:by:now:)` logged the
    /// read of the record it belongs to.
    func contacts(of client: Client) async throws -> [ClientContact]
}

extension ClientRegister {
    /// The newest 200 reads, as the access-log pages and the API show them.
    public func accessLog(clientID: UUID? = nil, staffUserID: UUID? = nil) async throws -> [AccessLogEntry] {
        try await accessLog(clientID: clientID, staffUserID: staffUserID, limit: 200)
    }
}
