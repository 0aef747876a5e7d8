import Foundation
import Vapor
import Yams

/// The contract, served as written (`/openapi.yaml`) and as JSON (`/openapi.json`).
struct OpenAPIDocument: Sendable {
    let yaml: String
    let json: Data

    static func load() throws -> OpenAPIDocument {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml") else {
            throw Abort(.internalServerError, reason: "openapi.yaml is missing from the bundle")
        }
        let yaml = try String(contentsOf: url, encoding: .utf8)
        let object = try Yams.load(yaml: yaml) ?? [:]
        let json = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return OpenAPIDocument(yaml: yaml, json: json)
    }

    func response(json asJSON: Bool) -> Response {
        let r = Response(status: .ok)
        if asJSON {
            r.headers.contentType = .json
            r.body = .init(data: json)
        } else {
            r.headers.contentType = HTTPMediaType(type: "application", subType: "yaml", parameters: ["charset": "utf-8"])
            r.body = .init(string: yaml)
        }
        return r
    }
}
