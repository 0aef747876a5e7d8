import Domain
import Fluent
import Foundation
import Testing
import TestSupport
@testable import Storage

/// Issue 17, item 1: reference data is read from the tables once per version and served from
/// memory; a change written anywhere — this instance, another one, a command — raises the version
/// in its own transaction, and the next read everywhere sees it.
@Suite("Reference data from memory, reloaded on every change")
struct ReferenceSnapshotTests {
    @Test(arguments: TestDatabase.all)
    func readsComeFromTheSnapshotUntilAnyWriterChangesSomething(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let here = ReferenceCache(), there = ReferenceCache()          // two instances of the app
            let mine = CachedReferenceStore(db: instance.db, cache: here)
            let theirs = CachedReferenceStore(db: instance.db, cache: there)
            let live = FluentReferenceStore(db: instance.db)
            #expect(try await mine.offices() == live.offices())
            #expect(try await mine.service(slug: "passport") == live.service(slug: "passport"))
            #expect(try await mine.visitSettings(officeSlug: "ogre") == live.visitSettings(officeSlug: "ogre"))
            _ = try await mine.calendarAdjustments()
            _ = try await theirs.releaseRules()
            #expect(here.loads == 1 && there.loads == 1)                    // one load each, however many reads

            // The other instance closes Ogre on a day: this one sees it on its next read.
            let day = LocalDate(2026, 12, 22)
            try await theirs.setException(officeSlug: "ogre", OfficeException(date: day, kind: .closed), actor: "admin", now: Date())
            #expect(try await mine.exceptions(officeSlug: "ogre", from: day, through: day).map(\.kind) == [.closed])
            #expect(try await mine.recordedExceptions(from: day).map(\.officeSlug) == ["ogre"])
            #expect(here.loads == 2)

            // A writer that knows nothing of snapshots (a command, a test) raises the version too.
            var ogre = try #require(try await live.office(slug: "ogre"))
            ogre.phone = "65000000"
            try await live.updateOffice(ogre, actor: "cli", now: Date())
            #expect(try await mine.office(slug: "ogre")?.phone == "65000000")
            #expect(try await theirs.office(slug: "ogre")?.phone == "65000000")
            try await live.setReleaseRule(ReleaseRule(officeSlug: "ogre", serviceSlug: nil,
                                                      schedule: ReleaseSchedule(releaseTime: TimeOfDay(10, 0), daysAhead: 7,
                                                                                minimumLeadMinutes: 60)),
                                          actor: "admin", now: Date())
            #expect(try await mine.releaseRules().map(\.officeSlug) == ["ogre"])
            #expect(try await mine.remove(.releaseRule(officeSlug: "ogre", serviceSlug: nil), actor: "admin", now: Date()))
            #expect(try await theirs.releaseRules().isEmpty)
        }
    }
}
