import Foundation
import Testing
@testable import Web

/// The contract-limit check's own JSON reading (issue 17) must see what JSONSerialization sees:
/// the same structure, keys and string lengths in code points — or refuse what it refuses.
@Suite("JSON shapes for the contract's limits")
struct JSONShapeTests {
    /// The shape Foundation's reading gives, for comparison.
    static func shape(_ value: Any) -> JSONShape {
        if value is NSNull { return .null }
        if let s = value as? String { return .string(length: s.unicodeScalars.count) }
        if let a = value as? [Any] { return .array(a.map(shape)) }
        if let o = value as? [String: Any] {
            return .object(o.map { (key: $0.key, value: shape($0.value)) }.sorted { $0.key < $1.key })
        }
        return .scalar
    }

    static func sortedKeys(_ s: JSONShape) -> JSONShape {
        switch s {
        case .array(let a): return .array(a.map(sortedKeys))
        case .object(let o): return .object(o.map { (key: $0.key, value: sortedKeys($0.value)) }.sorted { $0.key < $1.key })
        default: return s
        }
    }

    static let texts: [String] = [
        #"{"name":"Jānis","surname":"Bērziņš","interpreter":false,"phone":null}"#,
        #"{"a":[1,-2.5e3,true,null,"x"],"b":{"c":{"d":[]}},"e":{}}"#,
        #"  [ "\u0041\u00e9\ud83d\ude00", "\\\"\/\b\f\n\r\t", "😀 ģ", 0, -0.0, 1E+2 ]  "#,
        #"{"k\u00e9y":"v","a\/b":"~","t~0":1}"#,
        #""just a string""#, "42", "null", "true",
        // Foundation's reader (the generated decoder's) accepts a trailing comma, so the limits must see that body too.
        "[1,]", #"{"a":"long",}"#, "[ 1 , ]",
        // Not JSON: both refuse.
        #"{"lone":"\ud83d x"}"#, #""\ude00""#, "", "{", "[,]", "{,}", #"{"a" 1}"#, "01", "1.", "-", "+1", ".5", "1e", "tru", "nul", #""\x""#,
        #"{"a":"unterminated}"#, "[1 2]", #"{1:2}"#, "\"tab\there\"", "[] []",
    ]

    @Test(arguments: texts)
    func readsWhatFoundationReads(_ text: String) throws {
        let foundation = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        let mine = JSONShape.parse(Array(text.utf8))
        #expect((foundation == nil) == (mine == nil), "\(text)")
        if let foundation, let mine { #expect(Self.sortedKeys(mine) == Self.shape(foundation), "\(text)") }
    }

    @Test func nestingPastTheLimitIsLeftToTheDecoder() {
        let deep = String(repeating: "[", count: JSONShape.maxDepth + 1) + String(repeating: "]", count: JSONShape.maxDepth + 1)
        #expect(JSONShape.parse(Array(deep.utf8)) == nil)
        let fine = String(repeating: "[", count: 10) + String(repeating: "]", count: 10)
        #expect(JSONShape.parse(Array(fine.utf8)) != nil)
    }

    @Test func limitsAreCheckedOnTheShape() {
        let node = LimitNode.object(properties: ["name": .string(maxLength: 3), "tags": .array(maxItems: 2, items: .string(maxLength: 1)),
                                                 "a/b": .string(maxLength: 1)], additional: nil)
        let body = JSONShape.parse(Array(#"{"name":"Jānis","tags":["x","yy"],"a\/b":"zz","other":"long text"}"#.utf8))!
        #expect(node.violations(body).map(\.pointer) == ["/a~1b", "/name", "/tags/1"])
        #expect(node.nulls(JSONShape.parse(Array(#"{"name":null,"tags":[null]}"#.utf8))!) == ["/name", "/tags/0"])
    }
}
