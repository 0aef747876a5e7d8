import Domain
import Fluent
import Foundation
@testable import Storage
import Testing
import TestSupport
import VaporTesting
@testable import Web
@testable import Wiring

/// Issue 15, items 1, 5, 6 and 7 through HTTP: an officer previews and sends a letter from a
/// template; the outbox lists it with its delivery; a correction with an apology is linked to it;
/// a letter to an official e-address leaves through the gateway and the case records the day it
/// counts as notified.
@Suite("Letters, the message API and corrections")
struct CorrespondenceAPITests {
    func json(_ res: TestingHTTPResponse) throws -> [String: Any] { try res.json() }
    func pointers(_ res: TestingHTTPResponse) throws -> [String] {
        ((try json(res))["errors"] as? [[String: Any]])?.compactMap { $0["pointer"] as? String } ?? []
    }

    func registerCase(_ app: Application, token: String) async throws -> String {
        let created = try await post(app, "/api/v1/submissions", json: CaseAPITests.oral, headers: bearer(token))
        return try #require((try json(created))["id"] as? String)
    }

    func deliver(_ app: Application, at: Date = testNow, gateway: String? = nil) async throws -> String {
        var settings = AppSettings(clock: FixedClock(at))
        settings.gatewayDirectory = gateway
        return try await AdminCLI.execute(["outbox", "deliver"], db: app.db, settings: settings, stdin: { nil })
    }

