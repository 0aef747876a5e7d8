import Foundation

/// A message as it leaves the agency (issue 15): rendered to RFC 5322 bytes with MIME (RFC 2045–
/// 2047) that any relay carries unchanged — 7-bit (unless an address itself is not ASCII: then
/// the relay must offer SMTPUTF8, RFC 6531): UTF-8 headers as encoded words, bodies
/// quoted-printable, attachments base64, CRLF line ends, no line over 998 octets.
public struct OutgoingMail: Sendable, Equatable {
    /// The same as what the reader gives for a received mail's file.
    public typealias Attachment = MailMessage.Attachment

    public var from: MailMessage.Address
    public var to: [MailMessage.Address]
    public var subject: String
    public var text: String
    /// The same content as HTML; with it the body is `multipart/alternative`.
    public var html: String?
    public var attachments: [Attachment]
    /// Without angle brackets: `8e0c…@pmlp.gov.lv`. The same message always has the same id, so a
    /// message sent again after a worker died is recognisably the same one (issue 15, item 2).
    public var messageID: String
    public var date: Date
    /// A correction points at what it corrects (S-MAIL-FIX): `In-Reply-To` and `References`.
    public var inReplyTo: String?

    public init(from: MailMessage.Address, to: [MailMessage.Address], subject: String, text: String, html: String? = nil,
                attachments: [Attachment] = [], messageID: String, date: Date, inReplyTo: String? = nil) {
        self.from = from
        self.to = to
        self.subject = subject
        self.text = text
        self.html = html
        self.attachments = attachments
        self.messageID = messageID
        self.date = date
        self.inReplyTo = inReplyTo
    }

    /// True when an address cannot be written in ASCII: the relay must offer SMTPUTF8 (RFC 6531).
    public var needsSMTPUTF8: Bool { ([from] + to).contains { !$0.email.allSatisfy(\.isASCII) } }

    /// The whole message, ready for SMTP's DATA (before dot-stuffing).
    public func rendered(boundarySeed: String = UUID().uuidString) -> [UInt8] {
        var headers: [String] = [
            MIMEWriter.header("Date", MIMEWriter.date(date)),
            MIMEWriter.header("From", MIMEWriter.address(from)),
            MIMEWriter.header("To", to.map(MIMEWriter.address).joined(separator: ", ")),
            MIMEWriter.header("Subject", MIMEWriter.encodedWords(subject)),
            MIMEWriter.header("Message-ID", "<\(messageID)>"),
        ]
        if let inReplyTo {
            headers.append(MIMEWriter.header("In-Reply-To", "<\(inReplyTo)>"))
            headers.append(MIMEWriter.header("References", "<\(inReplyTo)>"))
        }
        headers.append("MIME-Version: 1.0")
        let boundary = "=_apkalpe_" + boundarySeed.filter { $0.isLetter || $0.isNumber }
        let body: MIMEWriter.Entity
        let textPart = MIMEWriter.textPart(text, subtype: "plain")
        let content: MIMEWriter.Entity = html.map {
            MIMEWriter.multipart("alternative", boundary: boundary + "_alt", [textPart, MIMEWriter.textPart($0, subtype: "html")])
        } ?? textPart
        if attachments.isEmpty {
            body = content
        } else {
            body = MIMEWriter.multipart("mixed", boundary: boundary + "_mix", [content] + attachments.map(MIMEWriter.attachmentPart))
        }
        let lines = headers + body.headers.map(MIMEWriter.fold) + ["", body.body]
        return Array(lines.joined(separator: "\r\n").utf8)
    }
}

/// The writing half of the MIME code (the reading half is `MIMEPart`).
enum MIMEWriter {
    struct Entity {
        let headers: [String]
        /// CRLF-separated lines, 7-bit.
        let body: String
    }

    static func header(_ name: String, _ value: String) -> String { fold("\(name): \(value)") }

