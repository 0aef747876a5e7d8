import Foundation
@testable import Mail
import SMTP
import Testing

/// Issue 15, item 3: what leaves is MIME any relay carries unchanged and any mail program reads
/// back as written — Latvian letters, long subjects, full stops at line starts, attachments.
@Suite("Outgoing e-mail (MIME, RFC 2047, dot-stuffing)")
struct OutgoingMailTests {
    static let text = """
        Labdien, Jānis Bērziņš!

        Jūsu pieraksts: pirmdiena, 21.12.2026. 09:40, Ogres nodaļā. Maksa 60,00 €.
        .Šī rinda sākas ar punktu, un = zīme paliek.\u{20}\u{20}
        \(String(repeating: "Garš teikums ar garumzīmēm āčēģīķļņšūž ", count: 6))

        Ar cieņu
        PMLP
        """

    func mail(subject: String = "Pieraksts apstiprināts — ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž un vēl mazliet teksta, lai rinda būtu gara",
              attachments: [OutgoingMail.Attachment] = []) -> OutgoingMail {
        OutgoingMail(from: .init(name: "PMLP Ogres nodaļa", email: "ogre@pmlp.gov.lv"),
                     to: [.init(name: "Jānis Bērziņš", email: "janis@example.lv")], subject: subject, text: Self.text,
                     html: "<p>Labdien, Jānis!</p>", attachments: attachments, messageID: "0c4f@pmlp.gov.lv",
                     date: Date(timeIntervalSince1970: 1_796_204_400))
    }

    @Test func whatIsWrittenIsReadBackExactly() throws {
        let bytes = mail().rendered()
        let parsed = MailMessage(parsing: Data(bytes))
        #expect(parsed.subject == mail().subject)
        #expect(parsed.text == Self.text)
        #expect(parsed.from == .init(name: "PMLP Ogres nodaļa", email: "ogre@pmlp.gov.lv"))
        #expect(parsed.to == [.init(name: "Jānis Bērziņš", email: "janis@example.lv")])
        #expect(parsed.messageID == "0c4f@pmlp.gov.lv")
        #expect(parsed.date == Date(timeIntervalSince1970: 1_796_204_400))
        let root = MIMEPart(bytes)
        #expect(root.mediaType == "multipart/alternative")
        #expect(root.parts.map(\.mediaType) == ["text/plain", "text/html"])
    }

    @Test func theMessageIsSevenBitWithShortLinesAndCRLF() throws {
        let bytes = mail(attachments: [.init(filename: "lēmums.pdf", contentType: "application/pdf",
                                             data: Data((0..<3000).map { UInt8($0 % 256) }))]).rendered()
        #expect(bytes.allSatisfy { $0 < 128 })
        let text = String(decoding: bytes, as: UTF8.self)
        // Every line ends in CRLF: no bare LF or CR.
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 78 }, "longest: \(lines.map(\.utf8.count).max() ?? 0)")
        // Encoded words are at most 75 characters (RFC 2047 §2).
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\r" || $0 == "\n" }).filter { $0.hasPrefix("=?UTF-8?") }
        #expect(!words.isEmpty && words.allSatisfy { $0.count <= 75 })
        let parsed = MailMessage(parsing: Data(bytes))
        #expect(parsed.attachments.first?.filename == "lēmums.pdf")
        #expect(parsed.attachments.first?.data == Data((0..<3000).map { UInt8($0 % 256) }))
        #expect(parsed.text == Self.text)
    }

    @Test func quotedPrintableKeepsEqualsSignsAndTrailingSpaces() {
        let qp = MIMEWriter.quotedPrintable("a=b  \nč")
        #expect(qp == "a=3Db =20\r\n=C4=8D")
    }

    @Test func plainASCIISubjectsStayReadable() {
        #expect(MIMEWriter.encodedWords("Booking confirmed") == "Booking confirmed")
        #expect(MIMEWriter.encodedWords("a =?x?= trick") .hasPrefix("=?UTF-8?B?"))
    }

    @Test func aLineStartingWithAFullStopIsStuffedAndTheMessageEndsInCRLF() {
        let stuffed = SMTPClient.dotStuffed(Array(".one\r\ntwo\r\n..three".utf8))
        #expect(String(decoding: stuffed, as: UTF8.self) == "..one\r\ntwo\r\n...three\r\n")
    }

    @Test func theRelayAddressIsReadFromItsURL() throws {
        let c = try SMTPConfiguration(url: "smtp://user%40pmlp:p%25ss@mail.example.lv:587?starttls=true")
        #expect(c.host == "mail.example.lv" && c.port == 587 && c.security == .startTLS)
        #expect(c.username == "user@pmlp" && c.password == "p%ss")
        #expect(c.redacted == "smtp://user@pmlp:***@mail.example.lv:587?starttls=true")
        let s = try SMTPConfiguration(url: "smtps://relay.example.lv")
        #expect(s.port == 465 && s.security == .implicitTLS)
        #expect(try SMTPConfiguration(url: "smtp://127.0.0.1:2525").security == .none)
        for bad in ["http://x", "smtp://", "smtps://h?starttls=true", "smtp://u@h", "smtp://h?timeout=0"] {
            #expect(throws: SMTPConfiguration.Problem.self, "\(bad)") { try SMTPConfiguration(url: bad) }
        }
    }
}
