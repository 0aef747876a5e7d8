import Domain
import Fluent
import Foundation
import Testing
import TestSupport
import VaporTesting
@testable import Storage
@testable import Web

/// Issue 14 on the staff pages: a clerk writes down an oral submission with a scan, prints the
/// copy and records handing it over; a refused intake keeps what was typed and saves nothing; a
/// case officer is refused a refusal without a legal basis, then gives one, and the letter
/// carries the contest notice.
@Suite("Submission and case pages")
struct CasePageTests {
    static let pdf = Array("%PDF-1.4\n".utf8) + [UInt8](repeating: 0x20, count: 150_000)   // over the 64 KB form limit

    func signIn(_ app: Application, _ roles: Set<Role>) async throws -> Browser {
        let (user, _) = try await staffToken(app, roles: roles)
        let b = Browser(app)
        _ = try await b.signIn(user.email, StaffPageTests.password)
        return b
    }

    static let oral: [String: String] = [
        "channel": "oral", "officeId": "ogre", "name": "Jānis", "surname": "Ozoliņš", "personalCode": "161175-19997",
        "email": "janis@example.lv", "language": "lv", "subject": "Pases termiņš",
        "text": "Lūdzu paskaidrot, kad būs gatava mana pase.\nPieteicos 1. decembrī.",
    ]

    @Test(arguments: TestDB.all)
    func aClerkWritesDownAnOralSubmissionPrintsTheCopyAndHandsItOver(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let clerk = try await signIn(app, [.clerk])
            try await clerk.get("/staff/cases/new")
            #expect(clerk.lastHTML.contains("enctype=\"multipart/form-data\""))
            let res = try await clerk.postMultipart("/staff/cases/new", Self.oral,
                                                    files: [("attachments[]", "pases-kopija.pdf", "application/pdf", Self.pdf)])
            #expect(res.status == .seeOther)
            let location = try #require(res.headers.first(name: .location))
            #expect(location.hasPrefix("/staff/cases/") && location.hasSuffix("?done=received"))
            let page = try await clerk.get(location)
            #expect(page.status == .ok && page.headers.first(name: .cacheControl) == "no-store")
            let row = try #require(try await CaseModel.query(on: app.db).first())
            #expect(page.text.contains("Iesniegums reģistrēts ar Nr. \(row.reference)."))
            #expect(page.text.contains(Strings.of(.lv).date(LocalDate(2027, 1, 8))))     // ten working days from 21 December
            #expect(page.text.contains("pases-kopija.pdf"))
            let id = try #require(row.id?.uuidString)

            let copy = try await clerk.get("/staff/cases/\(id)/copy")
            #expect(copy.status == .ok && copy.text.contains("Iesnieguma kopija \(row.reference)"))
            #expect(copy.text.contains("Pieteicos 1. decembrī.") && copy.text.contains("Iesniedzējs iepazinās, paraksts:"))
            #expect(copy.text.contains("class=\"hint no-print\""))

            // The scan comes back as a download, byte for byte.
            let attachment = try #require(try await CaseAttachmentModel.query(on: app.db).first())
            let download = try await clerk.get("/staff/cases/\(id)/attachments/\(try #require(attachment.id))")
            #expect(download.status == .ok && Array(download.body.readableBytesView) == Self.pdf)
            #expect(download.headers.first(name: .contentDisposition)?.hasPrefix("attachment;") == true)

            try await clerk.get("/staff/cases/\(id)")
            let handed = try await clerk.post("/staff/cases/\(id)/copy-handed-over", [:])
            #expect(handed.status == .seeOther)
            let after = try await clerk.get(try #require(handed.headers.first(name: .location)))
            #expect(after.text.contains("Kopija izsniegta"))
            #expect(try await CaseModel.find(UUID(uuidString: id), on: app.db)?.copyHandedOverAt == testNow)
            // A clerk does not decide.
            #expect(try await clerk.post("/staff/cases/\(id)/decide", ["outcome": "granted"]).status == .forbidden)
        }
    }

