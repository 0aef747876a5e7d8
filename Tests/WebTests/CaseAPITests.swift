import Domain
import Fluent
import Foundation
import Synchronization
@testable import Storage
import Testing
import TestSupport
import VaporTesting
@testable import Web
@testable import Wiring

/// Issue 14 through HTTP: a clerk registers, a case officer works the case, the errors the
/// contract names; and `apkalpe mail ingest` turns a piped e-mail into an unsigned case.
@Suite("Cases API and mail ingest")
struct CaseAPITests {
    static let oral = """
        {"channel":"oral","officeId":"ogre","submitter":{"name":"Jānis","surname":"Ozoliņš","personalCode":"161175-19997",
         "email":"janis@example.lv"},"subject":"Pases termiņš","text":"Lūdzu paskaidrot, kad būs gatava mana pase.","language":"en"}
        """

    func json(_ res: TestingHTTPResponse) throws -> [String: Any] { try res.json() }

    @Test(arguments: TestDB.all)
    func aClerkRegistersAndACaseOfficerSuspendsResumesAndRefuses(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let (_, clerk) = try await staffToken(app, roles: [.clerk])
            let (_, officer) = try await staffToken(app, roles: [.caseOfficer])
            let created = try await post(app, "/api/v1/submissions", json: Self.oral, headers: bearer(clerk))
            #expect(created.status == .created)
            let c = try json(created)
            let id = try #require(c["id"] as? String)
            #expect(c["trust"] as? String == "signed" && c["status"] as? String == "open" && c["channel"] as? String == "oral")
            // Monday 21 December 2026: 22, 23, 28, 29, 30 December and 4–8 January (24–26 and 31 December
            // and 1 January are holidays); the referral's five: 22, 23, 28, 29, 30 December.
            #expect(c["dueDate"] as? String == "2027-01-08" && c["referralDueDate"] as? String == "2026-12-30")

            // A clerk may register and read, not decide.
            let clerkDecides = try await post(app, "/api/v1/cases/\(id)/decision", json: #"{"outcome":"granted"}"#, headers: bearer(clerk))
            #expect(clerkDecides.status == .forbidden)

            let suspended = try await post(app, "/api/v1/cases/\(id)/suspension", json: #"{"reason":"Waiting for a photo"}"#,
                                           headers: bearer(officer))
            let suspendedBody = try json(suspended)
            #expect(suspended.status == .ok && suspendedBody["status"] as? String == "suspended")
            let again = try await post(app, "/api/v1/cases/\(id)/suspension", json: #"{"reason":"x"}"#, headers: bearer(officer))
            #expect(again.status == .conflict)
            let resumed = try await app.testing().sendRequest(.POST, "/api/v1/cases/\(id)/resumption", headers: bearer(officer))
            let resumedBody = try json(resumed)
            #expect(resumed.status == .ok && resumedBody["status"] as? String == "open")

            let noBasis = try await post(app, "/api/v1/cases/\(id)/decision",
                                         json: #"{"outcome":"refused","reason":"No photo was given."}"#, headers: bearer(officer))
            #expect(noBasis.status == .unprocessableEntity)
            let errors = try #require((try json(noBasis))["errors"] as? [[String: Any]])
            #expect(errors.map { $0["pointer"] as? String } == ["/legalBasis"])
            let unknownAct = try await post(app, "/api/v1/cases/\(id)/decision",
                                            json: #"{"outcome":"refused","reason":"x","legalBasis":[{"act":"nope","section":"1"}]}"#,
                                            headers: bearer(officer))
            #expect(unknownAct.status == .unprocessableEntity)

            let refused = try await post(app, "/api/v1/cases/\(id)/decision", json: """
                {"outcome":"refused","reason":"No photo was given.","legalBasis":[{"act":"personu-apliecinosu-dokumentu-likums","section":"9","paragraph":"2"}]}
                """, headers: bearer(officer))
            #expect(refused.status == .created)
            let decision = try #require((try json(refused))["decision"] as? [String: Any])
            let appeal = try #require(decision["appeal"] as? [String: Any])
            #expect((appeal["text"] as? String)?.contains("You may contest this decision") == true)
            #expect((appeal["deadline"] as? [String: Any])?["lastDay"] as? String == "2027-01-21")

            let detail = try await get(app, "/api/v1/cases/\(id)", headers: bearer(officer))
            #expect(detail.status == .ok && detail.headers.first(name: "Cache-Control") == "no-store")
            let body = try json(detail)
            #expect((body["events"] as? [[String: Any]])?.compactMap { $0["kind"] as? String } == ["received", "suspended", "resumed", "decided"])
            let letter = try #require((body["letters"] as? [[String: Any]])?.first)
            #expect((letter["body"] as? String)?.contains("Personal Identification Documents Law, Section 9(2)") == true)
            // The open was logged for the person (S-PRIVACY).
            let log = try await get(app, "/api/v1/access-log", headers: bearer(try await staffToken(app, roles: [.auditor]).1))
            #expect(String(buffer: log.body).contains("case"))
        }
    }

    /// Issue 15: a decision letter is signed by the officer and leaves through the outbox to the
    /// submitter's e-mail; an officer whose profile has no position cannot send one.
    @Test(arguments: TestDB.all)
    func theDecisionLetterIsSignedAndQueuedAndAnUnsignableOneIsRefused(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let (_, clerk) = try await staffToken(app, roles: [.clerk])
            let (officerUser, officer) = try await staffToken(app, roles: [.caseOfficer])
            let id = try #require((try json(try await post(app, "/api/v1/submissions", json: Self.oral, headers: bearer(clerk))))["id"] as? String)

            func setPosition(_ position: String?) async throws {
                let row = try #require(try await StaffUserModel.find(officerUser.id, on: app.db))
                row.position = position
                try await row.save(on: app.db)
            }
            try await setPosition(nil)
            let refused = try await post(app, "/api/v1/cases/\(id)/decision", json: #"{"outcome":"granted","reason":"Ready."}"#,
                                         headers: bearer(officer))
            #expect(refused.status == .unprocessableEntity)
            let problem = try json(refused)
            #expect(problem["type"] as? String == "/problems/signature-incomplete")
            #expect((problem["errors"] as? [[String: Any]])?.map { $0["pointer"] as? String } == ["/signatory/position"])
            #expect(try await Outbox.messages(on: app.db).filter { $0.kind == .letter }.isEmpty)

            try await setPosition("Referente")
            let decided = try await post(app, "/api/v1/cases/\(id)/decision", json: #"{"outcome":"granted","reason":"Ready."}"#,
                                         headers: bearer(officer))
            #expect(decided.status == .created)
            let queued = try #require(try await Outbox.messages(on: app.db).first { $0.kind == .letter })
            #expect(queued.recipient == "janis@example.lv" && queued.channel == .email && queued.caseID?.uuidString == id)
            #expect(queued.body.hasPrefix("Dear Jānis Ozoliņš,"))
            #expect(queued.body.hasSuffix("Kind regards,\nAnna Bērziņa\nReferente, Ogres nodaļa\nOffice of Citizenship and Migration Affairs\nPhone 65000000"))
            #expect(queued.status == .queued)
        }
    }

    @Test func anotherOfficesClerkNeitherRegistersThereNorSeesTheCase() async throws {
        try await withTestApp { app in
            let (_, ogre) = try await staffToken(app, roles: [.caseOfficer])
            let (_, riga) = try await staffToken(app, roles: [.caseOfficer], offices: ["riga-1"])
            let id = try #require(try json(try await post(app, "/api/v1/submissions", json: Self.oral, headers: bearer(ogre)))["id"] as? String)
            #expect(try await post(app, "/api/v1/submissions", json: Self.oral, headers: bearer(riga)).status == .forbidden)
            #expect(try await get(app, "/api/v1/cases/\(id)", headers: bearer(riga)).status == .notFound)
            #expect(try await post(app, "/api/v1/cases/\(id)/referral", json: #"{"institutionId":"vid"}"#, headers: bearer(riga)).status == .notFound)
            let list = try json(try await get(app, "/api/v1/cases", headers: bearer(riga)))
            #expect((list["items"] as? [Any])?.isEmpty == true)
            let mine = try json(try await get(app, "/api/v1/cases?due=soon", headers: bearer(ogre)))
            #expect((mine["items"] as? [[String: Any]])?.first?["id"] as? String == nil)   // due 8 January: not within three working days
            let all = try json(try await get(app, "/api/v1/cases?status=open", headers: bearer(ogre)))
            let item = try #require((all["items"] as? [[String: Any]])?.first)
            #expect(item["id"] as? String == id && item["submitter"] == nil && item["subject"] == nil)
            #expect(try await get(app, "/api/v1/cases/not-a-uuid", headers: bearer(ogre)).status == .badRequest)
            #expect(try await get(app, "/api/v1/cases/\(UUID())", headers: bearer(ogre)).status == .notFound)
        }
    }

    @Test(arguments: TestDB.all)
    func aNulByteIsARefusalNotAServerError(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let (_, auditor) = try await staffToken(app, roles: [.supervisor, .auditor])
            let res = try await post(app, "/api/v1/submissions", json: #"{"channel":"oral","officeId":"ogre","subject":"a\u0000b","text":"x\u0007y"}"#,
                                     headers: bearer(auditor))
            #expect(res.status == .unprocessableEntity)
            let pointers = ((try res.json())["errors"] as? [[String: Any]] ?? []).compactMap { $0["pointer"] as? String }
            #expect(Set(pointers) == ["/subject", "/text"])
            let odd = try await post(app, "/api/v1/submissions", json: #"{"channel":"oral","officeId":"og\u0000re","subject":"a","text":"b"}"#,
                                     headers: bearer(auditor))
            #expect(odd.status == .unprocessableEntity)
            // A query parameter outside its contract pattern is refused naming it; one of the right
            // shape that is no office lists nothing.
            for odd in ["og%00re", "OGRE", ""] {
                let res = try await get(app, "/api/v1/cases?office=\(odd)", headers: bearer(auditor))
                #expect(res.status == .badRequest, "office=\(odd)")
                #expect(((try res.json())["errors"] as? [[String: Any]])?.first?["pointer"] as? String == "/office")
            }
            let nowhere = try await get(app, "/api/v1/cases?office=nowhere", headers: bearer(auditor))
            #expect(nowhere.status == .ok)
            #expect(((try nowhere.json())["items"] as? [Any])?.isEmpty == true)
            let badService = try await get(app, "/api/v1/offices/ogre/availability?service=Passport&from=2026-12-22&to=2026-12-23")
            #expect(badService.status == .badRequest)
        }
    }