    /// Long header lines are folded at spaces before 78 characters where one can be (RFC 5322 §2.2.3).
    static func fold(_ line: String) -> String {
        guard line.count > 78 else { return line }
        var out: [String] = [], current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty, current.count + 1 + word.count > 76 {
                out.append(current)
                current = " " + word
            } else {
                current += (current.isEmpty ? "" : " ") + word
            }
        }
        out.append(current)
        return out.joined(separator: "\r\n")
    }

    /// RFC 2047 "B" encoded words for text that is not plain ASCII; each word at most 75
    /// characters, never splitting a UTF-8 sequence, separated by spaces so that folding can
    /// break between them.
    static func encodedWords(_ text: String) -> String {
        let clean = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        if clean.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }), !clean.contains("=?") {
            return clean
        }
        var words: [String] = [], chunk: [UInt8] = []
        for character in clean {
            let bytes = Array(String(character).utf8)
            // 45 bytes of UTF-8 are 60 characters of base64: with "=?UTF-8?B?" and "?=", 72.
            if chunk.count + bytes.count > 45, !chunk.isEmpty {
                words.append("=?UTF-8?B?" + Data(chunk).base64EncodedString() + "?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?" + Data(chunk).base64EncodedString() + "?=") }
        return words.joined(separator: " ")
    }

    static func address(_ a: MailMessage.Address) -> String {
        guard let name = a.name, !name.isEmpty else { return "<\(a.email)>" }
        let plain = name.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }
        let shown = plain ? "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
                          : encodedWords(name)
        return "\(shown) <\(a.email)>"
    }

    /// "Thu, 03 Dec 2026 11:40:00 +0200": RFC 5322 §3.3, in Riga time as the agency writes.
    static func date(_ d: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "Europe/Riga") ?? TimeZone(secondsFromGMT: 0)
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return f.string(from: d)
    }

    static func textPart(_ text: String, subtype: String) -> Entity {
        Entity(headers: ["Content-Type: text/\(subtype); charset=utf-8", "Content-Transfer-Encoding: quoted-printable"],
               body: quotedPrintable(text))
    }

    static func attachmentPart(_ a: OutgoingMail.Attachment) -> Entity {
        let name = a.filename.unicodeScalars.allSatisfy { $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 0x20 }
            ? "filename=\"\(a.filename)\""
            : "filename*=UTF-8''" + (a.filename.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "attachment")
        return Entity(headers: ["Content-Type: \(a.contentType)", "Content-Transfer-Encoding: base64",
                                "Content-Disposition: attachment; \(name)"],
                      body: base64Lines(a.data))
    }

    static func multipart(_ subtype: String, boundary: String, _ parts: [Entity]) -> Entity {
        var lines: [String] = []
        for part in parts {
            lines.append("--\(boundary)")
            lines += part.headers.map(fold)
            lines.append("")
            lines.append(part.body)
        }
        lines.append("--\(boundary)--")
        return Entity(headers: ["Content-Type: multipart/\(subtype); boundary=\"\(boundary)\""], body: lines.joined(separator: "\r\n"))
    }

    static func base64Lines(_ data: Data) -> String {
        let encoded = Array(data.base64EncodedString().utf8)
        return stride(from: 0, to: encoded.count, by: 76).map {
            String(decoding: encoded[$0..<min($0 + 76, encoded.count)], as: UTF8.self)
        }.joined(separator: "\r\n")
    }

    /// RFC 2045 §6.7: printable ASCII as is, everything else =XX, lines at most 76 with soft
    /// breaks, whitespace before a line end encoded. Line ends become CRLF.
    static func quotedPrintable(_ text: String) -> String {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [String] = []
        for line in normalised.split(separator: "\n", omittingEmptySubsequences: false) {
            let bytes = Array(line.utf8)
            var encoded: [[UInt8]] = []
            for (i, b) in bytes.enumerated() {
                let last = i == bytes.count - 1
                let literal = (b >= 33 && b <= 126 && b != 61) || ((b == 32 || b == 9) && !last)
                encoded.append(literal ? [b] : [61, hex[Int(b >> 4)], hex[Int(b & 15)]])
            }
            var current: [UInt8] = []
            for token in encoded {
                if current.count + token.count > 75 {
                    out.append(String(decoding: current + [61], as: UTF8.self))
                    current = []
                }
                current += token
            }
            out.append(String(decoding: current, as: UTF8.self))
        }
        return out.joined(separator: "\r\n")
    }
}
