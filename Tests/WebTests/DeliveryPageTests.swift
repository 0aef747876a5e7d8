import Domain
import Fluent
import Foundation
import Storage
import Testing
import TestSupport
import VaporTesting
@testable import Web
@testable import Wiring

/// Issue 15, item 2: staff see how each message's delivery went — on the mailbox page, after the
/// worker (`apkalpe outbox deliver`, the same use case `serve` runs every few seconds) has tried.
@Suite("Delivery status on the staff mailbox")
struct DeliveryPageTests {
    @Test(arguments: TestDB.all)
    func theMailboxShowsQueuedThenSentOrFailedWithTheReason(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let created = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(
                phone: nil, email: "janis@example.lv", office: "ogre"), headers: [:])
            #expect(created.status == .created)
            let (supervisor, _) = try await staffToken(app, roles: [.supervisor], offices: ["ogre"])
            let s = Browser(app)
            _ = try await s.signIn(supervisor.email, StaffPageTests.password)
            let email = try #require(try await Outbox.messages(on: app.db).first { $0.channel == .email && $0.kind == .confirmation })
            let page = "/staff/outbox/\(email.id.uuidString)"
            // The confirmation, and the reminder when the day before the visit is today.
            let due = try await Outbox.messages(on: app.db).filter { $0.sendAfter <= testNow }.count
            #expect(due >= 1)
            let queued = try await s.get(page)
            #expect(queued.text.contains("gaida nosūtīšanu · 0 mēģinājumi"))

            // A relay that cannot be reached: tried again later, and the page says why.
            var unreachable = AppSettings(clock: FixedClock(testNow))
            unreachable.smtpURL = "smtp://127.0.0.1:1"
            let failed = try await AdminCLI.execute(["outbox", "deliver"], db: app.db, settings: unreachable, stdin: { nil })
            #expect(failed == "sent=0 retrying=\(due) failed=0")
            let retrying = try await s.get(page)
            #expect(retrying.text.contains("neizdevās, tiks mēģināts vēlreiz · 1 mēģinājums"))
            #expect(retrying.text.contains("Could not connect"))

            // Without a relay (the default), a minute later it is sent to the local mailbox.
            let later = AppSettings(clock: FixedClock(testNow.addingTimeInterval(61)))
            #expect(try await AdminCLI.execute(["outbox", "deliver"], db: app.db, settings: later, stdin: { nil })
                    == "sent=\(due) retrying=0 failed=0")
            let sent = try await s.get("/en" + page)
            #expect(sent.text.contains("sent · 2 attempts"))
            #expect(sent.text.contains("local mailbox"))
            #expect(!sent.text.contains("Could not connect"))

            var bad = AppSettings(clock: FixedClock(testNow))
            bad.smtpURL = "http://relay"
            await #expect(throws: AdminCLI.UsageError.self) {
                try await AdminCLI.execute(["outbox", "deliver"], db: app.db, settings: bad, stdin: { nil })
            }
        }
    }
}
