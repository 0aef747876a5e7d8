import Domain
import Fluent
import Foundation
import Storage
import Testing
import TestSupport
import VaporTesting
@testable import Web

/// Issue 12: rescheduling is one use case for the API and the manage page, and its confirmation
/// greets the client by name and carries an absolute manage link (it said "Labdien, !" with no
/// link, from both places).
@Suite("Reschedule confirmation (API and page)")
struct RescheduleMessageTests {
    static func confirmations(_ app: Application, code: String) async throws -> [OutboxMessage] {
        try await Outbox.messages(on: app.db).filter { $0.kind == .confirmation && $0.channel == .email && $0.subject.contains(code) }
    }

    @Test(arguments: TestDB.all)
    func theAPIsMoveGreetsByNameWithAnAbsoluteLink(db: TestDB) async throws {
        try await withTestApp(db, settings: { $0.publicURL = "https://apkalpe.pmlp.example/" }) { app in
            let created = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(email: "janis@example.lv"),
                                         headers: [:])
            let code = try #require(try created.json()["code"] as? String)
            let token = try #require(try created.json()["manageToken"] as? String)
            let moved = try await post(app, "/api/v1/bookings/\(code)/reschedule",
                                       json: #"{"start":"2026-12-22T09:30:00+02:00"}"#, headers: bearer(token))
            #expect(moved.status == .ok)
            let sent = try await Self.confirmations(app, code: code)
            #expect(sent.count == 2)
            // Both are queued at the same (test) instant: the move's is the one at the new time.
            let last = try #require(sent.first { $0.body.contains("plkst. 09:30") })
            #expect(last.body.hasPrefix("Labdien, Jānis Ozols!"))
            #expect(last.body.contains("https://apkalpe.pmlp.example/pieraksts/\(code)?token=\(token)"))
            // The first confirmation's link is absolute too.
            #expect(sent.allSatisfy { $0.body.contains("https://apkalpe.pmlp.example/pieraksts/\(code)?token=") })
            // A wrong token moves nothing.
            let wrong = try await post(app, "/api/v1/bookings/\(code)/reschedule",
                                       json: #"{"start":"2026-12-22T09:40:00+02:00"}"#, headers: bearer("apk_book_wrongwrongwrong"))
            #expect(wrong.status == .notFound)
        }
    }

    @Test func thePagesMoveGreetsByNameWithAnAbsoluteLink() async throws {
        try await withTestApp { app in
            let created = try await post(app, "/api/v1/bookings",
                                         json: BookingAPITests.body(email: "janis@example.lv").replacingOccurrences(
                                            of: #""language":"lv""#, with: #""language":"en""#), headers: [:])
            let code = try #require(try created.json()["code"] as? String)
            let token = try #require(try created.json()["manageToken"] as? String)
            let b = Browser(app)
            try await b.get("/en/booking/\(code)/reschedule/2026-12-22?token=\(token)")
            let csrf = try #require(b.lastHTML.range(of: "action=\"/en/booking/\(code)/reschedule\"").flatMap { r -> String? in
                let rest = b.lastHTML[r.upperBound...]
                guard let v = rest.range(of: "name=\"_csrf\" value=\"") else { return nil }
                return String(rest[v.upperBound...].prefix { $0 != "\"" })
            })
            let moved = try await b.post("/en/booking/\(code)/reschedule", ["token": token, "start": "2026-12-22T09:10:00+02:00"],
                                         csrf: csrf)
            #expect(moved.status == .seeOther)
            let last = try #require(try await Self.confirmations(app, code: code).first { $0.body.contains("at 09:10") })
            #expect(last.body.hasPrefix("Dear Jānis Ozols,"))
            #expect(last.body.contains("http://127.0.0.1:8080/en/booking/\(code)?token=\(token)"))
        }
    }
}
