/// A JSON body as the contract's limits need it (ContractLimitsMiddleware): the structure, each
/// string's length in code points and each key's text — nothing else is kept. Parsed by hand in
/// one pass because `JSONSerialization` and walking its bridged dictionaries twice cost 6 % of a
/// booking's CPU (issue 17, item 4). Total: any bytes give a shape or nil (not JSON, or nested
/// deeper than `maxDepth`); nil leaves the body to the generated decoder, which refuses it.
indirect enum JSONShape: Equatable {
    case null
    case scalar
    /// A string value, by its length in Unicode code points (JSON Schema's `maxLength`).
    case string(length: Int)
    case array([JSONShape])
    case object([(key: String, value: JSONShape)])

    /// As deep as Foundation's reader goes, so nothing it accepts goes unchecked here.
    static let maxDepth = 512

    static func == (a: JSONShape, b: JSONShape) -> Bool {
        switch (a, b) {
        case (.null, .null), (.scalar, .scalar): return true
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    static func parse(_ bytes: [UInt8]) -> JSONShape? {
        var parser = Parser(b: bytes)
        parser.skipSpace()
        guard let value = parser.value(depth: 0) else { return nil }
        parser.skipSpace()
        return parser.i == bytes.count ? value : nil
    }

    private struct Parser {
        let b: [UInt8]
        var i = 0

        mutating func skipSpace() {
            while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
        }

        mutating func literal(_ word: String) -> Bool {
            var k = i
            for byte in word.utf8 {
                guard k < b.count, b[k] == byte else { return false }
                k += 1
            }
            i = k
            return true
        }

        mutating func value(depth: Int) -> JSONShape? {
            guard depth < JSONShape.maxDepth, i < b.count else { return nil }
            switch b[i] {
            case UInt8(ascii: "{"): return object(depth: depth)
            case UInt8(ascii: "["): return array(depth: depth)
            case UInt8(ascii: "\""): return string(keeping: false).map { .string(length: $0.length) }
            case UInt8(ascii: "n"): return literal("null") ? .null : nil
            case UInt8(ascii: "t"): return literal("true") ? .scalar : nil
            case UInt8(ascii: "f"): return literal("false") ? .scalar : nil
            default: return number() ? .scalar : nil
            }
        }

        mutating func number() -> Bool {
            let start = i
            if i < b.count, b[i] == UInt8(ascii: "-") { i += 1 }
            let digits = i
            while i < b.count, (0x30...0x39).contains(b[i]) { i += 1 }
            guard i > digits, b[digits] != UInt8(ascii: "0") || i == digits + 1 else { return false }   // no leading zeros
            if i < b.count, b[i] == UInt8(ascii: ".") {
                i += 1
                let f = i
                while i < b.count, (0x30...0x39).contains(b[i]) { i += 1 }
                guard i > f else { return false }
            }
            if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
                i += 1
                if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
                let e = i
                while i < b.count, (0x30...0x39).contains(b[i]) { i += 1 }
                guard i > e else { return false }
            }
            return i > start
        }

        mutating func array(depth: Int) -> JSONShape? {
            i += 1
            var items: [JSONShape] = []
            skipSpace()
            if i < b.count, b[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            while true {
                skipSpace()
                guard let item = value(depth: depth + 1) else { return nil }
                items.append(item)
                skipSpace()
                guard i < b.count else { return nil }
                if b[i] == UInt8(ascii: ",") {
                    i += 1
                    skipSpace()
                    // Foundation's reader — the generated decoder's — accepts a trailing comma.
                    if i < b.count, b[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                    continue
                }
                if b[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                return nil
            }
        }

        mutating func object(depth: Int) -> JSONShape? {
            i += 1
            var members: [(key: String, value: JSONShape)] = []
            skipSpace()
            if i < b.count, b[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
            while true {
                skipSpace()
                guard i < b.count, b[i] == UInt8(ascii: "\""), let key = string(keeping: true) else { return nil }
                skipSpace()
                guard i < b.count, b[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                skipSpace()
                guard let v = value(depth: depth + 1) else { return nil }
                members.append((String(decoding: key.text, as: UTF8.self), v))
                skipSpace()
                guard i < b.count else { return nil }
                if b[i] == UInt8(ascii: ",") {
                    i += 1
                    skipSpace()
                    if i < b.count, b[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
                    continue
                }
                if b[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
                return nil
            }
        }

        static func hex(_ c: UInt8) -> UInt32? {
            switch c {
            case 0x30...0x39: return UInt32(c - 0x30)
            case 0x41...0x46: return UInt32(c - 0x41 + 10)
            case 0x61...0x66: return UInt32(c - 0x61 + 10)
            default: return nil
            }
        }

        mutating func unit() -> UInt32? {
            guard i + 4 <= b.count, let a = Self.hex(b[i]), let c = Self.hex(b[i + 1]), let d = Self.hex(b[i + 2]),
                  let e = Self.hex(b[i + 3]) else { return nil }
            i += 4
            return a << 12 | c << 8 | d << 4 | e
        }

        /// A string at `i` (the opening quote): its length in code points, and its UTF-8 text
        /// with escapes decoded when `keeping` (keys).
        mutating func string(keeping: Bool) -> (length: Int, text: [UInt8])? {
            i += 1
            var length = 0
            var text: [UInt8] = []
            while i < b.count {
                let c = b[i]
                if c == UInt8(ascii: "\"") { i += 1; return (length, text) }
                if c < 0x20 { return nil }
                if c == UInt8(ascii: "\\") {
                    guard i + 1 < b.count else { return nil }
                    let e = b[i + 1]
                    i += 2
                    var scalar: UInt32
                    switch e {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalar = UInt32(e)
                    case UInt8(ascii: "b"): scalar = 0x08
                    case UInt8(ascii: "f"): scalar = 0x0C
                    case UInt8(ascii: "n"): scalar = 0x0A
                    case UInt8(ascii: "r"): scalar = 0x0D
                    case UInt8(ascii: "t"): scalar = 0x09
                    case UInt8(ascii: "u"):
                        guard let u = unit() else { return nil }
                        scalar = u
                        // A surrogate pair written as two escapes is one code point; half of one is not text.
                        if (0xDC00...0xDFFF).contains(u) { return nil }
                        if (0xD800...0xDBFF).contains(u) {
                            guard i + 6 <= b.count, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") else { return nil }
                            i += 2
                            guard let low = unit(), (0xDC00...0xDFFF).contains(low) else { return nil }
                            scalar = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
                        }
                    default: return nil
                    }
                    length += 1
                    if keeping { text.append(contentsOf: String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8) }
                    continue
                }
                // A code point is one leading byte and its continuation bytes.
                if c & 0xC0 != 0x80 { length += 1 }
                if keeping { text.append(c) }
                i += 1
            }
            return nil
        }
    }
}
