import Domain
import Fluent
import Foundation
import SQLKit
import Testing
import TestSupport
@testable import Storage

private func d(_ s: String) -> LocalDate { LocalDate(iso: s)! }

@Suite("Reference data on SQLite and PostgreSQL")
struct ReferenceStoreTests {
    @Test(arguments: TestDatabase.all)
    func seedWritesTheCatalogueAndOffices(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let store = FluentReferenceStore(db: instance.db)
            let services = try await store.services()
            #expect(services.map(\.slug) == PMLPSeed.services.map(\.slug))
            let passport = try #require(try await store.service(slug: "passport"))
            #expect(passport == PMLPSeed.services[0])
            let offices = try await store.offices()
            #expect(offices.count == PMLPSeed.offices.count)
            let riga = try #require(try await store.office(slug: "riga-1"))
            #expect(riga.weeklyHours == .typicalTerritorial)
            #expect(riga.desks["passport"] == 4)
            #expect(riga.unverified == [.hours, .desks])
            let hq = try #require(try await store.office(slug: "headquarters"))
            #expect(hq.phone == "67209400")
            #expect(hq.weeklyHours.isEmpty)
            #expect(try await store.treasuryAccounts().count == PMLPSeed.treasuryAccounts.count)
            #expect(try await store.service(slug: "no-such-service") == nil)
        }
    }

    @Test(arguments: TestDatabase.all)
    func secondStartAddsNothingAndKeepsEdits(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let store = FluentReferenceStore(db: instance.db)
            var ogre = try #require(try await store.office(slug: "ogre"))
            ogre.phone = "65000000"
            ogre.weeklyHours = WeeklyHours([.tuesday: TimeRange.parseList("08:30-12:00,13:00-18:30")!])
            try await store.updateOffice(ogre, actor: "test")

            try await instance.prepare()                       // as a second `serve` would
            let wroteAgain = try await ReferenceSeeder().run(on: instance.db)
            #expect(!wroteAgain)

            #expect(try await store.offices().count == PMLPSeed.offices.count)
            #expect(try await store.services().count == PMLPSeed.services.count)
            let edited = try #require(try await store.office(slug: "ogre"))
            #expect(edited.phone == "65000000")
            #expect(edited.weeklyHours.ranges(on: .tuesday).count == 2)
            #expect(edited.weeklyHours.ranges(on: .monday).isEmpty)
            #expect(try await store.calendarAdjustments().transfers.count == CalendarAdjustments.enacted.transfers.count)
            let officeTrail = try await AuditTrail.entries(on: instance.db, entity: "office", entityID: "ogre")
            #expect(officeTrail.count == 1)
            #expect(officeTrail[0].before?.contains("phone=-") == true)
            #expect(officeTrail[0].after?.contains("phone=65000000") == true)
            #expect(officeTrail[0].actor == "test")
        }
    }

    /// Issue 13: everything an administrator corrects on an office comes back as saved, and
    /// vouching for a value is its own audit entry.
    @Test(arguments: TestDatabase.all)
    func anOfficeCorrectionIsSavedWholeAndAudited(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let store = FluentReferenceStore(db: instance.db)
            var ogre = try #require(try await store.office(slug: "ogre"))
            ogre.accessibilityFeatures = [.lift, .parking]
            ogre.active = false
            ogre.weeklyHours = WeeklyHours(ogre.weeklyHours.days, preHolidayClosing: TimeOfDay(14, 30))
            ogre.desks["passport"] = 3
            ogre.desks["register-extract"] = 0
            ogre.unverified.remove(.address)
            try await store.updateOffice(ogre, actor: "admin-1")
            let saved = try #require(try await store.office(slug: "ogre"))
            #expect(saved.accessibilityFeatures == [.lift, .parking])
            #expect(!saved.active)
            #expect(saved.weeklyHours.preHolidayClosing == TimeOfDay(14, 30))
            #expect(saved.desks["passport"] == 3 && saved.desks["register-extract"] == nil)
            #expect(saved.unverified == [.hours, .desks])
            var expected = ogre
            expected.desks["register-extract"] = nil
            #expect(saved == expected)
            let trail = try await AuditTrail.entries(on: instance.db, entity: "office", entityID: "ogre")
            #expect(trail.map(\.action).sorted() == ["update", "verify"])
            #expect(trail.first { $0.action == "verify" }?.after == "verified=address")
            #expect(trail.first { $0.action == "update" }?.after?.contains("active=false") == true)
            // Other offices are untouched.
            #expect(try await store.office(slug: "bauska")?.active == true)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aServiceKeepsEveryFeePeriodAndTheAgencyContactsAreOneAuditedRow(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let store = FluentReferenceStore(db: instance.db)
            var passport = try #require(try await store.service(slug: "passport"))
            let current = try #require(passport.standardFee(on: LocalDate(2026, 12, 2)))
            passport.fees = passport.settingFee(Fee(category: .standard, term: current.term, amount: Money(cents: 4950),
                                                    account: current.account, validFrom: LocalDate(2027, 3, 1)))
            passport.deskMinutes = 12
            passport.channels = [.inPerson]
            try await store.updateService(passport, actor: "admin-1")
            let saved = try #require(try await store.service(slug: "passport"))
            #expect(saved == passport)
            #expect(saved.standardFee(on: LocalDate(2027, 2, 28))?.amount == current.amount)
            #expect(saved.standardFee(on: LocalDate(2027, 3, 1))?.amount == Money(cents: 4950))
            let trail = try await AuditTrail.entries(on: instance.db, entity: "service", entityID: "passport")
            #expect(trail.count == 1 && trail[0].after?.contains("49.50@2027-03-01") == true)

            #expect(try await store.agencyContacts() == .seed)
            var contacts = AgencyContacts.seed
            contacts.phone = "67209401"
            contacts.twitterURL = nil
            try await store.setAgencyContacts(contacts, actor: "admin-1")
            #expect(try await store.agencyContacts() == contacts)
            #expect(try await AgencyContactsModel.query(on: instance.db).count() == 1)
            let contactTrail = try await AuditTrail.entries(on: instance.db, entity: "agency_contacts", entityID: "agency")
            #expect(contactTrail.count == 1 && contactTrail[0].before?.contains("phone=67209400") == true)
        }
    }

    /// A database seeded before 2025's transfers were known gets them from migration 0013, once;
    /// an unseeded one is left to the seed (issue 13, FACTS.md §3).
    @Test(arguments: TestDatabase.all)
    func anOlderDatabaseGainsThe2025Transfers(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let store = FluentReferenceStore(db: instance.db)
            let is2025: @Sendable (CalendarAdjustments.Transfer) -> Bool = { $0.dayOff.year == 2025 }
            #expect(try await store.calendarAdjustments().transfers.filter(is2025).count == 2)
            // As it was before the correction:
            try await CalendarAdjustmentModel.query(on: instance.db).filter(\.$date ~~ ["2025-05-02", "2025-11-17"]).delete()
            #expect(try await store.calendarAdjustments().transfers.filter(is2025).isEmpty)
            try await AddTransfers2025().prepare(on: instance.db)
            try await AddTransfers2025().prepare(on: instance.db)
            let transfers = try await store.calendarAdjustments().transfers.filter(is2025)
            #expect(Set(transfers) == [.init(dayOff: LocalDate(2025, 5, 2), workingSaturday: LocalDate(2025, 5, 10)),
                                       .init(dayOff: LocalDate(2025, 11, 17), workingSaturday: LocalDate(2025, 11, 8))])
            #expect(WorkingCalendar(adjustments: try await store.calendarAdjustments()).isShortened(LocalDate(2025, 11, 8)))
        }
        let (location, cleanup) = try await kind.freshLocation()
        let bare = try TestInstance(location)
        try await bare.prepare(seed: false)
        #expect(try await CalendarAdjustmentModel.query(on: bare.db).count() == 0)
        await bare.shutdown()
        await cleanup()
    }

    /// Issue 16, item 9: an older database's English office names gain their diacritics; an
    /// administrator's own English name is kept.
    @Test(arguments: TestDatabase.all)
    func anOlderDatabaseGainsTheOfficeNamesWithTheirLetters(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let store = FluentReferenceStore(db: instance.db)
            #expect(try await store.office(slug: "aluksne")?.name.en == "Alūksne division")
            #expect(try await store.office(slug: "riga-2")?.name.en == "Rīga division 2")
            // As it was before the correction, and one the agency renamed itself:
            let sql = try instance.db.sql()
            try await sql.update("offices").set("name_en", to: "Aluksne division").where("slug", .equal, "aluksne").run()
            try await sql.update("offices").set("name_en", to: "Cesis office (old town)").where("slug", .equal, "cesis").run()
            try await OfficeNamesWithDiacritics().prepare(on: instance.db)
            #expect(try await store.office(slug: "aluksne")?.name.en == "Alūksne division")
            #expect(try await store.office(slug: "cesis")?.name.en == "Cesis office (old town)")
        }
    }

    @Test(arguments: TestDatabase.all)
    func calendarDataRoundTrips(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let store = FluentReferenceStore(db: instance.db)
            let stored = try await store.calendarAdjustments()
            let enacted = CalendarAdjustments.enacted
            #expect(Set(stored.transfers) == Set(enacted.transfers))
            #expect(Set(stored.oneOffHolidays) == Set(enacted.oneOffHolidays))
            #expect(stored.songFestivalClosingDays == enacted.songFestivalClosingDays)

            // An administrator records a new Cabinet transfer: the calendar follows at once.
            try await store.addTransfer(.init(dayOff: d("2027-12-27"), workingSaturday: d("2027-12-11")), actor: "admin")
            let calendar = WorkingCalendar(adjustments: try await store.calendarAdjustments())
            #expect(!calendar.isWorkingDay(d("2027-12-27")))
            #expect(calendar.isWorkingDay(d("2027-12-11")))
        }
    }

    @Test(arguments: TestDatabase.all)
    func officeExceptionsShapeTheHours(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let store = FluentReferenceStore(db: instance.db)
            let repairs = OfficeException(date: d("2026-12-22"), kind: .closed,
                                          reason: LocalizedText(lv: "Remontdarbi", en: "Repairs"))
            try await store.setException(officeSlug: "jelgava", repairs, actor: "admin")
            try await store.setException(officeSlug: "jelgava",
                                         OfficeException(date: d("2026-12-23"), kind: .preHolidayHours,
                                                         ranges: TimeRange.parseList("09:00-14:00")!), actor: "admin")
            // Replacing the same date keeps one row.
            try await store.setException(officeSlug: "jelgava",
                                         OfficeException(date: d("2026-12-23"), kind: .preHolidayHours,
                                                         ranges: TimeRange.parseList("09:00-13:00")!), actor: "admin")
            let inRange = try await store.exceptions(officeSlug: "jelgava", from: d("2026-12-21"), through: d("2026-12-23"))
            #expect(inRange.map(\.date) == [d("2026-12-22"), d("2026-12-23")])
            #expect(try await store.exceptions(officeSlug: "jelgava", from: d("2026-12-23"), through: d("2026-12-31")).count == 1)
            #expect(try await store.exceptions(officeSlug: "ogre", from: d("2026-12-21"), through: d("2026-12-31")).isEmpty)

            let office = try #require(try await store.office(slug: "jelgava"))
            let days = try await OfficeCalendar(store: store).days(office, from: d("2026-12-21"), through: d("2026-12-24"))
            #expect(days.map(\.closedReason) == [nil, .officeClosed, nil, .holiday])
            #expect(days[1].note?.en == "Repairs")
            #expect(days[2].ranges == TimeRange.parseList("09:00-13:00")!)
            #expect(days[2].shortened)

            await #expect(throws: StorageError.self) {
                try await store.setException(officeSlug: "atlantis", repairs, actor: "admin")
            }
            // Every write to reference data is in the audit trail, before → after.
            let trail = try await AuditTrail.entries(on: instance.db, entity: "office_exception")
            #expect(trail.map(\.action) == ["update", "create", "create"])
            #expect(trail[0].before?.contains("ranges=09:00-14:00") == true)
            #expect(trail[0].after?.contains("ranges=09:00-13:00") == true)
        }
    }

    @Test(arguments: TestDatabase.all)
    func migratingTwiceIsHarmless(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            try await instance.prepare(seed: false)
            try await instance.prepare(seed: true)
            #expect(try await FluentReferenceStore(db: instance.db).services().count == PMLPSeed.services.count)
        }
    }

    @Test func sqliteFileIsInWALMode() async throws {
        try await withSeededDatabase(.sqlite) { instance in
            let row = try await (instance.db as! any SQLDatabase).raw("PRAGMA journal_mode").first()
            #expect(try row?.decode(column: "journal_mode", as: String.self) == "wal")
        }
    }

    /// Two instances starting together on one PostgreSQL: the advisory lock lets one migrate
    /// and seed while the other waits, then finds nothing to do.
    @Test(.enabled(if: TestDatabase.postgresURL != nil))
    func twoInstancesStartingTogetherMigrateOnce() async throws {
        let (location, cleanup) = try await TestDatabase.postgres.freshLocation()
        let a = try TestInstance(location), b = try TestInstance(location)
        do {
            async let first: Void = a.prepare()
            async let second: Void = b.prepare()
            _ = try await (first, second)
            let store = FluentReferenceStore(db: a.db)
            #expect(try await store.offices().count == PMLPSeed.offices.count)
            #expect(try await store.services().count == PMLPSeed.services.count)
        } catch {
            await a.shutdown(); await b.shutdown(); await cleanup()
            throw error
        }
        await a.shutdown(); await b.shutdown(); await cleanup()
    }
}

