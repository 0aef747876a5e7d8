import Domain
import Fluent
import Foundation
import Mail
import SMTP
import Testing
import TestSupport
@testable import Storage
@testable import UseCases

/// Issue 15, item 2–3 on both databases, through a real SMTP relay (aiosmtpd): a message is
/// delivered and marked `sent` with the relay's answer; a 451 is retried after the back-off and
/// then sent; a 550 ends as `permanent-failure`; a refused connection is temporary; Latvian text
/// arrives intact; no message is sent twice, even when a worker's lease runs out.
@Suite("Delivery through a real SMTP relay on SQLite and PostgreSQL", .enabled(if: SMTPRelay.enabled))
struct DeliveryTests {
    static let now = RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(10, 0))
    static let from = MailMessage.Address(name: "PMLP", email: "noreply@pmlp.gov.lv")

    static func message(to recipient: String, body: String = "Labdien!\n\nJūsu pieraksts ir apstiprināts.\n\nAr cieņu\nPMLP") -> OutboxMessage {
        OutboxMessage(kind: .confirmation, channel: .email, recipient: recipient, language: .lv,
                      subject: "Pieraksts apstiprināts — Ogres nodaļa", body: body, sendAfter: now, bookingID: nil,
                      officeSlug: "ogre", clientID: nil)
    }

    static func deliver(_ db: any Database, relayPort: Int, at now: Date) async throws -> DeliverMessages.Report {
        let client = SMTPClient(configuration: SMTPConfiguration(host: "127.0.0.1", port: relayPort, security: .none))
        let sender = SMTPSender(client: client, from: from)
        return try await DeliverMessages(queue: FluentOutboxQueue(db: db), senders: [.email: sender])(now: { now })
    }

    static func row(_ db: any Database, _ id: UUID) async throws -> OutboxMessage {
        try #require(try await OutboxModel.find(id, on: db)).toDomain()
    }

    @Test(arguments: TestDatabase.all)
    func sentRetriedAndRefusedAsTheRelayAnswers(kind: TestDatabase) async throws {
        let relay = try SMTPRelay()
        defer { relay.stop() }
        try await withSeededDatabase(kind) { i in
            let ok = Self.message(to: "janis@example.lv"), busy = Self.message(to: "busy@example.lv"),
                refused = Self.message(to: "reject@example.lv")
            try await Outbox.enqueue([ok, busy, refused], on: i.db, now: Self.now)

            let first = try await Self.deliver(i.db, relayPort: relay.port, at: Self.now)
            #expect(first == .init(sent: 1, retrying: 1, failed: 1))
            let sent = try await Self.row(i.db, ok.id)
            #expect(sent.status == .sent && sent.delivery.attempts == 1 && sent.delivery.sentAt != nil)
            #expect(sent.delivery.providerMessageID?.contains("queued as") == true)
            let waiting = try await Self.row(i.db, busy.id)
            #expect(waiting.status == .temporaryFailure && waiting.delivery.lastError?.contains("451") == true)
            #expect(waiting.delivery.nextAttemptAt == Self.now.addingTimeInterval(DeliveryRule.standard.pause(after: 1)))
            let failed = try await Self.row(i.db, refused.id)
            #expect(failed.status == .permanentFailure && failed.delivery.lastError?.contains("550") == true)

            // Not due again before the back-off has passed; then it goes, and nothing is sent twice.
            #expect(try await Self.deliver(i.db, relayPort: relay.port, at: Self.now.addingTimeInterval(30)).attempts == 0)
            let later = Self.now.addingTimeInterval(61)
            #expect(try await Self.deliver(i.db, relayPort: relay.port, at: later) == .init(sent: 1))
            let retried = try await Self.row(i.db, busy.id)
            #expect(retried.status == .sent && retried.delivery.attempts == 2 && retried.delivery.lastError == nil)
            #expect(try await Self.deliver(i.db, relayPort: relay.port, at: later.addingTimeInterval(3600)).attempts == 0)

            let received = try relay.messages()
            #expect(received.count == 2)
            let mail = MailMessage(parsing: try #require(received.first).data)
            #expect(mail.subject == "Pieraksts apstiprināts — Ogres nodaļa")
            #expect(mail.text == ok.body)
            #expect(mail.messageID == SMTPSender.messageID(ok, domain: "pmlp.gov.lv"))
            #expect(received.first?.envelope["to"] as? [String] == ["janis@example.lv"])
        }
    }

    /// Issue 15, item 3: a booking's e-mail carries its appointment as an `.ics` the client's
    /// calendar can open — kept with the row, sent as a `text/calendar` attachment.
    @Test(arguments: TestDatabase.all)
    func theAppointmentTravelsAsACalendarAttachment(kind: TestDatabase) async throws {
        let relay = try SMTPRelay()
        defer { relay.stop() }
        try await withSeededDatabase(kind) { i in
            var m = Self.message(to: "janis@example.lv")
            let start = RigaTime.instant(LocalDate(2026, 12, 22), TimeOfDay(10, 0))
            m.calendar = ICalendar.event(uid: "OGR-123@apkalpe.pmlp.gov.lv", start: start, end: start.addingTimeInterval(900),
                                         summary: "Pase — PMLP", location: "Ogres nodaļa, Brīvības iela 11", description: "Kods OGR-123",
                                         now: Self.now)
            try await Outbox.enqueue([m], on: i.db, now: Self.now)
            #expect(try await Self.row(i.db, m.id).calendar == m.calendar)
            #expect(try await Self.deliver(i.db, relayPort: relay.port, at: Self.now) == .init(sent: 1))
            let mail = MailMessage(parsing: try #require(try relay.messages().first).data)
            let ics = try #require(mail.attachments.first)
            #expect(ics.contentType.hasPrefix("text/calendar") && ics.filename == "pieraksts.ics")
            let text = String(decoding: ics.data, as: UTF8.self)
            #expect(text.contains("DTSTART;TZID=Europe/Riga:20261222T100000") && text.contains("LOCATION:Ogres nodaļa\\, Brīvības iela 11"))
            #expect(mail.text == m.body)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aRelayThatCannotBeReachedIsTriedAgainLater(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { i in
            let m = Self.message(to: "janis@example.lv")
            try await Outbox.enqueue([m], on: i.db, now: Self.now)
            // A port nothing listens on: the connection is refused.
            let report = try await Self.deliver(i.db, relayPort: 1, at: Self.now)
            #expect(report == .init(retrying: 1))
            let row = try await Self.row(i.db, m.id)
            #expect(row.status == .temporaryFailure && row.delivery.lastError?.contains("connect") == true)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aMessageHeldByAWorkerThatDiedIsSentOnceWithTheSameMessageID(kind: TestDatabase) async throws {
        let relay = try SMTPRelay()
        defer { relay.stop() }
        try await withSeededDatabase(kind) { i in
            let m = Self.message(to: "janis@example.lv")
            try await Outbox.enqueue([m], on: i.db, now: Self.now)
            let queue = FluentOutboxQueue(db: i.db)
            // A worker claims it and dies: nobody else may take it while its lease runs…
            let held = try await queue.claim(now: Self.now, limit: 10, leaseUntil: Self.now.addingTimeInterval(300))
            #expect(held.map(\.id) == [m.id])
            #expect(try await queue.claim(now: Self.now.addingTimeInterval(10), limit: 10, leaseUntil: Self.now.addingTimeInterval(310)).isEmpty)
            // …then another worker sends it.
            let after = Self.now.addingTimeInterval(301)
            #expect(try await Self.deliver(i.db, relayPort: relay.port, at: after) == .init(sent: 1))
            // The dead worker's late answer changes nothing.
            try await queue.record(m.id, attempt: 1, outcome: .temporaryFailure("late"), rule: .standard, now: after)
            let row = try await Self.row(i.db, m.id)
            #expect(row.status == .sent && row.delivery.attempts == 2)
            #expect(try relay.messages().count == 1)
        }
    }

    @Test func aPasswordGoesOnlyOverTLSAndTheRelayReadsUTF8() async throws {
        let relay = try SMTPRelay(auth: "apkalpe:slepens", tls: true)
        defer { relay.stop() }
        var c = try SMTPConfiguration(url: "smtp://apkalpe:slepens@127.0.0.1:\(relay.port)?starttls=true&verify=false&timeout=90")
        let sender = SMTPSender(client: SMTPClient(configuration: c), from: Self.from)
        let m = Self.message(to: "jānis@piemērs.lv", body: "Ā Č Ē Ģ Ī Ķ Ļ Ņ Š Ū Ž — ā č ē ģ ī ķ ļ ņ š ū ž")
        let outcome = await sender.send(m)
        #expect(outcome == .sent(providerID: "2.0.0 Ok: queued as A00001"), "\(outcome)")
        let received = try #require(try relay.messages().first)
        #expect(received.envelope["tls"] as? Bool == true)
        #expect(received.envelope["smtputf8"] as? Bool == true)
        #expect(MailMessage(parsing: received.data).text == m.body)
        // A wrong password is a refusal the relay gives for good.
        c.password = "nepareizi"
        let refused = await SMTPSender(client: SMTPClient(configuration: c), from: Self.from).send(m)
        guard case .permanentFailure(let why) = refused else { Issue.record("\(refused)"); return }
        #expect(why.contains("AUTH"))
    }
}