    @Test func registrationRefusalsPointAtTheirFields() async throws {
        try await withTestApp { app in
            let (_, clerk) = try await staffToken(app, roles: [.clerk])
            let res = try await post(app, "/api/v1/submissions", json: """
                {"channel":"email","officeId":"ogre","receivedAt":"2026-12-01T10:00:00Z","submitter":{"name":"A","surname":" ",
                 "email":"not-an-email","personalCode":"161175-19998"},"subject":"x","text":" "}
                """, headers: bearer(clerk))
            #expect(res.status == .unprocessableEntity)
            let pointers = Set(((try json(res))["errors"] as? [[String: Any]] ?? []).compactMap { $0["pointer"] as? String })
            #expect(pointers == ["/submitter/surname", "/submitter/personalCode", "/submitter/email", "/text", "/receivedAt"])
            let future = try await post(app, "/api/v1/submissions", json: """
                {"channel":"post","officeId":"ogre","receivedAt":"2026-12-22T10:00:00+02:00","submitter":{"name":"A","surname":"B"},"subject":"x","text":"y"}
                """, headers: bearer(clerk))
            #expect(future.status == .unprocessableEntity)
            let unknownOffice = try await post(app, "/api/v1/submissions", json: #"{"channel":"oral","officeId":"atlantis","subject":"x","text":"y"}"#,
                                               headers: bearer(try await staffToken(app, roles: [.auditor, .supervisor], offices: []).1))
            #expect(unknownOffice.status == .unprocessableEntity)
            #expect(try await CaseModel.query(on: app.db).count() == 0)
        }
    }

