import Domain
import Foundation
import Synchronization

/// A register in memory that remembers every logged read, as the access log would.
public final class FakeRegister: ClientRegister {
    public init() {}
    public let clients = Mutex<[Client]>([])
    public let reads = Mutex<[(UUID, ClientReader)]>([])
    public func create(_ client: Client, actor: String) async throws { clients.withLock { $0.append(client) } }
    public func read(id: UUID, by reader: ClientReader, now: Date) async throws -> Client? {
        guard let c = clients.withLock({ $0.first { $0.id == id } }) else { return nil }
        reads.withLock { $0.append((c.id, reader)) }
        return c
    }
    public func read(personalCode: PersonalCode, by reader: ClientReader, now: Date) async throws -> Client? {
        guard let c = clients.withLock({ $0.first { $0.identity == .personalCode(personalCode) } }) else { return nil }
        reads.withLock { $0.append((c.id, reader)) }
        return c
    }
    public func accessLog(clientID: UUID?, staffUserID: UUID?, limit: Int) async throws -> [AccessLogEntry] { [] }
    /// Contacts a test sets, by client.
    public let contactsByClient = Mutex<[UUID: [ClientContact]]>([:])
    public func contacts(of client: Client) async throws -> [ClientContact] {
        ClientContact.chronological(contactsByClient.withLock { $0[client.id] ?? [] })
    }
}
