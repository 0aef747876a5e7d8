import Domain
import Fluent
import Foundation
import SQLKit
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

    @Test(arguments: TestDatabase.all)
    func aRequestAsksTheDatabaseNothingWhileNothingChanged(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let cache = ReferenceCache(recheck: .seconds(3600))
            let store = CachedReferenceStore(db: instance.db, cache: cache)
            for _ in 0..<200 {
                _ = try await store.office(slug: "riga-1")
                _ = try await store.releaseRules()
                _ = try await store.slotGrid(officeSlug: "riga-1", serviceSlug: "passport", on: LocalDate(2026, 12, 22))
            }
            // 600 reads, one load, and the version read once — give or take a look for each reference
            // write that other tests in this process make meanwhile (any write here may be theirs).
            #expect(cache.loads == 1)
            #expect(cache.versionChecks < 60, "\(cache.versionChecks) version reads for 600 reads")

            // The day's grid is the same the Domain computes from the same data (item 2).
            let live = FluentReferenceStore(db: instance.db)
            let office = try #require(try await live.office(slug: "riga-1")), passport = try #require(try await live.service(slug: "passport"))
            let day = LocalDate(2026, 12, 22)
            let computed = Availability.grid(hours: OpeningHours(calendar: WorkingCalendar(adjustments: try await live.calendarAdjustments())),
                                             office: office, service: passport, exceptions: [], on: day)
            #expect(!computed.isEmpty)
            #expect(try await store.slotGrid(officeSlug: "riga-1", serviceSlug: "passport", on: day) == computed)

            // A write in this process is seen by the next read; the grid of a closed day is empty.
            try await live.setException(officeSlug: "riga-1", OfficeException(date: day, kind: .closed), actor: "admin", now: Date())
            #expect(try await store.slotGrid(officeSlug: "riga-1", serviceSlug: "passport", on: day).isEmpty)
            #expect(cache.loads == 2)
        }
    }

    /// Another instance's change arrives as a NOTIFY: this instance, which would otherwise trust its
    /// snapshot for an hour, sees it at once (the other instance is played by plain SQL in its own
    /// transaction, so nothing in this process hears of it but the listener).
    @Test func anotherInstancesChangeArrivesByNotify() async throws {
        guard TestDatabase.postgresURL != nil else { return }
        try await withSeededDatabase(.postgres) { instance in
            guard case .postgres(let url, let schema) = instance.location else { return }
            let cache = ReferenceCache(recheck: .seconds(3600))
            let store = CachedReferenceStore(db: instance.db, cache: cache)
            let listening = AsyncStream<Void>.makeStream()
            let listener = try PostgresChannelListener(
                url: url, channel: ReferenceChannel.name(schema: schema), logger: instance.logger,
                onPayload: { _ in cache.changedElsewhere() }, onResync: { cache.changedElsewhere() },
                onListening: { cache.listener(connected: true); listening.continuation.yield() },
                onLost: { cache.listener(connected: false) })
            let task = Task { await listener.run(on: instance.eventLoop) }
            defer { task.cancel() }
            var waiting = listening.stream.makeAsyncIterator()
            _ = await waiting.next()
            #expect(try await store.office(slug: "ogre")?.phone != "65000001")
            let checks = cache.versionChecks

            try await instance.db.transaction { tx in
                try await tx.sql().raw("UPDATE offices SET phone = '65000001' WHERE slug = 'ogre'").run()
                try await ReferenceVersion.bump(tx)                    // the other instance's NOTIFY, sent on commit
            }
            var seen = false
            for _ in 0..<100 where !seen {
                seen = try await store.office(slug: "ogre")?.phone == "65000001"
                if !seen { try await Task.sleep(for: .milliseconds(20)) }
            }
            #expect(seen, "the change did not arrive within 2 s")
            #expect(cache.versionChecks > checks)
        }
    }
}
