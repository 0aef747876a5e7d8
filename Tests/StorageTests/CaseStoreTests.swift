import Domain
import Fluent
import Foundation
import Testing
import TestSupport
@testable import Storage
@testable import UseCases

/// Issue 14 on both databases: a case and all it carries survives the round trip; the same
/// Message-ID delivered twice at once is one case; two officers changing a case at once cannot
/// both win; every staff read is in the access log; another office's cases are not listed.
@Suite("Cases on SQLite and PostgreSQL")
struct CaseStoreTests {
    static let now = RigaTime.instant(LocalDate(2026, 12, 3), TimeOfDay(10, 0))
    static let officer = UUID()

    static func intake(_ channel: SubmissionChannel = .oral) -> SubmissionIntake.Input {
        var i = SubmissionIntake.Input(channel: channel)
        i.name = "Jānis"
        i.surname = "Ozoliņš"
        i.personalCode = "161175-19997"
        i.dateOfBirth = nil
        i.email = "janis@example.lv"
        i.postalAddress = "Brīvības iela 1, Ogre, LV-5001"
        i.subject = "Uzturēšanās atļauja"
        i.text = "Lūdzu pagarināt termiņu. Ārzemnieka dokumenti pievienoti."
        return i
    }

    /// The officer of `use`, with the full profile a letter's signature needs (S-MAIL-FORM).
    static func signer(_ db: any Database) async throws {
        try await FluentStaffStore(db: db).createUser(
            StaffUser(id: officer, email: "officer@pmlp.gov.lv", name: "Ilze", surname: "Kalniņa", unit: "Ogres nodaļa",
                      position: "Referente", phone: "65000000", roles: [.caseOfficer], offices: ["ogre"]),
            passwordHash: "x", now: now, actor: "test")
    }

    static func use(_ db: any Database, now: Date = now, offices: Set<String> = ["ogre"])
        -> (RegisterSubmission, WorkOnCase, FakeFileStore) {
        let stores = FluentStores(db: db)
        let files = FakeFileStore()
        return (RegisterSubmission(cases: stores.cases, files: files, reference: stores.reference, now: now),
                WorkOnCase(cases: stores.cases, reference: stores.reference, staff: stores.staff, now: now,
                           worker: CaseWorker(userID: officer, roles: [.caseOfficer], offices: offices, channel: "test")),
                files)
    }