    static let email = """
        Message-ID: <2026-12-21.1@example.lv>
        From: =?UTF-8?Q?Anna_B=C4=93rzi=C5=86a?= <anna@example.lv>
        To: ogre@pmlp.gov.lv
        Subject: =?UTF-8?B?UGFzZXMgaXpzbmllZ8WhYW5h?=
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="b1"

        --b1
        Content-Type: text/plain; charset=UTF-8
        Content-Transfer-Encoding: quoted-printable

        Labdien! L=C5=ABdzu izsniegt pasi =C4=81tr=C4=81k.
        --b1
        Content-Type: application/pdf; name="iesniegums.pdf"
        Content-Disposition: attachment; filename="iesniegums.pdf"
        Content-Transfer-Encoding: base64

        JVBERi0xLjQK
        --b1
        Content-Type: application/x-msdownload; name="setup.exe"
        Content-Disposition: attachment; filename="setup.exe"
        Content-Transfer-Encoding: base64

        TVqQAAMAAAAEAAAA
        --b1--
        """.replacingOccurrences(of: "\n", with: "\r\n")

    @Test func anEmailPipedToMailIngestBecomesAnUnsignedCaseOnlyGeneralInformationCanAnswer() async throws {
        try await withTestApp { app in
            // The division's own address picks the office (K-INTAKE).
            var ogre = try #require(try await FluentReferenceStore(db: app.db).office(slug: "ogre"))
            ogre.email = "ogre@pmlp.gov.lv"
            try await FluentReferenceStore(db: app.db).updateOffice(ogre, actor: "test")
            let files = FakeFileStore()
            func ingest(_ args: String = "mail ingest") async throws -> String {
                try await AdminCLI.execute(args.split(separator: " ").map(String.init), db: app.db,
                                           settings: AppSettings(clock: FixedClock(testNow)), stdin: { nil }, files: files,
                                           message: { Data(Self.email.utf8) })
            }
            let reference = try await ingest()
            #expect(reference.hasPrefix("IES-2026-"))
            let again = try await ingest()
            #expect(again == reference)                               // the same Message-ID: the same case
            #expect(try await CaseModel.query(on: app.db).count() == 1)
            let row = try #require(try await CaseModel.query(on: app.db).first())
            #expect(row.trust == "unsigned" && row.channel == "email" && row.officeSlug == "ogre")
            #expect(row.divisionAddress == "ogre@pmlp.gov.lv" && row.submitterName == "Anna" && row.submitterSurname == "Bērziņa")
            #expect(row.subject == "Pases izsniegšana" && row.text.contains("Lūdzu izsniegt pasi ātrāk."))
            #expect(row.text.contains("setup.exe"))             // refused by type, named in the text, not kept
            #expect(files.files.withLock { $0.count } == 1)

            let (_, officer) = try await staffToken(app, roles: [.caseOfficer])
            let id = try #require(row.id?.uuidString)
            let refused = try await post(app, "/api/v1/cases/\(id)/decision", json: """
                {"outcome":"refused","reason":"x","legalBasis":[{"act":"iesniegumu-likums","section":"5"}]}
                """, headers: bearer(officer))
            #expect(refused.status == .conflict)
            let refusedBody = try json(refused)
            #expect(refusedBody["type"] as? String == "/problems/unsigned-submission")
            let answered = try await post(app, "/api/v1/cases/\(id)/decision",
                                          json: #"{"outcome":"general-information","reason":"Pasi izsniedz 10 darbdienās."}"#,
                                          headers: bearer(officer))
            #expect(answered.status == .created)

            await #expect(throws: AdminCLI.UsageError.self) { _ = try await ingest("mail ingest --to nobody") }
        }
    }

