import AsyncHTTPClient
import Domain
import Foundation
import NIOCore
import NIOHTTP1

/// A generic SMS provider's HTTP API (issue 15, item 4), configured by `APKALPE_SMS_URL` and
/// `APKALPE_SMS_TOKEN`: one `POST` per message,
///
///     Authorization: Bearer <token>
///     Idempotency-Key: <the outbox row's id>
///     {"to": "+37120000000", "text": "…", "reference": "<the outbox row's id>"}
///
/// answered by any 2xx (with `{"id": "…"}` when the provider gives its own id). The key is the
/// row's id, so a message retried after a worker died between sending and recording is one the
/// provider can recognise. 408, 425, 429 and 5xx — and no answer at all — are tried again later;
/// any other 4xx (a number the provider refuses, a bad token) ends as a permanent failure.
public struct HTTPTextMessageSender: TextMessageSender {
    let url: String
    let token: String
    let client: HTTPClient
    let timeout: TimeAmount

    public init(url: String, token: String, client: HTTPClient = .shared, timeout: TimeAmount = .seconds(15)) {
        self.url = url
        self.token = token
        self.client = client
        self.timeout = timeout
    }

    struct Body: Encodable {
        let to: String
        let text: String
        let reference: String
    }

    struct Answer: Decodable { let id: String? }

    /// The provider's answer is read up to this size (an id, or an error's words).
    static let maximumAnswer = 64 * 1024

    public func send(_ message: OutboxMessage) async -> DeliveryOutcome {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Accept", value: "application/json")
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
        request.headers.add(name: "Idempotency-Key", value: message.id.uuidString)
        do {
            let body = try JSONEncoder().encode(Body(to: message.recipient, text: message.body, reference: message.id.uuidString))
            request.body = .bytes(ByteBuffer(bytes: body))
            let response = try await client.execute(request, timeout: timeout)
            let bytes = try await response.body.collect(upTo: Self.maximumAnswer)
            let code = Int(response.status.code)
            switch code {
            case 200..<300:
                let id = (try? JSONDecoder().decode(Answer.self, from: Data(bytes.readableBytesView)))?.id
                return .sent(providerID: id.map { String($0.prefix(200)) })
            case 408, 425, 429, 500..<600:
                return .temporaryFailure("SMS provider answered \(code) \(Self.words(bytes))")
            default:
                return .permanentFailure("SMS provider answered \(code) \(Self.words(bytes))")
            }
        } catch {
            // No answer (refused, timed out, TLS): the provider may not have it; try again.
            return .temporaryFailure("SMS provider not reached: \(error)")
        }
    }

    /// The start of the provider's words, for staff (never the message itself: only the answer).
    static func words(_ bytes: ByteBuffer) -> String {
        String(decoding: bytes.readableBytesView.prefix(200), as: UTF8.self)
    }
}