    @Test(arguments: TestDB.all)
    func anOfficerPreviewsSendsAndCorrectsALetterWithAnApology(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let (_, officer) = try await staffToken(app, roles: [.caseOfficer])
            let (_, supervisor) = try await staffToken(app, roles: [.supervisor])
            let (_, auditor) = try await staffToken(app, roles: [.auditor])
            let id = try await registerCase(app, token: officer)
            let path = "/api/v1/cases/\(id)/letters"

            // The template's blank the law needs (why more information is needed) must be given.
            let noReason = try await post(app, path, json: #"{"template":"more-information","language":"en","channel":"email"}"#,
                                          headers: bearer(officer))
            #expect(noReason.status == .unprocessableEntity)
            #expect(try pointers(noReason) == ["/variables/reason"])
            // The case's facts are not the officer's to fill; the officer's own letter needs a subject.
            let facts = try await post(app, path, json: #"{"template":"general-information","language":"en","channel":"email","variables":{"reference":"X"}}"#,
                                       headers: bearer(officer))
            #expect(try pointers(facts) == ["/variables/reference"])
            let noSubject = try await post(app, path, json: #"{"language":"lv","channel":"post","text":"Labdien."}"#, headers: bearer(officer))
            #expect(try pointers(noSubject) == ["/subject"])
            // An explicit null is not "not given": the contract types every property (schemathesis found it).
            let null = try await post(app, path, json: #"{"template":"how-to-submit","language":"en","channel":"post","variables":null}"#,
                                      headers: bearer(officer))
            #expect(null.status == .badRequest)
            #expect(try pointers(null) == ["/variables"])

            // Preview: the letter as it would leave, framed and signed; nothing saved.
            let body = #"{"template":"more-information","language":"en","channel":"email","variables":{"reason":"a statement from the State Police"}}"#
            let preview = try await post(app, path, json: body.replacingOccurrences(of: "}}", with: #"},"preview":true}"#),
                                         headers: bearer(officer))
            #expect(preview.status == .ok)
            let previewed = try json(preview)
            let text = try #require(previewed["body"] as? String)
            #expect(previewed["status"] as? String == "preview")
            #expect(text.hasPrefix("Dear Jānis Ozoliņš,\n"))
            #expect(text.contains("a statement from the State Police"))
            #expect(text.hasSuffix("Kind regards,\nAnna Bērziņa\nReferente, Ogres nodaļa\nOffice of Citizenship and Migration Affairs\nPhone 65000000"))
            #expect(try await Outbox.messages(on: app.db).filter { $0.kind == .letter }.isEmpty)

            let sent = try await post(app, path, json: body, headers: bearer(officer))
            #expect(sent.status == .created)
            let letter = try json(sent)
            let letterID = try #require(letter["id"] as? String)
            #expect(letter["status"] as? String == "queued" && letter["address"] as? String == "janis@example.lv")
            #expect(letter["body"] as? String == text)

            // The outbox, office-scoped, with each message's delivery.
            let queued = try json(try await get(app, "/api/v1/messages?status=queued", headers: bearer(supervisor)))
            let item = try #require((queued["items"] as? [[String: Any]])?.first { $0["id"] as? String == letterID })
            #expect(item["attempts"] as? Int == 0 && item["channel"] as? String == "email" && item["body"] == nil)
            // A correction waits until the message has left.
            let early = try await post(app, "/api/v1/messages/\(letterID)/correction", json: #"{"wrong":"a","right":"b"}"#,
                                       headers: bearer(officer))
            #expect(try pointers(early) == ["/messageId"])

            #expect(try await deliver(app).hasPrefix("sent="))
            let opened = try await get(app, "/api/v1/messages/\(letterID)", headers: bearer(supervisor))
            #expect(opened.status == .ok && opened.headers.first(name: "Cache-Control") == "no-store")
            let message = try json(opened)
            #expect(message["status"] as? String == "sent" && message["attempts"] as? Int == 1 && message["body"] as? String == text)
            #expect(try await get(app, "/api/v1/messages/\(UUID())", headers: bearer(supervisor)).status == .notFound)
            let otherOffice = try await staffToken(app, roles: [.supervisor], offices: ["riga-1"]).1
            #expect(try await get(app, "/api/v1/messages/\(letterID)", headers: bearer(otherOffice)).status == .notFound)
            #expect(try await get(app, "/api/v1/messages?status=nonsense", headers: bearer(supervisor)).status == .badRequest)
            #expect(try await get(app, "/api/v1/messages?limit=0", headers: bearer(supervisor)).status == .badRequest)
            #expect(try await get(app, "/api/v1/messages?limit=501", headers: bearer(supervisor)).status == .badRequest)

            // S-MAIL-FIX: the correction quotes what was wrong and what is right, apologises, and is linked.
            #expect(try await post(app, "/api/v1/messages/\(letterID)/correction", json: #"{"wrong":"a","right":"b"}"#,
                                   headers: bearer(auditor)).status == .forbidden)
            let same = try await post(app, "/api/v1/messages/\(letterID)/correction", json: #"{"wrong":"a","right":"a"}"#,
                                      headers: bearer(officer))
            #expect(try pointers(same) == ["/right"])
            let corrected = try await post(app, "/api/v1/messages/\(letterID)/correction",
                                           json: #"{"wrong":"the State Police","right":"the State Border Guard"}"#, headers: bearer(officer))
            #expect(corrected.status == .created)
            let fix = try json(corrected)
            let fixBody = try #require(fix["body"] as? String)
            #expect(fix["correctsId"] as? String == letterID && fix["kind"] as? String == "correction")
            #expect(fix["recipient"] as? String == "janis@example.lv" && fix["status"] as? String == "queued")
            #expect(fixBody.hasPrefix("Dear Jānis Ozoliņš,\n"))
            #expect(fixBody.contains("It said: the State Police\nIt should have said: the State Border Guard"))
            #expect(fixBody.contains("We apologise for the error"))
            #expect(fixBody.hasSuffix("Phone 65000000"))

            // The case shows the letter, its delivery and the correction on its timeline.
            let detail = try json(try await get(app, "/api/v1/cases/\(id)", headers: bearer(officer)))
            let kinds = (detail["events"] as? [[String: Any]])?.compactMap { $0["kind"] as? String } ?? []
            #expect(kinds == ["received", "letter-written", "letter-delivered", "letter-corrected"])
            let listed = try #require((detail["letters"] as? [[String: Any]])?.first { $0["id"] as? String == letterID })
            #expect(listed["status"] as? String == "sent" && listed["channel"] as? String == "email" && listed["notifiedOn"] == nil)
            // The error is in the audit trail for the staff-error register.
            let audit = try #require(try await AuditTrail.entries(on: app.db, entity: "outbox", entityID: letterID).first)
            #expect(audit.action == "corrected" && audit.before == "the State Police" && audit.after == "the State Border Guard")
        }
    }

