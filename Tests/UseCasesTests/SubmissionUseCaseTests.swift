import Domain
import Foundation
import Synchronization
import Testing
import TestSupport
@testable import UseCases

/// Issue 14 on fakes: registration from the channels, trust, deadlines with suspension, referral,
/// decisions with their legal basis and contest notice, complaints, office scoping.
@Suite("Written submissions and cases on fakes")
struct SubmissionUseCaseTests {
    let cases = FakeCaseStore()
    let files = FakeFileStore()
    let reference = FakeReference()
    let staff = FakeStaff()
    let officer = UUID()

    init() {
        // The worker signs the letters their steps write (S-MAIL-FORM): a complete profile, and
        // no role of their own, so that lists of officers are the tests' own.
        staff.add(StaffUser(id: officer, email: "signer@pmlp.gov.lv", name: "Ilze", surname: "Kalniņa", unit: "Ogres nodaļa",
                            position: "Vecākā referente", phone: "65000000", roles: [], offices: []), hash: "x")
    }

    /// Thursday 3 December 2026, 10:00 in Riga.
    static func at(_ y: Int, _ m: Int, _ d: Int, _ h: Int = 10) -> Date { RigaTime.instant(LocalDate(y, m, d), TimeOfDay(h, 0)) }
    static let now = at(2026, 12, 3)

    func register(_ now: Date = Self.now) -> RegisterSubmission {
        RegisterSubmission(cases: cases, files: files, reference: reference, now: now)
    }

    func work(_ now: Date = Self.now, offices: Set<String> = ["ogre"], roles: Set<Role> = [.caseOfficer]) -> WorkOnCase {
        WorkOnCase(cases: cases, reference: reference, staff: staff, now: now,
                   worker: CaseWorker(userID: officer, roles: roles, offices: offices, channel: "test"))
    }

    func input(_ channel: SubmissionChannel, language: Language = .lv) -> SubmissionIntake.Input {
        var i = SubmissionIntake.Input(channel: channel)
        i.name = "Anna"
        i.surname = "Bērziņa"
        i.email = "anna@example.lv"
        i.subject = "Pases izsniegšana"
        i.text = "Lūdzu paskaidrot, kāpēc mana pase vēl nav gatava."
        return i
    }

    func envelope(_ office: String? = "ogre", language: Language = .lv) -> RegisterSubmission.Envelope {
        var e = RegisterSubmission.Envelope(actor: officer.uuidString, officeSlug: office)
        e.language = language
        return e
    }

    @Test func anOralSubmissionIsSignedAndDueInTenWorkingDays() async throws {
        let r = try await register()(input(.oral), envelope())
        #expect(r.isNew && r.case.trust == .signed && r.case.status == .open)
        // 4, 7–11, 14–17 December: the tenth working day after Thursday 3 December.
        #expect(r.case.dueDate == LocalDate(2026, 12, 17))
        #expect(r.case.referralDueDate == LocalDate(2026, 12, 10))
        #expect(r.case.reference.hasPrefix("IES-2026-"))
        let file = try await work().open(r.case.id)
        #expect(file.events.map(\.kind) == [.received])
        #expect(cases.state.withLock { $0.reads.count } == 1)
        // S-ORAL: the copy handed over is recorded once.
        let handed = try await work(Self.at(2026, 12, 3, 11)).copyHandedOver(r.case.id)
        #expect(handed.copyHandedOverAt == Self.at(2026, 12, 3, 11))
    }

