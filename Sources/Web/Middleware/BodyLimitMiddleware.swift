import Vapor

/// Every request body has a limit (issue 11, item 3; API-CONVENTIONS.md, Limits): a declared
/// length over it, or a body the server already read whole, is refused with 413 before any
/// handler or form decoder sees it. Streamed bodies meet the same limit where they are read
/// (`ContractLimitsMiddleware` for the API, Vapor's collection for forms).
struct BodyLimitMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let limit = request.application.appServices.maxBodyBytes
        if let declared = request.headers.first(name: .contentLength).flatMap(Int.init), declared > limit {
            throw Abort(.payloadTooLarge)
        }
        if let data = request.body.data, data.readableBytes > limit { throw Abort(.payloadTooLarge) }
        return try await next.respond(to: request)
    }
}