    @Test func aMailServerMayPostTheRawMessageUpToFortyMegabytes() async throws {
        try await withTestApp { app in
            let (_, clerk) = try await staffToken(app, roles: [.clerk])
            func send(_ raw: String, to: String = "ogre@pmlp.gov.lv", token: String?) async throws -> TestingHTTPResponse {
                var h: HTTPHeaders = ["Content-Type": "message/rfc822"]
                if let token { h.add(name: .authorization, value: "Bearer \(token)") }
                return try await app.testing().sendRequest(.POST, "/api/v1/mail?to=\(to)", headers: h, body: ByteBuffer(string: raw))
            }
            #expect(try await send(Self.email, token: nil).status == .unauthorized)
            let first = try await send(Self.email, token: clerk)
            #expect(first.status == .created)
            let body = try first.json()
            #expect(body["trust"] as? String == "unsigned" && body["isNew"] as? Bool == true)
            let again = try await send(Self.email, token: clerk)
            let againBody = try again.json()
            #expect(again.status == .ok && againBody["reference"] as? String == body["reference"] as? String)
            // A scan of 150 KB is over the API's usual 64 KB, not over this operation's limit.
            let scan = Data(repeating: 0x25, count: 150_000).base64EncodedString(options: .lineLength76Characters)
            let big = Self.email.replacingOccurrences(of: "<2026-12-21.1@example.lv>", with: "<2026-12-21.2@example.lv>")
                .replacingOccurrences(of: "JVBERi0xLjQK", with: scan.replacingOccurrences(of: "\r\n", with: "\r\n"))
            let large = try await send(big, token: clerk)
            #expect(large.status == .created)
            #expect(try await send(Self.email, to: "not-an-address", token: clerk).status == .badRequest)
            #expect(try await CaseModel.query(on: app.db).count() == 2)
        }
    }
}
