import Vapor

/// The API's answers leave in one write (issue 17, item 4). The OpenAPI transport hands Vapor
/// every body as a stream, which Vapor writes to the socket as the head, each chunk and the end
/// separately — three writes and a task for an answer of a few hundred bytes. A stream of known,
/// modest length is gathered first; an open-ended one (an event stream) is left to flow.
struct WholeBodyMiddleware: AsyncMiddleware {
    static let limit = 1 << 20

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        guard response.body.buffer == nil, (1...Self.limit).contains(response.body.count),
              let whole = try await response.body.collect(on: request.eventLoop).get() else { return response }
        response.body = .init(buffer: whole, byteBufferAllocator: request.byteBufferAllocator)
        return response
    }
}