@Suite("DATABASE_URL")
struct DatabaseLocationTests {
    @Test func unsetMeansTheSQLiteFileInTheWorkingDirectory() throws {
        #expect(try DatabaseLocation(environmentValue: nil) == .sqlite(path: "apkalpe.sqlite"))
        #expect(try DatabaseLocation(environmentValue: "") == .sqlite(path: "apkalpe.sqlite"))
    }

    @Test func sqliteAndPostgresURLs() throws {
        #expect(try DatabaseLocation(environmentValue: "sqlite:///var/lib/apkalpe/data.sqlite")
                == .sqlite(path: "/var/lib/apkalpe/data.sqlite"))
        let pg = try DatabaseLocation(environmentValue: "postgres://app:secret@127.0.0.1:5432/apkalpe")
        #expect(pg.isPostgres)
        #expect(!pg.redacted.contains("secret"))
    }

    @Test(arguments: ["mysql://x", "sqlite://", "apkalpe.sqlite"])
    func otherValuesAreRefused(value: String) {
        #expect(throws: StorageError.self) { try DatabaseLocation(environmentValue: value) }
    }
}

/// Issue 13 (FACTS.md §5): a database seeded with the old passport and eID fees gets the 2025
/// and 2026 ones from migration 0016, once, on both databases.
@Suite("Fee periods reach databases seeded before them")
struct FeePeriodsMigrationTests {
    @Test(arguments: TestDatabase.all)
    func theRisesAreAddedOnceAndReadByDate(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            // As a database seeded before the correction: only the undated fees.
            try await ServiceFeeModel.query(on: instance.db).filter(\.$validFrom != nil).delete()
            let before = try #require(try await FluentReferenceStore(db: instance.db).service(slug: "passport"))
            #expect(before.standardFee(on: LocalDate(2026, 12, 2))?.amount == Money(cents: 3400))
            try await FeePeriods.addRises(on: instance.db)
            try await FeePeriods.addRises(on: instance.db)
            let after = try #require(try await FluentReferenceStore(db: instance.db).service(slug: "passport"))
            #expect(after.fees.count == 12)
            #expect(after.standardFee(on: LocalDate(2026, 12, 2))?.amount == Money(cents: 5000))
            #expect(after.standardFee(on: LocalDate(2025, 6, 1))?.amount == Money(cents: 4400))
            #expect(after.standardFee(on: LocalDate(2024, 6, 1))?.amount == Money(cents: 3400))
            #expect(after.fees(on: LocalDate(2026, 12, 2)).first { $0.category == .reduced && $0.expedited }?.amount == nil)
        }
    }
}
