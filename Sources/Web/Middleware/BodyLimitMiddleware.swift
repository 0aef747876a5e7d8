import Vapor

/// Every request body has a limit (issue 11, item 3; API-CONVENTIONS.md, Limits): a declared
/// length over it, or a body the server already read whole, is refused with 413 before any
/// handler or form decoder sees it. Streamed bodies meet the same limit where they are read
/// (`ContractLimitsMiddleware` for the API, Vapor's collection for forms).
struct BodyLimitMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let limit = BodyLimit.of(request)
        if let declared = request.headers.first(name: .contentLength).flatMap(Int.init), declared > limit {
            throw Abort(.payloadTooLarge)
        }
        if let data = request.body.data, data.readableBytes > limit { throw Abort(.payloadTooLarge) }
        return try await next.respond(to: request)
    }
}

/// The body a request may carry: the app's limit, or the larger one a route that takes files
/// declares (a submission's attachments, issue 14).
enum BodyLimit {
    static let userInfoKey = "apkalpe.maxBody"

    static func of(_ request: Request) -> Int {
        (request.route?.userInfo[userInfoKey] as? Int) ?? request.services.maxBodyBytes
    }

    /// Reads a streamed body whole, up to the route's limit, so that a form's fields (the CSRF
    /// token among them) can be decoded before the route's own collection.
    static func collect(_ request: Request) async throws {
        guard request.body.data == nil else { return }
        _ = try await request.body.collect(max: of(request)).get()
    }
}