    @Test func aRefusedIntakeKeepsWhatWasTypedAndSavesNothing() async throws {
        try await withTestApp { app in
            let clerk = try await signIn(app, [.clerk])
            try await clerk.get("/en/staff/cases/new")
            var fields = Self.oral
            fields["channel"] = "post"
            fields["subject"] = " "
            fields["receivedAt"] = "yesterday"
            let res = try await clerk.postMultipart("/en/staff/cases/new", fields,
                                                    files: [("attachments[]", "run.exe", "application/octet-stream", [1, 2, 3])])
            #expect(res.status == .unprocessableEntity)
            #expect(res.text.contains("Give a date as YYYY-MM-DD."))
            #expect(res.text.contains("value=\"Ozoliņš\"") && res.text.contains("Pieteicos 1. decembrī."))
            fields["receivedAt"] = "2026-12-18 14:05"
            let again = try await clerk.postMultipart("/en/staff/cases/new", fields,
                                                      files: [("attachments[]", "run.exe", "application/octet-stream", [1, 2, 3])])
            #expect(again.status == .unprocessableEntity)
            #expect(again.text.contains("Fill in this field.") && again.text.contains("We accept PDF"))
            #expect(try await CaseModel.query(on: app.db).count() == 0)
            #expect(try await CaseAttachmentModel.query(on: app.db).count() == 0)
            // Another office is not the clerk's to register for.
            fields["subject"] = "Vēstule"
            fields["officeId"] = "riga-1"
            let other = try await clerk.postMultipart("/en/staff/cases/new", fields, files: [])
            #expect(other.status == .unprocessableEntity && other.text.contains("Unknown office."))
        }
    }

    @Test(arguments: TestDB.all)
    func aCaseOfficerIsRefusedARefusalWithoutALegalBasisThenGivesOne(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let officer = try await signIn(app, [.caseOfficer])
            try await officer.get("/staff/cases/new")
            let created = try await officer.postMultipart("/staff/cases/new", Self.oral, files: [])
            let location = try #require(created.headers.first(name: .location))
            let id = String(location.dropFirst("/staff/cases/".count).prefix(36))
            try await officer.get("/staff/cases/\(id)")
            let refused = try await officer.post("/staff/cases/\(id)/decide", ["outcome": "refused", "decisionReason": "Nav iesniegta fotogrāfija."])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("Atteikumam vai daļējai apmierināšanai norādiet vismaz vienu tiesisko pamatojumu."))
            #expect(try await CaseModel.find(UUID(uuidString: id), on: app.db)?.status == "open")

