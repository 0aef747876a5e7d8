import Foundation
import HTTPTypes
import OpenAPIRuntime

/// The contract's size limits, enforced (issue 11, item 3; API-CONVENTIONS.md, Limits): the
/// generated code checks types but not `maxLength`/`maxItems`, and the Vapor transport streams
/// a body of any size. Built once from `openapi.yaml`: every string and array of each
/// operation's JSON request body, with its limit.
indirect enum LimitNode: Sendable {
    case string(maxLength: Int?)
    case array(maxItems: Int?, items: LimitNode)
    case object(properties: [String: LimitNode], additional: LimitNode?)
    /// `oneOf`/`anyOf`/`allOf`: each branch's limits apply where the value fits it.
    case branches([LimitNode])
    case unconstrained

    /// Builds the node for a schema, following `$ref`s into `components/schemas` (a ref seen
    /// again on the same path is a recursion and stops there).
    static func build(_ schema: Any?, components: [String: Any], seen: Set<String> = []) -> LimitNode {
        guard let schema = schema as? [String: Any] else { return .unconstrained }
        if let ref = schema["$ref"] as? String {
            let name = String(ref.split(separator: "/").last ?? "")
            guard !seen.contains(name) else { return .unconstrained }
            return build(components[name], components: components, seen: seen.union([name]))
        }
        for key in ["oneOf", "anyOf", "allOf"] {
            if let list = schema[key] as? [Any] {
                return .branches(list.map { build($0, components: components, seen: seen) })
            }
        }
        let type = schema["type"] as? String ?? (schema["type"] as? [String])?.first { $0 != "null" }
        switch type {
        case "string":
            return .string(maxLength: schema["maxLength"] as? Int)
        case "array":
            return .array(maxItems: schema["maxItems"] as? Int, items: build(schema["items"], components: components, seen: seen))
        case "object":
            let properties = (schema["properties"] as? [String: Any] ?? [:]).mapValues { build($0, components: components, seen: seen) }
            let additional = schema["additionalProperties"].flatMap { $0 is Bool ? nil : build($0, components: components, seen: seen) }
            return .object(properties: properties, additional: additional)
        default:
            return .unconstrained
        }
    }

    /// JSON pointers of every `null` given for a property the contract types (none is nullable):
    /// the generated decoder reads an explicit null as "not given", which would accept a body the
    /// schema refuses (schemathesis, issue 15).
    func nulls(_ value: JSONShape, pointer: String = "") -> [String] {
        switch self {
        case .unconstrained, .string:
            return []
        case .array(_, let items):
            guard case .array(let list) = value else { return [] }
            return list.enumerated().flatMap { $0.element == .null ? ["\(pointer)/\($0.offset)"]
                                                                   : items.nulls($0.element, pointer: "\(pointer)/\($0.offset)") }
        case .object(let properties, let additional):
            guard case .object(let members) = value else { return [] }
            return members.sorted { $0.key < $1.key }.flatMap { key, v -> [String] in
                guard let node = properties[key] ?? additional else { return [] }
                let escaped = Self.escape(key)
                return v == .null ? ["\(pointer)/\(escaped)"] : node.nulls(v, pointer: "\(pointer)/\(escaped)")
            }
        case .branches(let nodes):
            var seen = Set<String>()
            return nodes.flatMap { $0.nulls(value, pointer: pointer) }.filter { seen.insert($0).inserted }
        }
    }

    /// JSON pointers (RFC 6901) of every value over its limit, with the limit.
    func violations(_ value: JSONShape, pointer: String = "") -> [(pointer: String, limit: Int)] {
        switch self {
        case .unconstrained:
            return []
        case .string(let max):
            // JSON Schema counts characters as code points.
            guard let max, case .string(let length) = value, length > max else { return [] }
            return [(pointer.isEmpty ? "/" : pointer, max)]
        case .array(let max, let items):
            guard case .array(let list) = value else { return [] }
            if let max, list.count > max { return [(pointer.isEmpty ? "/" : pointer, max)] }
            return list.enumerated().flatMap { items.violations($0.element, pointer: "\(pointer)/\($0.offset)") }
        case .object(let properties, let additional):
            guard case .object(let members) = value else { return [] }
            return members.sorted { $0.key < $1.key }.flatMap { key, v -> [(pointer: String, limit: Int)] in
                guard let node = properties[key] ?? additional else { return [] }
                return node.violations(v, pointer: "\(pointer)/\(Self.escape(key))")
            }
        case .branches(let nodes):
            // The tightest reading: a value over a limit in any branch that constrains it is refused.
            var seen = Set<String>()
            return nodes.flatMap { $0.violations(value, pointer: pointer) }.filter { seen.insert($0.pointer).inserted }
        }
    }

    /// A key as a JSON pointer segment (RFC 6901 §3: "~" is "~0", "/" is "~1").
    static func escape(_ key: String) -> String {
        guard key.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return key }
        return key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}

