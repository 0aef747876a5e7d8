import Domain
import Foundation
import Synchronization
import Testing
import TestSupport
@testable import UseCases

@Suite("Visit use cases on fakes")
struct VisitUseCaseTests {
    static let mondayTen = RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(10, 0))
    let reference = FakeReference()
    let queue = FakeQueue()
    let displays = FakeDisplays()

    func today(_ now: Date = mondayTen) -> OfficeToday { OfficeToday(reference: reference, queue: queue, now: now) }
    var ogre: Office { PMLPSeed.offices.first { $0.slug == "ogre" }! }

    @Test func callingTheNextClientTellsTheDisplaysOnce() async throws {
        queue.add("passport", number: "A1", at: Self.mondayTen.addingTimeInterval(-600))
        queue.add("passport", number: "A2", at: Self.mondayTen.addingTimeInterval(-300))
        let call = CallNextClient(today(), displays: displays)
        let first = try await call(at: ogre, counter: "3", services: ["passport"], staffUserID: nil)
        #expect(first?.number == "A1" && first?.counter == "3")
        let act = ActOnQueueEntry(today(), displays: displays)
        _ = try await act(.recall, entryID: try #require(first?.id), at: ogre, counter: "3", transferTo: nil, idChecked: nil,
                          staffUserID: nil)
        #expect(displays.told.withLock { $0.map(\.0) } == ["A1", "A1"])
        #expect(displays.told.withLock { $0.map(\.1) } == [nil, .recall])
        // Nobody waiting for eID: no call, nothing announced.
        #expect(try await call(at: ogre, counter: "3", services: ["eid-card"], staffUserID: nil) == nil)
        #expect(displays.told.withLock { $0.count } == 2)
    }

    @Test func refusalsAreVisitProblems() async throws {
        let act = ActOnQueueEntry(today(), displays: displays)
        await #expect(throws: VisitProblem.notFound) {
            _ = try await act(.start, entryID: UUID(), at: ogre, counter: "1", transferTo: nil, idChecked: true, staffUserID: nil)
        }
        queue.add("passport", number: "A1", at: Self.mondayTen)
        let waiting = try #require(queue.entries.withLock { $0.first })
        await #expect(throws: VisitProblem.illegalTransition) {     // finishing someone never called
            _ = try await act(.finish, entryID: waiting.id, at: ogre, counter: "1", transferTo: nil, idChecked: nil, staffUserID: nil)
        }
        await #expect(throws: VisitProblem.notServedHere) {
            _ = try await act(.transfer, entryID: waiting.id, at: ogre, counter: nil, transferTo: "atlantis", idChecked: nil,
                              staffUserID: nil)
        }
        // A Sunday: no tickets.
        let sunday = RigaTime.instant(LocalDate(2026, 12, 20), TimeOfDay(10, 0))
        await #expect(throws: VisitProblem.outsideHours) {
            _ = try await IssueWalkInTicket(today(sunday))(at: ogre, serviceSlug: "passport")
        }
        #expect(displays.told.withLock { $0.isEmpty })
    }
}
