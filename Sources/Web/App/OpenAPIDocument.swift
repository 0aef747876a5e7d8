import Foundation
import Vapor
import Yams

/// The contract, served as written (`/openapi.yaml`) and as JSON (`/openapi.json`).
struct OpenAPIDocument: Sendable {
    let yaml: String
    let json: Data
    /// operationId → names of its required query parameters.
    let requiredQuery: [String: [String]]
    /// "METHOD /path/{param}" of every operation that declares `security` → the permission it
    /// needs (`x-apkalpe-permission`), or "" for any authenticated caller.
    let secured: [String: String]
    /// operationId → the size limits of its JSON request body (`ContractLimitsMiddleware`).
    let requestBodyLimits: [String: LimitNode]
    /// operationId → the `maxLength` of each path and query parameter.
    let parameterLimits: [String: [ContractLimitsMiddleware.ParameterLimit]]
    /// operationId → a body limit above the app's (`x-apkalpe-max-body`: a raw e-mail with its files).
    let bodySizeLimits: [String: Int]

    func requiredQueryParameters(operationID: String) -> [String] { requiredQuery[operationID] ?? [] }

    static func load() throws -> OpenAPIDocument {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml") else {
            throw Abort(.internalServerError, reason: "openapi.yaml is missing from the bundle")
        }
        let yaml = try String(contentsOf: url, encoding: .utf8)
        let object = try Yams.load(yaml: yaml) ?? [:]
        let json = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return OpenAPIDocument(yaml: yaml, json: json, requiredQuery: Self.requiredQuery(in: object),
                               secured: Self.secured(in: object), requestBodyLimits: Self.requestBodyLimits(in: object),
                               parameterLimits: Self.parameterLimits(in: object), bodySizeLimits: Self.bodySizeLimits(in: object))
    }

    private static func parameterLimits(in object: Any) -> [String: [ContractLimitsMiddleware.ParameterLimit]] {
        guard let root = object as? [String: Any], let paths = root["paths"] as? [String: [String: Any]] else { return [:] }
        let shared = (root["components"] as? [String: Any])?["parameters"] as? [String: [String: Any]] ?? [:]
        var result: [String: [ContractLimitsMiddleware.ParameterLimit]] = [:]
        for operations in paths.values {
            for case let op as [String: Any] in operations.values {
                guard let id = op["operationId"] as? String else { continue }
                result[id] = (op["parameters"] as? [[String: Any]] ?? []).compactMap { p in
                    let p = (p["$ref"] as? String).map { shared[String($0.split(separator: "/").last ?? "")] ?? [:] } ?? p
                    guard let name = p["name"] as? String, let place = p["in"] as? String, place == "path" || place == "query",
                          let max = (p["schema"] as? [String: Any])?["maxLength"] as? Int else { return nil }
                    return .init(name: name, inQuery: place == "query", maxLength: max,
                                 pattern: place == "query" ? (p["schema"] as? [String: Any])?["pattern"] as? String : nil)
                }
            }
        }
        return result
    }

    private static func bodySizeLimits(in object: Any) -> [String: Int] {
        guard let root = object as? [String: Any], let paths = root["paths"] as? [String: [String: Any]] else { return [:] }
        var result: [String: Int] = [:]
        for operations in paths.values {
            for case let op as [String: Any] in operations.values {
                if let id = op["operationId"] as? String, let bytes = op["x-apkalpe-max-body"] as? Int { result[id] = bytes }
            }
        }
        return result
    }

    /// The Vapor path components of each operation with its own body limit, for the route's limit.
    func largeBodyRoutes() -> [(path: [String], bytes: Int)] {
        guard let root = (try? JSONSerialization.jsonObject(with: json)) as? [String: Any],
              let paths = root["paths"] as? [String: [String: Any]] else { return [] }
        return paths.flatMap { path, operations in
            operations.values.compactMap { op -> (path: [String], bytes: Int)? in
                guard let op = op as? [String: Any], let bytes = op["x-apkalpe-max-body"] as? Int else { return nil }
                return (path.split(separator: "/").map { $0.hasPrefix("{") ? ":" + $0.dropFirst().dropLast() : String($0) }, bytes)
            }
        }
    }

    private static func requestBodyLimits(in object: Any) -> [String: LimitNode] {
        guard let root = object as? [String: Any], let paths = root["paths"] as? [String: [String: Any]] else { return [:] }
        let components = (root["components"] as? [String: Any])?["schemas"] as? [String: Any] ?? [:]
        var result: [String: LimitNode] = [:]
        for operations in paths.values {
            for case let op as [String: Any] in operations.values {
                guard let id = op["operationId"] as? String,
                      let content = (op["requestBody"] as? [String: Any])?["content"] as? [String: Any],
                      let json = content["application/json"] as? [String: Any] else { continue }
                result[id] = LimitNode.build(json["schema"], components: components)
            }
        }
        return result
    }

    private static func secured(in object: Any) -> [String: String] {
        guard let root = object as? [String: Any], let paths = root["paths"] as? [String: [String: Any]] else { return [:] }
        var result: [String: String] = [:]
        for (path, operations) in paths {
            for (method, op) in operations {
                guard let op = op as? [String: Any], let security = op["security"] as? [Any], !security.isEmpty else { continue }
                result["\(method.uppercased()) \(path)"] = op["x-apkalpe-permission"] as? String ?? ""
            }
        }
        return result
    }

    /// For the operation behind a Vapor route: nil when it is open; otherwise the permission it
    /// needs ("" for any authenticated caller).
    func security(method: String, components: [PathComponent]) -> String? {
        let path = "/" + components.map { c -> String in
            if case .parameter(let name) = c { return "{\(name)}" }
            return c.description
        }.joined(separator: "/")
        return secured["\(method) \(path)"]
    }

    private static func requiredQuery(in object: Any) -> [String: [String]] {
        guard let root = object as? [String: Any], let paths = root["paths"] as? [String: [String: Any]] else { return [:] }
        let shared = (root["components"] as? [String: Any])?["parameters"] as? [String: [String: Any]] ?? [:]
        var result: [String: [String]] = [:]
        for operations in paths.values {
            for case let operation as [String: Any] in operations.values {
                guard let id = operation["operationId"] as? String else { continue }
                let parameters = (operation["parameters"] as? [[String: Any]] ?? []).map { p -> [String: Any] in
                    guard let ref = p["$ref"] as? String else { return p }
                    return shared[String(ref.split(separator: "/").last ?? "")] ?? [:]
                }
                result[id] = parameters.filter { $0["in"] as? String == "query" && $0["required"] as? Bool == true }
                    .compactMap { $0["name"] as? String }
            }
        }
        return result
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