/// Reads each API request body up to the limit (413 past it) and refuses strings and arrays
/// over the contract's limits (422 `/problems/too-long` naming each) before the generated code
/// or a handler sees them.
struct ContractLimitsMiddleware: ServerMiddleware {
    let maxBodyBytes: Int
    /// operationId → its own, larger body limit (`x-apkalpe-max-body`).
    var bodySizeLimits: [String: Int] = [:]
    /// operationId → the limits of its JSON request body.
    let bodies: [String: LimitNode]
    /// operationId → its path and query parameters' `maxLength`s.
    let parameters: [String: [ParameterLimit]]

    struct ParameterLimit: Sendable {
        let name: String
        let inQuery: Bool
        let maxLength: Int
        /// A query parameter's contract `pattern` (the generated code does not check it). Path
        /// parameters are left to their handlers: an id of the wrong shape is simply not found.
        let pattern: String?
        /// Compiled once: `range(of:options: .regularExpression)` compiled the pattern on every
        /// request (issue 17, item 4). A pattern that does not compile matches nothing, as before.
        private let compiled: NSRegularExpression?

        init(name: String, inQuery: Bool, maxLength: Int, pattern: String? = nil) {
            self.name = name
            self.inQuery = inQuery
            self.maxLength = maxLength
            self.pattern = pattern
            self.compiled = pattern.flatMap { try? NSRegularExpression(pattern: $0) }
        }

        func matches(_ value: String) -> Bool {
            guard pattern != nil else { return true }
            guard let compiled else { return false }
            return compiled.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) != nil
        }
    }

    /// Query parameters outside their contract pattern: a bad request naming the parameter.
    func patternViolations(_ request: HTTPRequest, operationID: String) -> [String] {
        guard let limits = parameters[operationID] else { return [] }
        let query = URLComponents(string: request.path ?? "")?.queryItems ?? []
        return limits.filter { $0.inQuery && $0.pattern != nil }.compactMap { limit in
            query.contains { $0.name == limit.name && !limit.matches($0.value ?? "") } ? limit.name : nil
        }
    }

    /// Parameters over their length are named like body fields (`/from`).
    func parameterViolations(_ request: HTTPRequest, metadata: ServerRequestMetadata,
                             operationID: String) -> [(pointer: String, limit: Int)] {
        guard let limits = parameters[operationID], !limits.isEmpty else { return [] }
        let query = URLComponents(string: request.path ?? "")?.queryItems ?? []
        return limits.compactMap { limit in
            let values = limit.inQuery ? query.filter { $0.name == limit.name }.compactMap(\.value)
                                       : metadata.pathParameters[limit.name].map { [String($0)] } ?? []
            guard values.contains(where: { $0.unicodeScalars.count > limit.maxLength }) else { return nil }
            return ("/\(limit.name)", limit.maxLength)
        }
    }

    func intercept(_ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
                   next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?))
        async throws -> (HTTPResponse, HTTPBody?) {
        let overParameters = parameterViolations(request, metadata: metadata, operationID: operationID)
        if !overParameters.isEmpty { throw Self.tooLong(overParameters) }
        if let name = patternViolations(request, operationID: operationID).first {
            throw APIProblem.parameter(name, { $0.malformedRequest })
        }
        guard let body else { return try await next(request, nil, metadata) }
        let limit = bodySizeLimits[operationID] ?? maxBodyBytes
        if let declared = request.headerFields[.contentLength].flatMap(Int.init), declared > limit {
            throw APIProblem.tooLarge(limit)
        }
        // Read chunk by chunk and stop at the limit: a chunked upload of any size costs no more.
        var data: [UInt8] = []
        for try await chunk in body {
            guard data.count + chunk.count <= limit else { throw APIProblem.tooLarge(limit) }
            data.append(contentsOf: chunk)
        }
        if let node = bodies[operationID], !data.isEmpty, let json = JSONShape.parse(data) {
            if let null = node.nulls(json).first { throw APIProblem.parameter(String(null.dropFirst()), { $0.malformedRequest }) }
            let over = node.violations(json)
            if !over.isEmpty { throw Self.tooLong(over) }
        }
        return try await next(request, HTTPBody(data), metadata)
    }
}

extension ContractLimitsMiddleware {
    static func tooLong(_ over: [(pointer: String, limit: Int)]) -> APIProblem {
        APIProblem(.tooLong, detail: { s in s.tooLong(over[0].limit) }, errors: { s in
            over.map { APIProblem.FieldError(pointer: $0.pointer, detail: s.tooLong($0.limit)) }
        })
    }
}

extension APIProblem {
    static func tooLarge(_ bytes: Int) -> APIProblem {
        APIProblem(.tooLarge, detail: { $0.bodyTooLarge(bytes / 1024) })
    }
}
