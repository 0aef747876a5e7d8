import Domain
import Foundation
import Synchronization
import Testing
import TestSupport
@testable import UseCases


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
