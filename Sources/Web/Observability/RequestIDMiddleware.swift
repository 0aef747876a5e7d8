import Domain
import Foundation
import Vapor

/// Every response carries `X-Request-Id`, and every log line of the request the same id
/// (`request-id` metadata): a caller's own id is kept if it is a plain token (letters, digits,
/// `.`, `_`, `-`, up to 64), otherwise a new one is made — so a header cannot write into the logs.
struct RequestIDMiddleware: AsyncMiddleware {
    static func acceptable(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && id.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) && $0.isASCII || $0 == "-" || $0 == "_" || $0 == "."
        }
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let given = request.headers.first(name: .xRequestId) ?? ""
        let id = Self.acceptable(given) ? given : UUID.random().uuidString.lowercased()
        request.logger[metadataKey: "request-id"] = .string(id)
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: .xRequestId, value: id)
        return response
    }
}
