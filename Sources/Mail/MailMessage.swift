import Foundation

/// One e-mail as `apkalpe mail ingest` and the mail API receive it (issue 14, K-INTAKE): an RFC 5322
/// message with MIME (RFC 2045-2049) — headers unfolded and RFC 2047 encoded words decoded,
/// multipart bodies (nested) split at their boundaries, base64 and quoted-printable undone, text
/// in its charset (UTF-8, ASCII, ISO-8859-1, Windows-1252, and the Baltic ISO-8859-13 and
/// Windows-1257 that Latvian mail still uses), attachments with their RFC 2231 file names.
/// Parsing never traps: whatever the bytes, the result is a message, perhaps an empty one.
public struct MailMessage: Sendable, Equatable {
    public struct Address: Sendable, Equatable {
        public let name: String?
        public let email: String
        public init(name: String?, email: String) {
            self.name = name
            self.email = email
        }
    }

    public struct Attachment: Sendable, Equatable {
        public let filename: String
        public let contentType: String
        public let data: Data
        public init(filename: String, contentType: String, data: Data) {
            self.filename = filename
            self.contentType = contentType
            self.data = data
        }
    }

    /// Every header in order, names as written, values unfolded and decoded.
    public let headers: [(name: String, value: String)]
    public let messageID: String?
    public let from: Address?
    public let to: [Address]
    public let subject: String
    public let date: Date?
    /// The text part (text/plain preferred; text/html with its tags dropped when there is none).
    public let text: String
    public let attachments: [Attachment]

    public static func == (a: MailMessage, b: MailMessage) -> Bool {
        a.headers.map { "\($0.name):\($0.value)" } == b.headers.map { "\($0.name):\($0.value)" } && a.messageID == b.messageID
            && a.from == b.from && a.to == b.to && a.subject == b.subject && a.date == b.date && a.text == b.text
            && a.attachments == b.attachments
    }

    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    public init(parsing raw: Data) {
        let part = MIMEPart(Array(raw))
        headers = part.headers
        func value(_ n: String) -> String? { part.headers.first { $0.name.caseInsensitiveCompare(n) == .orderedSame }?.value }
        messageID = value("Message-ID").flatMap(Self.angleAddress)
        from = value("From").flatMap { Self.addresses($0).first }
        to = (value("To").map(Self.addresses) ?? []) + (value("Cc").map(Self.addresses) ?? [])
        subject = value("Subject") ?? ""
        date = value("Date").flatMap(Self.date)
        var plain: [String] = [], html: [String] = [], files: [Attachment] = []
        part.walk { leaf in
            if let name = leaf.filename, leaf.disposition == "attachment" || !leaf.mediaType.hasPrefix("text/") {
                files.append(Attachment(filename: name, contentType: leaf.mediaType, data: Data(leaf.decodedBody)))
            } else if leaf.mediaType == "text/plain" || leaf.mediaType.isEmpty {
                plain.append(leaf.text)
            } else if leaf.mediaType == "text/html" {
                html.append(Self.strippingTags(leaf.text))
            } else if let name = leaf.filename {
                files.append(Attachment(filename: name, contentType: leaf.mediaType, data: Data(leaf.decodedBody)))
            }
        }
        // Lines end in CRLF on the wire (RFC 5322 §2.3); in the text a reader keeps, in LF.
        text = (plain.isEmpty ? html : plain).joined(separator: "\n\n").replacingOccurrences(of: "\r\n", with: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        attachments = files
    }

    /// `<abc@host>` → `abc@host`.
    static func angleAddress(_ v: String) -> String? {
        let t = v.trimmingCharacters(in: .whitespaces)
        if let open = t.firstIndex(of: "<"), let close = t[open...].firstIndex(of: ">") {
            let inner = String(t[t.index(after: open)..<close])
            return inner.isEmpty ? nil : inner
        }
        return t.isEmpty ? nil : t
    }

    /// `"Jānis Bērziņš" <janis@example.lv>, anna@example.lv` → two addresses (commas inside quotes kept).
    static func addresses(_ v: String) -> [Address] {
        var parts: [String] = [], current = "", quoted = false, angle = false
        for c in v {
            if c == "\"" { quoted.toggle() }
            if c == "<" { angle = true }
            if c == ">" { angle = false }
            if c == ",", !quoted, !angle { parts.append(current); current = "" } else { current.append(c) }
        }
        parts.append(current)
        return parts.compactMap { p in
            let t = p.trimmingCharacters(in: .whitespaces)
            guard !t.isEmpty else { return nil }
            if let open = t.firstIndex(of: "<"), let email = angleAddress(String(t[open...])) {
                let name = t[..<open].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                return Address(name: name.isEmpty ? nil : name, email: email)
            }
            return t.contains("@") ? Address(name: nil, email: t) : nil
        }
    }

    static func date(_ v: String) -> Date? {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        // Comments such as "(EET)" are dropped; the weekday is optional.
        let t = v.replacingOccurrences(of: #"\s*\([^)]*\)\s*$"#, with: "", options: .regularExpression)
            .trimmingCharacters(in: .whitespaces)
        for format in ["EEE, d MMM yyyy HH:mm:ss Z", "d MMM yyyy HH:mm:ss Z", "EEE, d MMM yyyy HH:mm Z", "d MMM yyyy HH:mm Z"] {
            f.dateFormat = format
            if let d = f.date(from: t) { return d }
        }
        return nil
    }

    static func strippingTags(_ html: String) -> String {
        var s = html.replacingOccurrences(of: #"(?is)<(script|style)[^>]*>.*?</\1>"#, with: "", options: .regularExpression)
        s = s.replacingOccurrences(of: #"(?i)<br\s*/?>|</p>|</div>|</li>"#, with: "\n", options: .regularExpression)
        s = s.replacingOccurrences(of: #"<[^>]*>"#, with: "", options: .regularExpression)
        for (entity, char) in [("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            s = s.replacingOccurrences(of: entity, with: char)
        }
        return s
    }
}
