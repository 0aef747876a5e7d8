import Foundation

/// One MIME entity: its headers and body bytes, and — for a multipart — its parts (RFC 2046).
struct MIMEPart {
    let headers: [(name: String, value: String)]
    let body: [UInt8]
    let mediaType: String
    let parameters: [String: String]
    let disposition: String?
    let dispositionParameters: [String: String]
    let parts: [MIMEPart]

    /// Nesting deeper than this is not mail but an attack on the parser.
    static let maximumDepth = 20

    init(_ bytes: [UInt8], depth: Int = 0) {
        let (rawHeaders, body) = Self.split(bytes)
        let all = Self.headers(rawHeaders)
        headers = all
        self.body = body
        func value(_ n: String) -> String? { all.first { $0.name.caseInsensitiveCompare(n) == .orderedSame }?.value }
        let (type, params) = HeaderParameters.parse(value("Content-Type") ?? "")
        mediaType = type
        parameters = params
        let (disp, dispParams) = HeaderParameters.parse(value("Content-Disposition") ?? "")
        disposition = disp.isEmpty ? nil : disp
        dispositionParameters = dispParams
        if type.hasPrefix("multipart/"), let boundary = params["boundary"], !boundary.isEmpty, depth < Self.maximumDepth {
            parts = Self.split(body, boundary: boundary).map { MIMEPart($0, depth: depth + 1) }
        } else {
            parts = []
        }
    }

    var filename: String? {
        let name = dispositionParameters["filename"] ?? parameters["name"]
        guard let name, !name.isEmpty else { return nil }
        // A path in a file name is never kept (it names a file on the sender's disk).
        return name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init)
    }

    var transferEncoding: String {
        (headers.first { $0.name.caseInsensitiveCompare("Content-Transfer-Encoding") == .orderedSame }?.value ?? "")
            .trimmingCharacters(in: .whitespaces).lowercased()
    }

    var decodedBody: [UInt8] {
        switch transferEncoding {
        case "base64": return TransferEncoding.base64(body)
        case "quoted-printable": return TransferEncoding.quotedPrintable(body)
        default: return body
        }
    }

    var text: String { Charset.decode(decodedBody, charset: parameters["charset"]) }

    /// Every leaf part, depth first (a multipart's preamble and epilogue are not parts).
    func walk(_ visit: (MIMEPart) -> Void) {
        if parts.isEmpty {
            if !mediaType.hasPrefix("multipart/") { visit(self) }
        } else {
            for p in parts { p.walk(visit) }
        }
    }

    /// Headers and body at the first empty line (CRLF or bare LF).
    static func split(_ bytes: [UInt8]) -> ([UInt8], [UInt8]) {
        var i = 0
        while i < bytes.count {
            if bytes[i] == 10 {
                if i + 1 < bytes.count && bytes[i + 1] == 10 { return (Array(bytes[..<i]), Array(bytes[(i + 2)...])) }
                if i + 2 < bytes.count && bytes[i + 1] == 13 && bytes[i + 2] == 10 { return (Array(bytes[..<i]), Array(bytes[(i + 3)...])) }
            }
            i += 1
        }
        return (bytes, [])
    }

    /// Unfolded header lines, values decoded (RFC 2047); raw 8-bit values read as UTF-8 (RFC 6532).
    static func headers(_ raw: [UInt8]) -> [(name: String, value: String)] {
        let text = String(decoding: raw, as: UTF8.self).replacingOccurrences(of: "\r", with: "")
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let first = line.first, first == " " || first == "\t", !lines.isEmpty {
                lines[lines.count - 1] += " " + line.trimmingCharacters(in: .whitespaces)
            } else if !line.isEmpty {
                lines.append(String(line))
            }
        }
        return lines.compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { return nil }
            return (name, EncodedWords.decode(line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
    }

    /// The body parts between `--boundary` lines, up to `--boundary--`.
    static func split(_ body: [UInt8], boundary: String) -> [[UInt8]] {
        let marker = Array("--\(boundary)".utf8)
        var parts: [[UInt8]] = [], start: Int? = nil, lineStart = 0
        func lineEnd(_ from: Int) -> Int {
            var j = from
            while j < body.count && body[j] != 10 { j += 1 }
            return j
        }
        while lineStart < body.count {
            let end = lineEnd(lineStart)
            var line = Array(body[lineStart..<end])
            if line.last == 13 { line.removeLast() }
            while let last = line.last, last == 32 || last == 9 { line.removeLast() }   // transport padding
            if line.count >= marker.count && Array(line[..<marker.count]) == marker {
                let rest = line[marker.count...]
                if rest.isEmpty || Array(rest) == [45, 45] {
                    if let s = start {
                        // The CRLF before a boundary belongs to the boundary.
                        var partEnd = lineStart
                        if partEnd > s && body[partEnd - 1] == 10 { partEnd -= 1 }
                        if partEnd > s && body[partEnd - 1] == 13 { partEnd -= 1 }
                        parts.append(Array(body[s..<max(s, partEnd)]))
                    }
                    if Array(rest) == [45, 45] { return parts }
                    start = min(end + 1, body.count)
                }
            }
            lineStart = end + 1
        }
        if let s = start, s < body.count { parts.append(Array(body[s...])) }
        return parts
    }
}

