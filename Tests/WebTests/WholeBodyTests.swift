import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Web

/// The API's answers are gathered before they are written (issue 17): a streamed body of known
/// length becomes one buffer with the same bytes; a stream of unknown length (an event stream)
/// is left to flow.
@Suite("Whole answers")
struct WholeBodyTests {
    @Test func aKnownLengthStreamIsGatheredAndAnOpenOneFlows() async throws {
        let app = try await Application.make(.testing)
        defer { Task { try? await app.asyncShutdown() } }
        let text = "{\"slots\":[\"ā\",\"ē\"]}"
        let bytes = Array(text.utf8)
        let responder = { (known: Bool) in
            AsyncBasicResponder { _ in
                let stream: @Sendable (any BodyStreamWriter) -> Void = { writer in
                    _ = writer.write(.buffer(ByteBuffer(bytes: bytes[..<5]))).flatMap {
                        writer.write(.buffer(ByteBuffer(bytes: bytes[5...])))
                    }.flatMap { writer.write(.end) }
                }
                return Response(status: .ok, body: known ? .init(stream: stream, count: bytes.count) : .init(stream: stream))
            }
        }
        let request = Request(application: app, on: app.eventLoopGroup.any())
        let gathered = try await WholeBodyMiddleware().respond(to: request, chainingTo: responder(true))
        #expect(gathered.body.buffer.map { Array($0.readableBytesView) } == bytes)
        let open = try await WholeBodyMiddleware().respond(to: request, chainingTo: responder(false))
        #expect(open.body.buffer == nil)
        #expect(try await open.body.collect(on: request.eventLoop).get().map { Array($0.readableBytesView) } == bytes)
    }

    /// Through the real server an API answer still arrives whole, with its length.
    @Test func anAnswerArrivesWithItsLength() async throws {
        try await withTestApp { app in
            let server = try app.testing(method: .running(hostname: "127.0.0.1", port: freePort()))
            let res = try await server.sendRequest(.GET, "/api/v1/offices")
            #expect(res.status == .ok)
            #expect(res.headers.first(name: .contentLength) == String(res.body.readableBytes))
            #expect(res.headers.first(name: .transferEncoding) == nil)
            #expect((try? JSONSerialization.jsonObject(with: Data(res.body.readableBytesView))) != nil)
        }
    }
}
