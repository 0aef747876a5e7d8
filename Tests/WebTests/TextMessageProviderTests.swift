import Domain
import Foundation
import AsyncHTTPClient
import NIOConcurrencyHelpers
import Testing
import TextMessaging
import Vapor

/// Issue 15, item 4: the generic SMS provider adapter against a real HTTP server standing in for
/// the provider — the request it is given, and how each answer becomes a delivery outcome.
@Suite("SMS provider adapter")
struct TextMessageProviderTests {
    struct Received: Content {
        let to: String
        let text: String
        let reference: String
    }

    /// A provider on a free local port answering by the recipient: `+37120000001` accepted with an
    /// id, `+37120000002` 429, `+37120000003` 400, `+37120000004` 503; it remembers what came.
    func withProvider(_ body: (String, NIOLockedValueBox<[(HTTPHeaders, Received)]>) async throws -> Void) async throws {
        let app = try await Application.make(.testing)
        let seen = NIOLockedValueBox<[(HTTPHeaders, Received)]>([])
        app.http.server.configuration.hostname = "127.0.0.1"
        app.http.server.configuration.port = 0
        app.logger.logLevel = .warning
        app.post("messages") { req async throws -> Response in
            let got = try req.content.decode(Received.self)
            seen.withLockedValue { $0.append((req.headers, got)) }
            switch got.to {
            case "+37120000001": return try await ["id": "prov-\(got.reference.prefix(8))"].encodeResponse(status: .accepted, for: req)
            case "+37120000002": return Response(status: .tooManyRequests, body: "slow down")
            case "+37120000003": return Response(status: .badRequest, body: "invalid number")
            default: return Response(status: .serviceUnavailable)
            }
        }
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        do {
            let port = try #require(app.http.server.shared.localAddress?.port)
            try await body("http://127.0.0.1:\(port)/messages", seen)
        } catch {
            await app.server.shutdown()
            try await app.asyncShutdown()
            throw error
        }
        await app.server.shutdown()
        try await app.asyncShutdown()
    }

    func sms(to: String, text: String = "Jūsu pieraksts 22.12. plkst. 10.00, Ogre. PMLP") -> OutboxMessage {
        OutboxMessage(kind: .confirmation, channel: .sms, recipient: to, language: .lv, subject: "Pieraksts", body: text,
                      sendAfter: Date(), bookingID: nil, officeSlug: "ogre", clientID: nil)
    }

    @Test func eachAnswerOfTheProviderBecomesItsDeliveryOutcome() async throws {
        try await withProvider { url, seen in
            // Its own client, shut down before the provider so no kept-alive connection holds the server.
            let client = HTTPClient(eventLoopGroupProvider: .singleton)
            // A generous deadline: CI runs this beside 60 other suites on two cores, and a first
            // request that waited 15 s for a busy event loop once read as "not reached".
            let sender = HTTPTextMessageSender(url: url, token: "s3cret", client: client, timeout: .seconds(90))
            let accepted = sms(to: "+37120000001")
            let outcome = await sender.send(accepted)
            #expect(outcome == .sent(providerID: "prov-\(accepted.id.uuidString.prefix(8))"), "the provider's 202 read as \(outcome)")
            let first = try #require(seen.withLockedValue { $0.first })
            #expect(first.0.first(name: "Authorization") == "Bearer s3cret")
            #expect(first.0.first(name: "Idempotency-Key") == accepted.id.uuidString)
            #expect(first.1.text == "Jūsu pieraksts 22.12. plkst. 10.00, Ogre. PMLP" && first.1.reference == accepted.id.uuidString)

            guard case .temporaryFailure(let slow) = await sender.send(sms(to: "+37120000002")) else { Issue.record("429 is temporary"); return }
            #expect(slow.contains("429") && slow.contains("slow down"))
            guard case .permanentFailure(let bad) = await sender.send(sms(to: "+37120000003")) else { Issue.record("400 is permanent"); return }
            #expect(bad.contains("400") && bad.contains("invalid number"))
            guard case .temporaryFailure = await sender.send(sms(to: "+37120000004")) else { Issue.record("503 is temporary"); return }
            try await client.shutdown()
        }
        // No provider there at all: tried again later (the client keeps trying to connect until the deadline).
        guard case .temporaryFailure(let refused) = await HTTPTextMessageSender(url: "http://127.0.0.1:1/messages", token: "x",
                                                                                timeout: .seconds(1))
            .send(sms(to: "+37120000001")) else { Issue.record("a refused connection is temporary"); return }
        #expect(refused.contains("not reached"))
    }
}