/// `type/subtype; a=b; c="d e"; f*=utf-8''%C4%81` → lower-cased type and its parameters (RFC 2045,
/// RFC 2231 with continuations), each value decoded.
enum HeaderParameters {
    static func parse(_ value: String) -> (String, [String: String]) {
        var pieces: [String] = [], current = "", quoted = false, escaped = false
        for c in value {
            if escaped { current.append(c); escaped = false; continue }
            if c == "\\" && quoted { escaped = true; continue }
            if c == "\"" { quoted.toggle(); continue }
            if c == ";" && !quoted { pieces.append(current); current = ""; continue }
            current.append(c)
        }
        pieces.append(current)
        let type = pieces.first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        var plain: [String: String] = [:], extended: [String: [(Int, String, Bool)]] = [:]
        for piece in pieces.dropFirst() {
            guard let eq = piece.firstIndex(of: "=") else { continue }
            var key = piece[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
            let raw = piece[piece.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            var encoded = false
            if key.hasSuffix("*") { encoded = true; key.removeLast() }
            if let star = key.firstIndex(of: "*"), let n = Int(key[key.index(after: star)...]) {
                extended[String(key[..<star]), default: []].append((n, raw, encoded))
            } else if encoded {
                extended[key, default: []].append((0, raw, true))
            } else {
                plain[key] = raw
            }
        }
        for (key, sections) in extended {
            let ordered = sections.sorted { $0.0 < $1.0 }
            var charset: String? = nil, bytes: [UInt8] = []
            for (i, section) in ordered.enumerated() {
                var v = section.1
                if section.2 {
                    if i == 0 {
                        // charset'language'value
                        let fields = v.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                        if fields.count == 3 { charset = String(fields[0]); v = String(fields[2]) }
                    }
                    bytes += TransferEncoding.percent(v)
                } else {
                    bytes += Array(v.utf8)
                }
            }
            plain[key] = Charset.decode(bytes, charset: charset)
        }
        return (type, plain.mapValues { EncodedWords.decode($0) })
    }
}

enum TransferEncoding {
    static func base64(_ bytes: [UInt8]) -> [UInt8] {
        let clean = bytes.filter { b in (65...90).contains(b) || (97...122).contains(b) || (48...57).contains(b) || b == 43 || b == 47 }
        // One character past a group of four is no byte at all: not base64.
        if clean.count % 4 == 1 { return [] }
        var text = String(decoding: clean, as: UTF8.self)
        while text.count % 4 != 0 { text += "=" }
        return Data(base64Encoded: text).map { Array($0) } ?? []
    }

    static func quotedPrintable(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [], i = 0
        out.reserveCapacity(bytes.count)
        while i < bytes.count {
            let b = bytes[i]
            if b == 61 {   // "="
                if i + 1 < bytes.count && bytes[i + 1] == 10 { i += 2; continue }                          // soft break, LF
                if i + 2 < bytes.count && bytes[i + 1] == 13 && bytes[i + 2] == 10 { i += 3; continue }    // soft break, CRLF
                if i + 2 < bytes.count, let h = hex(bytes[i + 1]), let l = hex(bytes[i + 2]) {
                    out.append(h << 4 | l)
                    i += 3
                    continue
                }
            }
            out.append(b)
            i += 1
        }
        return out
    }

    static func percent(_ text: String) -> [UInt8] {
        let bytes = Array(text.utf8)
        var out: [UInt8] = [], i = 0
        while i < bytes.count {
            if bytes[i] == 37, i + 2 < bytes.count, let h = hex(bytes[i + 1]), let l = hex(bytes[i + 2]) {
                out.append(h << 4 | l)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }

    static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case 48...57: return b - 48
        case 65...70: return b - 55
        case 97...102: return b - 87
        default: return nil
        }
    }
}

/// RFC 2047: `=?charset?B?…?=` and `=?charset?Q?…?=`; white space between two encoded words goes.
enum EncodedWords {
    static func decode(_ text: String) -> String {
        guard text.contains("=?") else { return text }
        let pattern = #"=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?="#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return text }
        let ns = text as NSString
        var out = "", last = 0, previousWasWord = false
        for match in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let between = ns.substring(with: NSRange(location: last, length: match.range.location - last))
            if !(previousWasWord && between.allSatisfy(\.isWhitespace)) { out += between }
            let charset = ns.substring(with: match.range(at: 1)).split(separator: "*").first.map(String.init)
            let encoding = ns.substring(with: match.range(at: 2)).uppercased()
            let payload = ns.substring(with: match.range(at: 3))
            let bytes = encoding == "B" ? TransferEncoding.base64(Array(payload.utf8))
                : TransferEncoding.quotedPrintable(Array(payload.replacingOccurrences(of: "_", with: " ").utf8))
            out += Charset.decode(bytes, charset: charset)
            last = match.range.location + match.range.length
            previousWasWord = true
        }
        out += ns.substring(from: last)
        return out
    }
}
