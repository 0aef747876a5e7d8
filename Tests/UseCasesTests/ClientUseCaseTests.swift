import Domain
import Foundation
import Synchronization
import Testing
@testable import UseCases

/// A register in memory that remembers every logged read, as the access log would.
final class FakeRegister: ClientRegister {
    let clients = Mutex<[Client]>([])
    let reads = Mutex<[(UUID, ClientReader)]>([])
    func create(_ client: Client, actor: String) async throws { clients.withLock { $0.append(client) } }
    func read(id: UUID, by reader: ClientReader, now: Date) async throws -> Client? {
        guard let c = clients.withLock({ $0.first { $0.id == id } }) else { return nil }
        reads.withLock { $0.append((c.id, reader)) }
        return c
    }
    func read(personalCode: PersonalCode, by reader: ClientReader, now: Date) async throws -> Client? {
        guard let c = clients.withLock({ $0.first { $0.identity == .personalCode(personalCode) } }) else { return nil }
        reads.withLock { $0.append((c.id, reader)) }
        return c
    }
    func accessLog(clientID: UUID?, staffUserID: UUID?, limit: Int) async throws -> [AccessLogEntry] { [] }
}

@Suite("Client register use cases on fakes")
struct ClientUseCaseTests {
    @Test func aLookUpNeedsAValidCodeAndAPurposeAndLogsTheReadWithIt() async throws {
        let register = FakeRegister()
        let janis = Client(name: "Jānis", surname: "Ozols", identity: .personalCode(try PersonalCode(validating: "161175-19997")),
                           createdAt: Date())
        try await register.create(janis, actor: "test")
        let look = LookUpPerson(register: register, now: Date())
        let staff = UUID()
        await #expect(throws: LookUpProblem(fields: [("personalCode", .personalCode(.badChecksum)), ("purpose", .purposeNeeded)])) {
            _ = try await look(personalCode: "161175-19998", purpose: " ", staffUserID: staff, roles: [.clerk], offices: ["ogre"],
                               channel: "test")
        }
        #expect(register.reads.withLock { $0.isEmpty })
        let found = try await look(personalCode: "161175-19997", purpose: "a caller asks about their booking",
                                   staffUserID: staff, roles: [.clerk], offices: ["ogre"], channel: "test")
        #expect(found?.id == janis.id)
        let logged = try #require(register.reads.withLock { $0.first })
        #expect(logged.0 == janis.id && logged.1.purpose == "a caller asks about their booking" && logged.1.staffUserID == staff)
    }
}
