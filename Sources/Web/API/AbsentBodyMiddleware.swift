import HTTPTypes
import OpenAPIRuntime

/// A request that sends no body at all (no Content-Type, no length) has no body. The Vapor
/// transport always hands the generated code a body, so an operation whose body is optional
/// (`queueAction`: `POST …/park` with nothing to add) would otherwise reject it as malformed.
struct AbsentBodyMiddleware: ServerMiddleware {
    func intercept(_ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
                   next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?))
        async throws -> (HTTPResponse, HTTPBody?) {
        let fields = request.headerFields
        let empty = fields[.contentType] == nil && fields[.transferEncoding] == nil
            && (fields[.contentLength] == nil || fields[.contentLength] == "0")
        return try await next(request, empty ? nil : body, metadata)
    }
}