    @Test func aLetterByPostKeepsItsEarlierReceivedDateButNeverALaterOne() async throws {
        var i = input(.post)
        i.receivedAt = Self.at(2026, 11, 30)
        let r = try await register()(i, envelope())
        #expect(r.case.dueDate == LocalDate(2026, 12, 14))
        i.receivedAt = Self.at(2026, 12, 4)
        await #expect(throws: SubmissionProblem([.init("receivedAt", .intake(.inTheFuture))])) {
            _ = try await register()(i, envelope())
        }
        var mail = input(.email)
        mail.receivedAt = Self.at(2026, 11, 30)
        await #expect(throws: SubmissionProblem([.init("receivedAt", .intake(.notForThisChannel))])) {
            _ = try await register()(mail, envelope())
        }
    }

    @Test func theSameEmailTwiceIsOneCase() async throws {
        var e = envelope(nil)
        e.messageID = "<abc@example.lv>"
        let first = try await register()(input(.email), e)
        let again = try await register()(input(.email), e)
        #expect(first.isNew && !again.isNew && again.case.id == first.case.id)
        #expect(first.case.officeSlug == RegisterSubmission.centralOffice)
        #expect(try await cases.list(CaseFilter()).count == 1)
    }

    @Test func anUnsignedEmailCanOnlyGetGeneralInformation() async throws {
        let c = try await register()(input(.email), envelope()).case
        #expect(c.trust == .unsigned)
        for outcome in [DecisionOutcome.granted, .refused, .partlyGranted, .notExamined] {
            await #expect(throws: CaseWorkProblem.refused(.init([.init("outcome", .unsignedSubmission)]))) {
                _ = try await work().decide(c.id, outcome: outcome, reason: "x",
                                            legalBasis: [LegalBasis(act: "iesniegumu-likums", section: "5")])
            }
        }
        let answered = try await work().decide(c.id, outcome: .generalInformation, reason: "Pases izsniegšanas termiņš ir 10 darbdienas.",
                                               legalBasis: [])
        #expect(answered.status == .decided && answered.decision?.appeal == nil)
        let letter = try #require(try await work().open(c.id).letters.first)
        // K-UNSIGNED: the answer tells how to submit properly.
        #expect(letter.body.contains("drošu elektronisko parakstu") && letter.body.contains(AgencyContacts.seed.email))
    }

    @Test func aRefusalNeedsALegalBasisFromTheCatalogueAndCarriesTheContestNotice() async throws {
        let c = try await register()(input(.eAddress), envelope(language: .en)).case
        await #expect(throws: CaseWorkProblem.refused(.init([.init("legalBasis", .legalBasisRequired)]))) {
            _ = try await work().decide(c.id, outcome: .refused, reason: "The documents were not submitted.", legalBasis: [])
        }
        await #expect(throws: CaseWorkProblem.refused(.init([.init("legalBasis/0/act", .unknownAct),
                                                             .init("legalBasis/0/section", .notASection)]))) {
            _ = try await work().decide(c.id, outcome: .refused, reason: "The documents were not submitted.",
                                        legalBasis: [LegalBasis(act: "made-up-law", section: "§3")])
        }
        #expect(try await cases.find(id: c.id)?.status == .open)
        let decided = try await work().decide(c.id, outcome: .refused, reason: "The documents were not submitted.",
                                              legalBasis: [LegalBasis(act: "imigracijas-likums", section: "34", paragraph: "1")])
        let appeal = try #require(decided.decision?.appeal)
        // One month from entry into force (APL §79): 3 January 2027 is a Sunday, so Monday the 4th.
        #expect(appeal.lastDay == LocalDate(2027, 1, 4))
        #expect(appeal.text.contains("Head of the Office of Citizenship and Migration Affairs"))
        let letter = try #require(try await work().open(c.id).letters.first { $0.purpose == .decision })
        #expect(letter.language == .en && letter.body.contains("Immigration Law, Section 34(1)") && letter.body.contains(appeal.text))
        // Closed: no second decision.
        await #expect(throws: CaseWorkProblem.refused(.init([.init("status", .closed)]))) {
            _ = try await work().decide(c.id, outcome: .granted, reason: nil, legalBasis: [])
        }
    }

    @Test func suspensionStopsTheClockAndResumptionGivesBackTheDaysLeft() async throws {
        let c = try await register()(input(.inPerson), envelope()).case
        #expect(c.dueDate == LocalDate(2026, 12, 17))
        await #expect(throws: CaseWorkProblem.refused(.init([.init("reason", .required)]))) {
            _ = try await work(Self.at(2026, 12, 7)).suspend(c.id, reason: "  ")
        }
        let suspended = try await work(Self.at(2026, 12, 7)).suspend(c.id, reason: "Waiting for a copy of the birth certificate")
        #expect(suspended.status == .suspended && suspended.suspension?.remaining == .workingDays(8))
        // Suspended cases are not overdue, whatever their old date.
        #expect(try await work(Self.at(2026, 12, 21)).list(status: nil, office: nil, due: .overdue).isEmpty)
        let resumed = try await work(Self.at(2026, 12, 21)).resume(c.id)
        // Eight working days from Monday 21 December: 22, 23, 28, 29, 30 December, 4, 5, 6 January
        // (24–26 and 31 December and 1 January are holidays).
        #expect(resumed.status == .open && resumed.dueDate == LocalDate(2027, 1, 6))
        let file = try await work().open(c.id)
        #expect(file.events.map(\.kind) == [.received, .suspended, .resumed])
    }

    @Test func aReferralForwardsTheSubmissionAndTellsTheSubmitterTogether() async throws {
        let c = try await register()(input(.post), envelope()).case
        await #expect(throws: CaseWorkProblem.refused(.init([.init("institutionId", .unknownInstitution)]))) {
            _ = try await work().refer(c.id, to: "nobody")
        }
        let referred = try await work().refer(c.id, to: "vid")
        #expect(referred.status == .referred && referred.referral?.institutionID == "vid")
        let letters = try await work().open(c.id).letters
        #expect(Set(letters.map(\.purpose)) == [.forwarding, .referralNotice])
        let forwarding = try #require(letters.first { $0.purpose == .forwarding })
        #expect(forwarding.recipient == "Valsts ieņēmumu dienests" && forwarding.body.contains(c.text))
        let notice = try #require(letters.first { $0.purpose == .referralNotice })
        #expect(notice.address == "anna@example.lv" && notice.body.contains("Valsts ieņēmumu dienests"))
    }

    @Test func attachmentsOfAnUnknownTypeAreRefusedAndAFailedSaveLeavesNoFile() async throws {
        var e = envelope()
        e.attachments = [.init(fileName: "scan.pdf", mediaType: "application/pdf", data: Array("%PDF-1.4".utf8)),
                         .init(fileName: "virus.exe", mediaType: "application/octet-stream", data: [1, 2, 3])]
        await #expect(throws: SubmissionProblem([.init("attachments/1", .attachment(.typeNotAccepted))])) {
            _ = try await register()(input(.post), e)
        }
        #expect(files.files.withLock { $0.isEmpty })
        e.attachments = [.init(fileName: "C:\\scans\\vēstule.pdf", mediaType: "application/octet-stream", data: Array("%PDF-1.4".utf8)),
                         .init(fileName: "foto.jpg", mediaType: "image/jpeg", data: [0xFF, 0xD8, 0xFF])]
        files.failAfter.withLock { $0 = 1 }
        await #expect(throws: (any Error).self) { _ = try await register()(input(.post), e) }
        let none = try await cases.list(CaseFilter())
        #expect(files.files.withLock { $0.isEmpty } && none.isEmpty)
        files.failAfter.withLock { $0 = nil }
        let c = try await register()(input(.post), e).case
        let saved = try await work().open(c.id).attachments
        #expect(saved.map(\.fileName).sorted() == ["foto.jpg", "vēstule.pdf"])
        #expect(saved.first { $0.fileName == "vēstule.pdf" }?.mediaType == "application/pdf")
        #expect(files.files.withLock { $0.count } == 2)
    }

    @Test func anotherOfficesCaseIsNotFoundAndNotListed() async throws {
        let c = try await register()(input(.oral), envelope("riga-1")).case
        await #expect(throws: CaseWorkProblem.notFound) { _ = try await work().open(c.id) }
        await #expect(throws: CaseWorkProblem.notFound) { _ = try await work().suspend(c.id, reason: "x") }
        #expect(try await work().list(status: nil, office: nil, due: nil).isEmpty)
        #expect(try await work(roles: [.auditor]).list(status: nil, office: nil, due: nil).map(\.id) == [c.id])
        #expect(cases.state.withLock { $0.reads.isEmpty })
    }

    @Test func dueSoonAndOverdueAreCountedOnTheWorkingCalendar() async throws {
        let late = try await register(Self.at(2026, 11, 2))(input(.oral), envelope()).case   // due 16 November
        let soon = try await register(Self.at(2026, 11, 23))(input(.oral), envelope()).case  // due 7 December
        let later = try await register()(input(.oral), envelope()).case                        // due 17 December
        #expect(try await work().list(status: nil, office: nil, due: .overdue).map(\.id) == [late.id])
        #expect(try await work().list(status: nil, office: nil, due: .soon).map(\.id) == [soon.id])
        #expect(try await work().list(status: .open, office: "ogre", due: nil).map(\.id) == [late.id, soon.id, later.id])
    }

    @Test func twoOfficersDecidingAtOnceCannotBothWin() async throws {
        let c = try await register()(input(.oral), envelope()).case
        var stale = try #require(try await cases.find(id: c.id))
        _ = try await work().suspend(c.id, reason: "Waiting for documents")
        stale.status = .decided
        await #expect(throws: CaseFailure.changedMeanwhile) {
            try await cases.save(stale, event: CaseEvent(at: Self.now, actor: "x", kind: .decided), letters: [])
        }
    }

    @Test func aComplaintIsItsOwnCaseLinkedToWhatItComplainsOf() async throws {
        let c = try await register()(input(.oral), envelope()).case
        var i = input(.post)
        i.subject = "Sūdzība par atteikumu"
        let complaint = try await FileComplaint(register: register(), work: work())(about: c.id, subject: .decision, input: i)
        #expect(complaint.complaint == .init(about: .decision, caseID: c.id) && complaint.officeSlug == "ogre")
        #expect(complaint.dueDate == LocalDate(2026, 12, 17))
        let original = try await work().open(c.id)
        #expect(original.events.last?.kind == .complaintFiled && original.events.last?.detail == complaint.reference)
    }

    @Test func aCaseGoesOnlyToAnOfficerWhoMayWorkCasesOfItsOffice() async throws {
        let c = try await register()(input(.oral), envelope()).case
        let ogreOfficer = StaffUser(email: "a@pmlp.gov.lv", name: "Anna", surname: "Liepa", roles: [.caseOfficer], offices: ["ogre"])
        let rigaOfficer = StaffUser(email: "b@pmlp.gov.lv", name: "Baiba", surname: "Ozola", roles: [.caseOfficer], offices: ["riga-1"])
        let ogreClerk = StaffUser(email: "c@pmlp.gov.lv", name: "Cilda", surname: "Kalna", roles: [.clerk], offices: ["ogre"])
        for u in [ogreOfficer, rigaOfficer, ogreClerk] { try await staff.createUser(u, passwordHash: "x", now: Self.now, actor: "t") }
        #expect(try await work().officers(office: "ogre").map(\.id) == [ogreOfficer.id])
        for wrong in [rigaOfficer.id, ogreClerk.id, UUID()] {
            await #expect(throws: CaseWorkProblem.refused(.init([.init("officerId", .notAnOfficer)]))) {
                _ = try await work().assign(c.id, to: wrong)
            }
        }
        let given = try await work().assign(c.id, to: ogreOfficer.id)
        #expect(given.assignedTo == ogreOfficer.id)
        #expect(try await work().list(status: nil, office: nil, due: nil, assignedTo: ogreOfficer.id).map(\.id) == [c.id])
        #expect(try await work().assign(c.id, to: nil).assignedTo == nil)
    }

    @Test func aLetterIsSignedByTheOfficerAndAProfileWithoutAPositionCannotSign() async throws {
        let c = try await register()(input(.oral), envelope()).case
        let decided = try await work().decide(c.id, outcome: .granted, reason: "Pase izsniegta.", legalBasis: [])
        #expect(decided.status == .decided)
        let letter = try #require(try await work().open(c.id).letters.first)
        let signer = try #require(try await staff.user(id: officer))
        guard case .success(let signatory) = Signatory.of(signer) else { Issue.record("signer's profile"); return }
        #expect(LetterFrame.isFramed(letter.body, addressee: "Anna Bērziņa", from: .person(signatory), language: .lv))
        #expect(letter.body.hasPrefix("Labdien, Anna Bērziņa!"))
        #expect(letter.body.hasSuffix("Ar cieņu\nIlze Kalniņa\nVecākā referente, Ogres nodaļa\nPilsonības un migrācijas lietu pārvalde\nTālrunis 65000000"))

        // The same step by an officer whose profile has no position: refused, nothing saved.
        var incomplete = signer
        incomplete.position = "  "
        staff.add(incomplete, hash: "x")
        let other = try await register()(input(.oral), envelope()).case
        await #expect(throws: CaseWorkProblem.signatureIncomplete([.position])) {
            _ = try await work().decide(other.id, outcome: .granted, reason: "Pase izsniegta.", legalBasis: [])
        }
        let untouched = try await work().open(other.id)
        #expect(untouched.case.status == .open && untouched.letters.isEmpty)
        // A step that writes no letter needs no signature.
        #expect(try await work().suspend(other.id, reason: "gaidām dokumentus").status == .suspended)
    }

    @Test func theLongerTermIsToldToTheSubmitterWithItsReason() async throws {
        var i = input(.post)
        i.moreInformationNeeded = true
        i.moreInformationReason = "jāpieprasa ziņas no Valsts robežsardzes"
        let c = try await register()(i, envelope()).case
        // One month from 3 December: 3 January 2027 is a Sunday, so Monday the 4th.
        #expect(c.dueDate == LocalDate(2027, 1, 4) && c.term == .oneMonth)
        let letter = try #require(try await work().open(c.id).letters.first)
        #expect(letter.purpose == .moreInformation && letter.address == "anna@example.lv")
        #expect(letter.body.contains("jāpieprasa ziņas no Valsts robežsardzes") && letter.body.contains(MessageTexts.of(.lv).date(LocalDate(2027, 1, 4))))
        // Written by the system at registration: signed by the office's unit with its phone.
        let ogre = try #require(try await reference.office(slug: "ogre"))
        var phone = ogre.phone
        if phone == nil { phone = try await reference.agencyContacts().phone }
        #expect(letter.body.hasSuffix("Ar cieņu\n" + MessageTexts.of(.lv).sender(ogre.name.lv, phone ?? "")))
        var missing = input(.post)
        missing.moreInformationNeeded = true
        await #expect(throws: SubmissionProblem([.init("moreInformationReason", .intake(.required))])) {
            _ = try await register()(missing, envelope())
        }
    }

    @Test func theReferralListAndTheActCatalogueAreWhatAdministratorsLeave() async throws {
        let change = ChangeReferenceData(reference: reference, notify: NotifyDisplacedClients(
            times: FindFreeTimes(reference: reference, bookings: FakeBookings(), now: Self.now), reference: reference,
            bookings: FakeBookings()), now: Self.now, actor: "admin")
        await #expect(throws: CatalogueProblem(fields: [.init("id", .notAnID), .init("email", .notAnEmail)])) {
            _ = try await change.saveInstitution(id: "Valsts Policija", nameLv: "Valsts policija", nameEn: nil, eAddress: nil,
                                                 email: "nav", postalAddress: "Rīga", active: true)
        }
        _ = try await change.saveInstitution(id: "vid", nameLv: "Valsts ieņēmumu dienests", nameEn: nil, eAddress: nil,
                                             email: "pasts@vid.gov.lv", postalAddress: "Talejas iela 1, Rīga", active: false)
        _ = try await change.saveInstitution(id: "dvi", nameLv: "Datu valsts inspekcija", nameEn: "Data State Inspectorate",
                                             eAddress: nil, email: "pasts@dvi.gov.lv", postalAddress: "Elijas iela 17, Rīga", active: true)
        _ = try await change.saveLegalAct(id: "imigracijas-likums", nameLv: "Imigrācijas likums", nameEn: nil, active: false)
        let c = try await register()(input(.post), envelope()).case
        await #expect(throws: CaseWorkProblem.refused(.init([.init("institutionId", .unknownInstitution)]))) {
            _ = try await work().refer(c.id, to: "vid")
        }
        await #expect(throws: CaseWorkProblem.refused(.init([.init("legalBasis/0/act", .unknownAct)]))) {
            _ = try await work().decide(c.id, outcome: .refused, reason: "x", legalBasis: [LegalBasis(act: "imigracijas-likums", section: "1")])
        }
        let referred = try await work().refer(c.id, to: "dvi")
        #expect(referred.referral?.institutionID == "dvi")
        let letter = try #require(try await work().open(c.id).letters.first { $0.purpose == .forwarding })
        #expect(letter.recipient == "Datu valsts inspekcija" && letter.address == "pasts@dvi.gov.lv")
    }
}