    @Test(arguments: TestDB.all)
    func aLetterToTheEAddressLeavesThroughTheGatewayAndCountsAsNotifiedOnTheSecondWorkingDay(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let (_, officer) = try await staffToken(app, roles: [.caseOfficer])
            let id = try await registerCase(app, token: officer)
            let sent = try await post(app, "/api/v1/cases/\(id)/letters", json: """
                {"language":"lv","channel":"e-address","subject":"Jūsu pase","text":"Pase ir gatava saņemšanai."}
                """, headers: bearer(officer))
            #expect(sent.status == .created)
            let letter = try json(sent)
            let letterID = try #require(letter["id"] as? String)
            #expect(letter["address"] as? String == "_DEFAULT@161175-19997" && letter["channel"] as? String == "e-address")
            #expect((letter["body"] as? String)?.hasPrefix("Labdien, Jānis Ozoliņš!\n") == true)

            let gateway = FileManager.default.temporaryDirectory.appendingPathComponent("apkalpe-gateway-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: gateway) }
            // Monday 21 December 2026: Tuesday 22 is the 1st working day after, Wednesday 23 the 2nd.
            #expect(try await deliver(app, gateway: gateway.path) == "sent=1 retrying=0 failed=0")
            let envelopeURL = gateway.appendingPathComponent("outgoing/\(letterID.lowercased()).json")
            let envelope = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: envelopeURL)) as? [String: Any])
            #expect(envelope["recipient"] as? String == "_DEFAULT@161175-19997" && envelope["caseId"] as? String == id)
            #expect((envelope["text"] as? String)?.contains("Pase ir gatava saņemšanai.") == true)

            let detail = try json(try await get(app, "/api/v1/cases/\(id)", headers: bearer(officer)))
            let listed = try #require((detail["letters"] as? [[String: Any]])?.first { $0["id"] as? String == letterID })
            #expect(listed["status"] as? String == "sent" && listed["notifiedOn"] as? String == "2026-12-23")

            // A submitter without an e-mail address cannot be written to by e-mail.
            let anonymous = try await post(app, "/api/v1/submissions", json: """
                {"channel":"post","officeId":"ogre","submitter":{"name":"Ilze","surname":"Kalna","postalAddress":"Brīvības iela 1, Ogre"},
                 "subject":"Jautājums","text":"Kad strādājat?","language":"lv"}
                """, headers: bearer(officer))
            let other = try #require((try json(anonymous))["id"] as? String)
            let noEmail = try await post(app, "/api/v1/cases/\(other)/letters", json: #"{"language":"lv","channel":"email","subject":"A","text":"B"}"#,
                                         headers: bearer(officer))
            #expect(try pointers(noEmail) == ["/channel"])
            let printed = try json(try await post(app, "/api/v1/cases/\(other)/letters",
                                                   json: #"{"language":"lv","channel":"post","subject":"Darba laiks","text":"Darba dienās 8.30–17.00."}"#,
                                                   headers: bearer(officer)))
            #expect(printed["status"] as? String == "to-print" && printed["address"] as? String == "Brīvības iela 1, Ogre")
        }
    }

    /// Issue 15, item 3: the confirmation e-mail of a booking carries the appointment (.ics) — the
    /// same event as the manage page's download; the SMS does not.
    @Test func aBookingsConfirmationEmailCarriesItsAppointment() async throws {
        try await withTestApp { app in
            let created = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(phone: "+37120000000", email: "janis@example.lv",
                                                                                            office: "ogre"), headers: [:])
            #expect(created.status == .created)
            let code = try #require((try json(created))["code"] as? String)
            let messages = try await Outbox.messages(on: app.db)
            let email = try #require(messages.first { $0.kind == .confirmation && $0.channel == .email })
            let calendar = try #require(email.calendar)
            #expect(calendar.contains("UID:\(code)@apkalpe.pmlp.gov.lv") && calendar.contains("BEGIN:VEVENT"))
            #expect(messages.first { $0.kind == .confirmation && $0.channel == .sms }?.calendar == nil)
            #expect(messages.first { $0.kind == .reminder && $0.channel == .email }?.calendar == nil)
        }
    }
}