            let decided = try await officer.post("/staff/cases/\(id)/decide", [
                "outcome": "refused", "decisionReason": "Nav iesniegta fotogrāfija.",
                "act0": "personu-apliecinosu-dokumentu-likums", "section0": "9", "paragraph0": "2",
            ])
            #expect(decided.status == .seeOther)
            let page = try await officer.get(try #require(decided.headers.first(name: .location)))
            #expect(page.text.contains("Lēmums pieņemts") && page.text.contains("Personu apliecinošu dokumentu likuma 9. panta 2. daļa"))
            let letter = try #require(try await CaseLetterModel.query(on: app.db).first())
            let letterPage = try await officer.get("/staff/cases/\(id)/letters/\(try #require(letter.id))")
            #expect(letterPage.text.contains("Šo lēmumu var apstrīdēt") && letterPage.text.contains("Labdien, Jānis Ozoliņš!"))
            // Closed: the forms are gone and a second decision is refused.
            #expect(page.text.contains("Lieta ir pabeigta"))
            let twice = try await officer.post("/staff/cases/\(id)/decide", ["outcome": "granted"])
            #expect(twice.status == .conflict)
        }
    }

    @Test func theListShowsNoPersonalDataAndMarksOverdueCases() async throws {
        try await withTestApp { app in
            let officer = try await signIn(app, [.caseOfficer])
            try await officer.get("/staff/cases/new")
            var late = Self.oral
            late["channel"] = "post"
            late["receivedAt"] = "2026-11-02"
            _ = try await officer.postMultipart("/staff/cases/new", late, files: [])
            let list = try await officer.get("/staff/cases?due=overdue")
            #expect(list.status == .ok && list.text.contains("class=\"overdue\"") && list.text.contains("Nokavēti"))
            #expect(!list.text.contains("Ozoliņš") && !list.text.contains("Pases termiņš"))
            let none = try await officer.get("/staff/cases?due=soon")
            #expect(none.text.contains("Nav lietu."))
            // The start page counts them for whoever reads cases.
            let home = try await officer.get("/staff")
            #expect(home.text.contains("Nokavēti iesniegumi: 1") && home.text.contains("Atbildes termiņš beidzas 3 darbdienās: 0"))
        }
    }

    @Test func anyoneCanWriteThroughThePublicFormAndGetsAReferenceButOnlyGeneralInformation() async throws {
        try await withTestApp { app in
            let visitor = Browser(app)
            let form = try await visitor.get("/iesniegums")
            #expect(form.status == .ok && form.text.contains("tikai vispārīgu informāciju") && form.text.contains("multipart/form-data"))
            let res = try await visitor.postMultipart("/iesniegums", [
                "name": "Līga", "surname": "Kalna", "email": "liga@example.lv", "subject": "Jautājums par pasi",
                "text": "Cik ilgi gatavo pasi, ja piesakos Ogrē?",
            ], files: [("attachments[]", "foto.png", "image/png", [0x89, 0x50, 0x4E, 0x47])])
            #expect(res.status == .seeOther)
            let location = try #require(res.headers.first(name: .location))
            #expect(location.hasPrefix("/iesniegums/nosutits?ref=IES-2026-"))
            let sent = try await visitor.get(location)
            let row = try #require(try await CaseModel.query(on: app.db).first())
            #expect(sent.text.contains("reģistrēts ar Nr. \(row.reference).") && sent.text.contains(Strings.of(.lv).date(LocalDate(2027, 1, 8))))
            #expect(row.channel == "web-form" && row.trust == "unsigned" && row.officeSlug == "headquarters" && row.language == "lv")
            #expect(try await CaseAttachmentModel.query(on: app.db).count() == 1)

            let english = Browser(app)
            try await english.get("/en/submission")
            let refused = try await english.postMultipart("/en/submission", ["name": "Liga", "subject": "Passport"], files: [])
            #expect(refused.status == .unprocessableEntity && refused.text.contains("Fill in this field.") && refused.text.contains("value=\"Liga\""))
            #expect(try await CaseModel.query(on: app.db).count() == 1)
            // A forged confirmation shows nothing of anyone's.
            #expect(try await english.get("/en/submission/sent?ref=<script>").status == .notFound)
        }
    }

    @Test func aSupervisorGivesACaseToAnOfficerAndAComplaintIsRegisteredAgainstIt() async throws {
        try await withTestApp { app in
            let (officer, _) = try await staffToken(app, roles: [.caseOfficer])
            let supervisor = try await signIn(app, [.supervisor])
            try await supervisor.get("/staff/cases/new")
            let created = try await supervisor.postMultipart("/staff/cases/new", Self.oral, files: [])
            let id = String(try #require(created.headers.first(name: .location)).dropFirst("/staff/cases/".count).prefix(36))
            let page = try await supervisor.get("/staff/cases/\(id)")
            #expect(page.text.contains("<option value=\"\(officer.id.uuidString)\">Anna Bērziņa</option>"))
            let given = try await supervisor.post("/staff/cases/\(id)/assign", ["officerId": officer.id.uuidString])
            #expect(given.status == .seeOther)
            #expect(try await CaseModel.find(UUID(uuidString: id), on: app.db)?.assignedTo == officer.id)

            let b = Browser(app)
            _ = try await b.signIn(officer.email, StaffPageTests.password)
            let mine = try await b.get("/staff/cases?mine=on")
            let row = try #require(try await CaseModel.find(UUID(uuidString: id), on: app.db))
            #expect(mine.text.contains(row.reference))

            let form = try await supervisor.get("/staff/cases/new?complaintOf=\(id)")
            #expect(form.text.contains("Sūdzība lietā \(row.reference)"))
            var complaint = Self.oral
            complaint["complaintOf"] = id
            complaint["about"] = "conduct"
            complaint["subject"] = "Sūdzība par darbinieka uzvedību"
            let filed = try await supervisor.postMultipart("/staff/cases/new", complaint, files: [])
            #expect(filed.status == .seeOther)
            let rows = try await CaseModel.query(on: app.db).filter(\.$complaintCaseID == UUID(uuidString: id)).all()
            #expect(rows.count == 1 && rows[0].complaintAbout == "conduct" && rows[0].officeSlug == "ogre")
            #expect(try await supervisor.get("/staff/cases/new?complaintOf=\(UUID())").status == .notFound)
        }
    }

    @Test(arguments: TestDB.all)
    func theClientsRecordShowsBookingsSubmissionsAndLettersInOneLedger(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let client = Client(name: "Jānis", surname: "Ozoliņš",
                                identity: .personalCode(try PersonalCode(validating: "161175-19997")), createdAt: testNow)
            try await FluentClientStore(db: app.db).create(client, actor: "test")
            let start = RigaTime.instant(LocalDate(2026, 12, 22), TimeOfDay(11, 0))
            let booking = try await FluentBookingStore(db: app.db).book(
                BookingRequest(officeSlug: "ogre", serviceSlug: "passport", start: start, name: "Jānis", surname: "Ozoliņš",
                               identity: client.identity, phone: "20000000", email: nil, language: .lv, interpreter: false),
                slot: Slot(start: start, end: start.addingTimeInterval(600), capacity: 2),
                manageToken: SecretToken.generate(.booking), now: testNow)
            let officer = try await signIn(app, [.caseOfficer])
            try await officer.get("/staff/cases/new")
            var fields = Self.oral
            fields["personalCode"] = "16117519997"          // typed without the hyphen: the same person
            let created = try await officer.postMultipart("/staff/cases/new", fields, files: [])
            let id = String(try #require(created.headers.first(name: .location)).dropFirst("/staff/cases/".count).prefix(36))
            try await officer.get("/staff/cases/\(id)")
            _ = try await officer.post("/staff/cases/\(id)/decide", ["outcome": "granted", "decisionReason": "Pase būs gatava 28. decembrī."])
            let row = try #require(try await CaseModel.find(UUID(uuidString: id), on: app.db))

            let page = try await officer.get("/staff/clients/\(client.id)")
            #expect(page.status == .ok && page.text.contains("Saziņas vēsture"))
            for word in ["Pieraksts", "Iesniegums", "Vēstule", booking.code, "href=\"/staff/cases/\(id)\"", "Pases termiņš"] {
                #expect(page.text.contains(word), "\(word)")
            }
            // The order is the order things happened: the booking, then the submission, then its answer.
            let b = try #require(page.text.range(of: "Pieraksts")), s = try #require(page.text.range(of: ">Iesniegums<")),
                v = try #require(page.text.range(of: ">Vēstule<"))
            #expect(b.lowerBound < s.lowerBound && s.lowerBound < v.lowerBound)

            // And the Art. 15 export carries the submission with its letter.
            let (_, token) = try await staffToken(app, roles: [.clerk])
            let export = try await get(app, "/api/v1/clients/\(client.id)/export", headers: bearer(token))
            let submissions = try #require((try export.json())["submissions"] as? [[String: Any]])
            #expect(submissions.first?["reference"] as? String == row.reference)
            #expect((submissions.first?["letters"] as? [String])?.first?.contains("Pase būs gatava 28. decembrī.") == true)
        }
    }

    @Test func anAdministratorMaintainsTheReferralListAndTheActsOnAPageAndThroughTheAPI() async throws {
        try await withTestApp { app in
            let admin = try await signIn(app, [.administrator])
            let page = try await admin.get("/staff/reference/case-catalogue")
            #expect(page.status == .ok && page.text.contains("Valsts ieņēmumu dienests") && page.text.contains("Imigrācijas likums"))
            let refused = try await admin.post("/staff/reference/case-catalogue/institutions", [
                "institutionId": "DVI", "institutionNameLv": "Datu valsts inspekcija", "institutionEmail": "nav e-pasts",
                "institutionAddress": "Elijas iela 17, Rīga", "institutionActive": "on"])
            #expect(refused.status == .unprocessableEntity && refused.text.contains("value=\"Datu valsts inspekcija\""))
            let saved = try await admin.post("/staff/reference/case-catalogue/institutions", [
                "institutionId": "dvi", "institutionNameLv": "Datu valsts inspekcija", "institutionEmail": "pasts@dvi.gov.lv",
                "institutionAddress": "Elijas iela 17, Rīga", "institutionActive": "on"])
            #expect(saved.status == .seeOther)

            let (_, token) = try await staffToken(app, roles: [.administrator], offices: [])
            let put = try await app.testing().sendRequest(.PUT, "/api/v1/legal-acts/patveruma-likums", headers: bearer(token),
                                                          body: ByteBuffer(string: #"{"name":{"lv":"Patvēruma likums","en":"Asylum Law"}}"#))
            let putBody = try put.json()
            #expect(put.status == .ok && putBody["active"] as? Bool == true)
            let bad = try await app.testing().sendRequest(.PUT, "/api/v1/institutions/vid", headers: bearer(token),
                                                          body: ByteBuffer(string: #"{"name":{"lv":" "},"email":"x","postalAddress":"Rīga"}"#))
            #expect(bad.status == .unprocessableEntity)
            let pointers = Set(((try bad.json())["errors"] as? [[String: Any]] ?? []).compactMap { $0["pointer"] as? String })
            #expect(pointers == ["/name/lv", "/email"])

            // A case officer is offered what the administrator left.
            let officer = try await signIn(app, [.caseOfficer])
            try await officer.get("/staff/cases/new")
            let created = try await officer.postMultipart("/staff/cases/new", Self.oral, files: [])
            let casePage = try await officer.get(try #require(created.headers.first(name: .location)))
            #expect(casePage.text.contains("<option value=\"dvi\">Datu valsts inspekcija</option>"))
            #expect(casePage.text.contains("<option value=\"patveruma-likums\">Patvēruma likums</option>"))
            let (_, officerToken) = try await staffToken(app, roles: [.caseOfficer])
            let list = try await get(app, "/api/v1/institutions", headers: bearer(officerToken))
            #expect(((try list.json())["items"] as? [[String: Any]])?.contains { $0["id"] as? String == "dvi" } == true)
        }
    }
}
