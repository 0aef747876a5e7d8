import Domain
import Fluent
import Foundation
import Testing
import TestSupport
@testable import Storage

@Suite("Retention, leases and the Art. 15 export on SQLite and PostgreSQL")
struct PrivacyTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let day: TimeInterval = 86_400

    func client(_ code: String, createdDaysAgo: Double) throws -> Client {
        Client(name: "Jānis", surname: "Ozols", identity: .personalCode(try PersonalCode(validating: code)),
               phone: "20000000", email: "j@example.lv", createdAt: now.addingTimeInterval(-createdDaysAgo * day))
    }

    /// Issue 13, defect 7: a record created long ago but active lately is kept — before, a client
    /// first seen 400 days ago with a booking next week was anonymised on a 365-day schedule.
    @Test(arguments: TestDatabase.all)
    func retentionCountsFromTheClientsLastActivity(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let bookings = FluentBookingStore(db: instance.db)
            func book(_ code: String, createdDaysAgo: Double, startInDays: Double) async throws -> Booking {
                let start = now.addingTimeInterval(startInDays * day)
                return try await bookings.book(
                    BookingRequest(officeSlug: "ogre", serviceSlug: "passport", start: start, name: "A", surname: "B",
                                   identity: .personalCode(try PersonalCode(validating: code)), phone: nil,
                                   email: "\(code)@example.lv", language: .lv, interpreter: false),
                    slot: Slot(start: start, end: start.addingTimeInterval(600), capacity: 1),
                    manageToken: SecretToken.generate(.booking), now: now.addingTimeInterval(-createdDaysAgo * day))
            }
            // Both records were made 400 days ago; one client comes next week, the other never again.
            let coming = try await book("32000000001", createdDaysAgo: 400, startInDays: 7)
            let gone = try await book("32000000002", createdDaysAgo: 400, startInDays: -399)
            let schedule = try RetentionSchedule.parse("clients=365")
            let report = try await RetentionJob(db: instance.db, schedule: schedule).run(now: now)
            #expect(report.clientsAnonymised == 1)
            #expect(try await ClientModel.find(coming.clientID, on: instance.db)?.anonymisedAt == nil)
            #expect(try await ClientModel.find(gone.clientID, on: instance.db)?.anonymisedAt == now)
        }
    }

    @Test(arguments: TestDatabase.all)
    func retentionAnonymisesWhatIsDueAndNothingElse(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let clients = FluentClientStore(db: instance.db)
            let old = try client("161175-19997", createdDaysAgo: 400)
            let recent = try client("32123456789", createdDaysAgo: 10)
            try await clients.create(old, actor: "t")
            try await clients.create(recent, actor: "t")
            let reader = FluentClientStore.Reader(staffUserID: UUID(), roles: [.clerk], offices: ["ogre"], channel: "t", purpose: "t")
            _ = try await clients.read(id: recent.id, by: reader, now: now.addingTimeInterval(-200 * day))
            _ = try await clients.read(id: recent.id, by: reader, now: now.addingTimeInterval(-1 * day))

            let schedule = try RetentionSchedule.parse("clients=365,access-log=100")
            let report = try await RetentionJob(db: instance.db, schedule: schedule).run(now: now)
            #expect(report.clientsAnonymised == 1)
            #expect(report.accessLogPurged == 1)

            let rows = try await ClientModel.query(on: instance.db).all()
            #expect(rows.count == 2)                                   // the row stays for statistics
            let anonymised = try #require(rows.first { $0.id == old.id })
            #expect(anonymised.personalCode == nil && anonymised.name.isEmpty && anonymised.phone == nil)
            #expect(anonymised.anonymisedAt == now)
            #expect(try await clients.read(id: old.id, by: reader, now: now) == nil)
            let kept = try #require(rows.first { $0.id == recent.id })
            #expect(kept.personalCode == "32123456789" && kept.email == "j@example.lv")
            #expect(try await clients.accessLog(clientID: recent.id).count == 1)   // the 1-day-old read is kept

            let trail = try await AuditTrail.entries(on: instance.db, entity: "retention")
            #expect(trail.count == 1)
            #expect(trail[0].after?.contains("clients-anonymised=1 access-log-purged=1") == true)

            // Bookings past their time keep office, service and time, but lose contacts and the person.
            let start = now.addingTimeInterval(-800 * day)
            let oldBooking = try await FluentBookingStore(db: instance.db).book(
                BookingRequest(officeSlug: "ogre", serviceSlug: "passport", start: start, name: "A", surname: "B",
                               identity: .personalCode(try PersonalCode(validating: "32999999999")), phone: "2000",
                               email: "a@b.lv", language: .lv, interpreter: false),
                slot: Slot(start: start, end: start.addingTimeInterval(600), capacity: 1),
                manageToken: SecretToken.generate(.booking), now: start)
            let second = try await RetentionJob(db: instance.db, schedule: schedule).run(now: now)
            #expect(second.bookingsAnonymised == 1)
            let row = try #require(try await BookingModel.find(oldBooking.id, on: instance.db))
            #expect(row.phone == nil && row.email == nil && row.personKey.hasPrefix("anonymised:"))
            #expect(row.officeSlug == "ogre")

            // Waitlist places go once their last wanted date is 30 days past; current ones stay.
            let waitlist = FluentWaitlistStore(db: instance.db)
            let today = RigaTime.date(of: now)
            func wish(_ code: String, from: LocalDate, through: LocalDate) throws -> WaitlistRequest {
                WaitlistRequest(officeSlug: "ogre", serviceSlug: "passport", from: from, through: through, name: "W",
                                surname: "L", identity: .personalCode(try PersonalCode(validating: code)), phone: "2000",
                                email: nil, language: .lv, interpreter: false)
            }
            _ = try await waitlist.join(try wish("32888888881", from: today.adding(days: -60), through: today.adding(days: -31)),
                                        now: now.addingTimeInterval(-60 * day))
            _ = try await waitlist.join(try wish("32888888882", from: today, through: today.adding(days: 5)), now: now)
            // A visit three years ago keeps its times for statistics but loses the client.
            let visit = QueueEntryModel()
            visit.id = UUID()
            visit.officeSlug = "ogre"
            visit.serviceSlug = "passport"
            let visitDay: LocalDate = RigaTime.date(of: now).adding(days: -1100)
            visit.day = visitDay.description
            visit.number = "A001"
            visit.kind = "appointment"
            visit.status = "done"
            visit.clientID = recent.id
            visit.checkedInEpoch = 0
            visit.recalls = 0
            visit.idChecked = true
            try await visit.create(on: instance.db)
            let third = try await RetentionJob(db: instance.db, schedule: schedule).run(now: now)
            #expect(third.waitlistPurged == 1)
            #expect(third.visitsAnonymised == 1)
            let keptVisit = try #require(try await QueueEntryModel.find(visit.id, on: instance.db))
            #expect(keptVisit.clientID == nil)
            #expect(keptVisit.status == "done")
            #expect(try await WaitlistEntryModel.query(on: instance.db).count() == 1)

            let again = try await RetentionJob(db: instance.db, schedule: schedule).run(now: now)
            #expect(again == RetentionJob.Report())
        }
    }

    @Test(arguments: TestDatabase.all)
    func theDailyRunHappensOnceAcrossInstances(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let job = RetentionJob(db: instance.db, schedule: .standard)
            async let a = job.runDaily(now: now, holder: "instance-a")
            async let b = job.runDaily(now: now, holder: "instance-b")
            let results = try await [a, b]
            #expect(results.compactMap { $0 }.count == 1)
            #expect(try await job.runDaily(now: now.addingTimeInterval(3600), holder: "instance-b") == nil)
            #expect(try await job.runDaily(now: now.addingTimeInterval(day), holder: "instance-b") != nil)

            let lease = JobLease(db: instance.db, name: "other", holder: "x")
            #expect(try await lease.acquire(now: now, ttl: 60))
            #expect(try await !JobLease(db: instance.db, name: "other", holder: "y").acquire(now: now.addingTimeInterval(30), ttl: 60))
            #expect(try await JobLease(db: instance.db, name: "other", holder: "y").acquire(now: now.addingTimeInterval(61), ttl: 60))
        }
    }

    @Test(arguments: TestDatabase.all)
    func exportHoldsEveryRecordOfThePerson(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let clients = FluentClientStore(db: instance.db)
            let person = try client("161175-19997", createdDaysAgo: 3)
            let other = try client("32123456789", createdDaysAgo: 3)
            try await clients.create(person, actor: "t")
            try await clients.create(other, actor: "t")
            let reader = FluentClientStore.Reader(staffUserID: UUID(), roles: [.clerk], offices: ["ogre"],
                                                  channel: "GET /api/v1/clients/{clientId}", purpose: "visit")
            _ = try await clients.read(id: person.id, by: reader, now: now)
            _ = try await clients.read(id: other.id, by: reader, now: now)
            let start = RigaTime.instant(LocalDate(2027, 1, 5), TimeOfDay(9, 0))
            let booked = try await FluentBookingStore(db: instance.db).book(
                BookingRequest(officeSlug: "ogre", serviceSlug: "passport", start: start, name: "Jānis", surname: "Ozols",
                               identity: person.identity, phone: "20000000", email: nil, language: .lv, interpreter: false),
                slot: Slot(start: start, end: start.addingTimeInterval(600), capacity: 2),
                manageToken: SecretToken.generate(.booking), now: now)

            let doc = try #require(try await PersonalDataExport(db: instance.db).build(clientID: person.id, now: now,
                                                                                        schedule: .standard))
            #expect(doc.client["personalCode"] == "161175-19997")
            #expect(doc.client["email"] == "j@example.lv")
            #expect(doc.reads == [.init(at: RigaTime.rfc3339(now), roles: ["clerk"], offices: ["ogre"],
                                        channel: "GET /api/v1/clients/{clientId}", purpose: "visit")])
            #expect(doc.changes.map(\.action) == ["create"])
            #expect(doc.bookings.map(\.code) == [booked.code])
            #expect(doc.bookings.first?.office == "ogre")
            #expect(doc.supervisoryAuthority == "Datu valsts inspekcija")
            let json = String(decoding: try JSONEncoder().encode(doc), as: UTF8.self)
            #expect(!json.contains("32123456789"))                     // nobody else's data
        }
    }

    @Test func retentionScheduleIsConfiguration() throws {
        #expect(try RetentionSchedule.parse(nil) == .standard)
        #expect(try RetentionSchedule.parse("clients=30").days(for: .clients) == 30)
        #expect(throws: RetentionSchedule.Problem.self) { try RetentionSchedule.parse("clients=-1") }
        #expect(throws: RetentionSchedule.Problem.self) { try RetentionSchedule.parse("bananas=3") }
    }
}
