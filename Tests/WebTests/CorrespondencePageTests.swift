import Domain
import Fluent
import Foundation
import Testing
import TestSupport
import VaporTesting
@testable import Storage
@testable import Web
@testable import Wiring

/// Issue 15 on the staff pages: the case officer previews a letter (nothing saved), sends it,
/// sees it leave, corrects it from its letter page with an apology; a supervisor narrows the
/// mailbox to what failed and corrects a booking's confirmation; the client's ledger shows both.
@Suite("Letters and corrections on the staff pages")
struct CorrespondencePageTests {
    func signIn(_ app: Application, _ roles: Set<Role>) async throws -> Browser {
        let (user, _) = try await staffToken(app, roles: roles)
        let b = Browser(app)
        _ = try await b.signIn(user.email, StaffPageTests.password)
        return b
    }

    func deliver(_ app: Application) async throws {
        _ = try await AdminCLI.execute(["outbox", "deliver"], db: app.db, settings: AppSettings(clock: FixedClock(testNow)), stdin: { nil })
    }

    @Test(arguments: TestDB.all)
    func anOfficerPreviewsSendsAndCorrectsALetterFromTheCasePage(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let officer = try await signIn(app, [.caseOfficer])
            try await officer.get("/staff/cases/new")
            let registered = try await officer.postMultipart("/staff/cases/new", CasePageTests.oral, files: [])
            let casePath = try #require(registered.headers.first(name: .location)?.split(separator: "?").first.map(String.init))
            let page = try await officer.get(casePath)
            #expect(page.text.contains("Rakstīt vēstuli") && page.text.contains("value=\"e-address\""))

            // A template that needs a reason, without one: the field is named, what was typed stays.
            let refused = try await officer.post(casePath + "/letter", [
                "letterTemplate": "more-information", "letterLanguage": "lv", "letterChannel": "email", "letterText": "Paldies.",
                "intent": "preview",
            ])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("id=\"letterReason-error\"") && refused.text.contains(">Paldies.</textarea>"))

            // Preview: the letter with the greeting and the officer's signature; nothing is saved.
            let letter = ["letterTemplate": "more-information", "letterLanguage": "lv", "letterChannel": "email",
                          "letterReason": "Valsts policijas izziņa", "letterText": ""]
            let preview = try await officer.post(casePath + "/letter", letter.merging(["intent": "preview"]) { $1 })
            #expect(preview.status == .ok)
            #expect(preview.text.contains("Priekšskatījums") && preview.text.contains("Labdien, Jānis Ozoliņš!"))
            #expect(preview.text.contains("Valsts policijas izziņa") && preview.text.contains("Tālrunis 65000000"))
            #expect(try await CaseLetterModel.query(on: app.db).count() == 0)

            let sent = try await officer.post(casePath + "/letter", letter.merging(["intent": "send"]) { $1 })
            #expect(sent.status == .seeOther)
            let after = try await officer.get(try #require(sent.headers.first(name: .location)))
            #expect(after.text.contains("Papildu informācijas pieprasījums") && after.text.contains("gaida nosūtīšanu"))
            let row = try #require(try await CaseLetterModel.query(on: app.db).first())
            let letterID = try #require(row.id?.uuidString)

            // Before it leaves, its page offers no correction; after, it does.
            let letterPath = casePath + "/letters/" + letterID
            #expect(!(try await officer.get(letterPath)).text.contains("Nosūtīt labojumu"))
            try await deliver(app)
            let sentPage = try await officer.get(letterPath)
            #expect(sentPage.text.contains("Nosūtīt labojumu ar atvainošanos"))
            let same = try await officer.post(casePath + "/correct", ["letterId": letterID, "wrong": "x", "right": "x"])
            #expect(same.status == .unprocessableEntity && same.text.contains("Pareizais teksts neatšķiras no kļūdainā."))
            let corrected = try await officer.post(casePath + "/correct",
                                                   ["letterId": letterID, "wrong": "Valsts policijas", "right": "Valsts robežsardzes"])
            #expect(corrected.status == .seeOther)
            let withFix = try await officer.get(try #require(corrected.headers.first(name: .location)))
            #expect(withFix.text.contains("Labojums: Papildu informācijas pieprasījums"))
            #expect(withFix.text.contains("Nosūtīts labojums ar atvainošanos"))
            let fix = try #require(try await Outbox.messages(on: app.db).first { $0.kind == .correction })
            #expect(fix.correctsID?.uuidString == letterID && fix.body.contains("Atvainojamies par kļūdu"))
            // A letter of another case is not corrected through this one.
            let other = try await officer.post("/staff/cases/\(UUID())/correct", ["letterId": letterID, "wrong": "a", "right": "b"])
            #expect(other.status == .notFound)
        }
    }

    @Test func aSupervisorFindsWhatFailedAndCorrectsAConfirmationWhichTheLedgerShows() async throws {
        try await withTestApp { app in
            let created = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(phone: nil, email: "janis@example.lv", office: "ogre"),
                                         headers: [:])
            #expect(created.status == .created)
            try await deliver(app)
            let supervisor = try await signIn(app, [.supervisor])
            let failed = try await supervisor.get("/staff/outbox?status=permanent-failure")
            #expect(failed.text.contains("<option value=\"permanent-failure\" selected>") && !failed.text.contains("janis"))
            let confirmation = try #require(try await Outbox.messages(on: app.db).first { $0.kind == .confirmation && $0.channel == .email })
            let page = try await supervisor.get("/staff/outbox/\(confirmation.id)")
            #expect(page.text.contains("Nosūtīt labojumu ar atvainošanos"))
            let res = try await supervisor.post("/staff/outbox/\(confirmation.id)/correction",
                                                ["wrong": "plkst. 10.00", "right": "plkst. 10.15"])
            #expect(res.status == .seeOther)
            let shown = try await supervisor.get(try #require(res.headers.first(name: .location)))
            #expect(shown.text.contains("Labojums ar atvainošanos nosūtīšanai ierindots.") && shown.text.contains(confirmation.id.uuidString))
            // The client's ledger lists the confirmation and the correction.
            let clientID = try #require(confirmation.clientID)
            let ledger = try await supervisor.get("/staff/clients/\(clientID)")
            #expect(ledger.text.contains("Labojums ar atvainošanos") && ledger.text.contains("Labojums: "))
            // An auditor reads the mailbox but does not correct.
            let auditor = try await signIn(app, [.auditor])
            #expect(!(try await auditor.get("/staff/outbox/\(confirmation.id)")).text.contains("Nosūtīt labojumu"))
            #expect(try await auditor.post("/staff/outbox/\(confirmation.id)/correction", ["wrong": "a", "right": "b"]).status == .forbidden)
        }
    }
}