    @Test(arguments: TestDatabase.all)
    func aCaseAndEverythingItCarriesSurvivesTheRoundTrip(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            try await Self.signer(instance.db)
            let (register, work, _) = Self.use(instance.db)
            var envelope = RegisterSubmission.Envelope(actor: "clerk", officeSlug: "ogre")
            envelope.language = .en
            envelope.attachments = [.init(fileName: "pase.pdf", mediaType: "application/pdf", data: Array("%PDF".utf8))]
            let c = try await register(Self.intake(.eAddress), envelope).case
            _ = try await work.suspend(c.id, reason: "Waiting for the passport copy")
            let (_, later, _) = Self.use(instance.db, now: RigaTime.instant(LocalDate(2026, 12, 10), TimeOfDay(9, 0)))
            let resumed = try await later.resume(c.id)
            let decided = try await later.decide(c.id, outcome: .partlyGranted, reason: "Only one year can be granted.",
                                                 legalBasis: [LegalBasis(act: "imigracijas-likums", section: "23", paragraph: "2"),
                                                              LegalBasis(act: "administrativa-procesa-likums", section: "67")])
            let file = try await later.open(c.id)
            #expect(file.case == decided)
            #expect(file.case.dueDate == resumed.dueDate && file.case.submitter?.postalAddress == "Brīvības iela 1, Ogre, LV-5001")
            #expect(file.case.decision?.appeal?.lastDay == LocalDate(2027, 1, 11))
            #expect(file.events.map(\.kind) == [.received, .suspended, .resumed, .decided])
            #expect(file.letters.map(\.purpose) == [.decision] && file.letters[0].language == .en)
            #expect(file.attachments.map(\.fileName) == ["pase.pdf"] && file.attachments[0].sha256 == AttachmentRule.sha256(Array("%PDF".utf8)))
            // Every open was logged, under the case, for the person's register entry or the case.
            let log = try await AccessLogModel.query(on: instance.db).filter(\.$recordType == "case").all()
            #expect(log.count == 1 && log[0].recordID == c.id && log[0].staffUserID == Self.officer)
        }
    }

    @Test(arguments: TestDatabase.all)
    func theSameMessageDeliveredTwiceAtOnceIsOneCase(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            try await Self.signer(instance.db)
            let results = try await withThrowingTaskGroup(of: RegisterSubmission.Registered.self) { group in
                for _ in 0..<6 {
                    group.addTask {
                        var e = RegisterSubmission.Envelope(actor: "mail")
                        e.messageID = "<same@example.lv>"
                        return try await Self.use(instance.db).0(Self.intake(.email), e)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(Set(results.map(\.case.id)).count == 1)
            #expect(results.filter(\.isNew).count == 1)
            #expect(try await CaseModel.query(on: instance.db).count() == 1)
        }
    }

    @Test(arguments: TestDatabase.all)
    func twoOfficersActingAtOnceCannotBothWin(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            try await Self.signer(instance.db)
            let (register, _, _) = Self.use(instance.db)
            let c = try await register(Self.intake(), .init(actor: "clerk", officeSlug: "ogre")).case
            let outcomes = await withTaskGroup(of: Bool.self) { group in
                for i in 0..<8 {
                    group.addTask {
                        let work = Self.use(instance.db).1
                        do {
                            if i.isMultiple(of: 2) {
                                _ = try await work.decide(c.id, outcome: .granted, reason: nil, legalBasis: [])
                            } else {
                                _ = try await work.refer(c.id, to: "vid")
                            }
                            return true
                        } catch { return false }
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 1)
            let events = try await CaseEventModel.query(on: instance.db).filter(\.$caseID == c.id).count()
            #expect(events == 2)
        }
    }

    @Test(arguments: TestDatabase.all)
    func listsAreScopedToOfficesAndOrderedByDueDate(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            try await Self.signer(instance.db)
            let early = RigaTime.instant(LocalDate(2026, 11, 2), TimeOfDay(9, 0))
            let a = try await Self.use(instance.db).0(Self.intake(), .init(actor: "clerk", officeSlug: "ogre")).case
            let b = try await Self.use(instance.db, now: early).0(Self.intake(), .init(actor: "clerk", officeSlug: "ogre")).case
            _ = try await Self.use(instance.db).0(Self.intake(), .init(actor: "clerk", officeSlug: "riga-1"))
            let work = Self.use(instance.db).1
            #expect(try await work.list(status: nil, office: nil, due: nil).map(\.id) == [b.id, a.id])
            #expect(try await work.list(status: nil, office: nil, due: .overdue).map(\.id) == [b.id])
            #expect(try await work.list(status: nil, office: "riga-1", due: nil).isEmpty)
            #expect(try await work.list(status: .decided, office: nil, due: nil).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.all)
    func eachWorkingMorningSupervisorsHearOfTheirOfficesLateAndDueSoonCases(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            try await Self.signer(instance.db)
            let staff = FluentStaffStore(db: instance.db)
            let ogre = StaffUser(email: "ogre@pmlp.gov.lv", name: "Olga", surname: "Ogre", roles: [.supervisor], offices: ["ogre"])
            let riga = StaffUser(email: "riga@pmlp.gov.lv", name: "Rita", surname: "Rīga", roles: [.supervisor], offices: ["riga-1"])
            for u in [ogre, riga] { try await staff.createUser(u, passwordHash: "x", now: Self.now, actor: "t") }
            let late = try await Self.use(instance.db, now: RigaTime.instant(LocalDate(2026, 11, 2), TimeOfDay(9, 0))).0(
                Self.intake(), .init(actor: "clerk", officeSlug: "ogre")).case                       // due 16 November
            let soon = try await Self.use(instance.db, now: RigaTime.instant(LocalDate(2026, 11, 23), TimeOfDay(9, 0))).0(
                Self.intake(), .init(actor: "clerk", officeSlug: "ogre")).case                       // due 7 December
            let later = try await Self.use(instance.db).0(Self.intake(), .init(actor: "clerk", officeSlug: "ogre")).case
            let job = CaseDeadlineJob(db: instance.db, links: PublicLinks(base: "https://apkalpe.example.lv"))
            // Thursday 3 December: before seven nothing, at eight the day's run, then nothing again.
            #expect(try await job.runDaily(now: RigaTime.instant(LocalDate(2026, 12, 3), TimeOfDay(6, 30)), holder: "a") == nil)
            let report = try await job.runDaily(now: RigaTime.instant(LocalDate(2026, 12, 3), TimeOfDay(8, 0)), holder: "a")
            #expect(report == .init(offices: 1, messages: 1))
            #expect(try await job.runDaily(now: RigaTime.instant(LocalDate(2026, 12, 3), TimeOfDay(9, 0)), holder: "b") == nil)
            // Saturday: no message.
            #expect(try await job.runDaily(now: RigaTime.instant(LocalDate(2026, 12, 5), TimeOfDay(8, 0)), holder: "a") == nil)
            let messages = try await OutboxModel.query(on: instance.db).filter(\.$kind == "alert").all()
            #expect(messages.map(\.recipient) == ["ogre@pmlp.gov.lv"])
            let body = try #require(messages.first?.body)
            #expect(body.contains(late.reference) && body.contains(soon.reference) && !body.contains(later.reference))
            #expect(body.contains("https://apkalpe.example.lv/staff/cases?due=overdue") && !body.contains("Ozoliņš"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func theCatalogueIsSeededAndEveryChangeIsAudited(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            try await Self.signer(instance.db)
            let store = FluentReferenceStore(db: instance.db)
            let seeded = try await store.caseCatalogue()
            #expect(Set(seeded.institutions.map(\.id)) == Set(Institution.seed.map(\.id)))
            #expect(Set(seeded.acts.map(\.id)) == Set(LegalAct.seed.map(\.id)))
            try await store.saveInstitution(Institution(id: "vid", name: LocalizedText(lv: "VID"), eAddress: nil, email: "a@vid.gov.lv",
                                                        postalAddress: "Rīga", active: false), actor: "admin", now: Self.now)
            try await store.saveLegalAct(LegalAct(id: "patveruma-likums", name: LocalizedText(lv: "Patvēruma likums", en: "Asylum Law")),
                                         actor: "admin", now: Self.now)
            let after = try await store.caseCatalogue()
            #expect(after.institution("vid") == nil && after.anyInstitution("vid")?.email == "a@vid.gov.lv")
            #expect(after.act("patveruma-likums")?.name.en == "Asylum Law" && after.acts.count == LegalAct.seed.count + 1)
            let audit = try await AuditTrail.entries(on: instance.db, entity: "institution", entityID: "vid", limit: 10)
            #expect(audit.count == 1 && audit[0].action == "update" && audit[0].before?.contains("Valsts ieņēmumu dienests") == true)
            #expect(try await AuditTrail.entries(on: instance.db, entity: "legal_act", entityID: "patveruma-likums", limit: 10).first?.action == "create")
        }
    }
}
