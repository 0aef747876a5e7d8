import Foundation
import Mail
import Testing

/// Issue 14: e-mail submissions as Latvian and foreign mail clients send them.
@Suite("E-mail messages (RFC 5322, MIME)")
struct MailMessageTests {
    func message(_ lines: [String], crlf: Bool = true) -> MailMessage {
        MailMessage(parsing: Data(lines.joined(separator: crlf ? "\r\n" : "\n").utf8))
    }

    @Test func aPlainMessageWithEncodedHeadersAndLatvianText() {
        let m = message([
            "Return-Path: <janis@example.lv>",
            "From: =?UTF-8?Q?J=C4=81nis_B=C4=93rzi=C5=86=C5=A1?= <janis@example.lv>",
            "To: \"PMLP, Ogres nodaļa\" <ogre@pmlp.gov.lv>, pasts@pmlp.gov.lv",
            "Subject: =?UTF-8?B?UGFyIHBhc2VzIGl6c25pZWfFoWFudQ==?=",
            " =?UTF-8?B?IGLEk3JuYW0=?=",
            "Date: Mon, 21 Dec 2026 09:15:02 +0200 (EET)",
            "Message-ID: <CAF1234.5678@mail.example.lv>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            "Labdien!",
            "Lūdzu izsniegt pasi manam dēlam. Ar cieņu, Jānis Bērziņš",
        ])
        #expect(m.from == .init(name: "Jānis Bērziņš", email: "janis@example.lv"))
        #expect(m.to.map(\.email) == ["ogre@pmlp.gov.lv", "pasts@pmlp.gov.lv"])
        #expect(m.to.first?.name == "PMLP, Ogres nodaļa")
        #expect(m.subject == "Par pases izsniegšanu bērnam")
        #expect(m.messageID == "CAF1234.5678@mail.example.lv")
        #expect(m.date == ISO8601DateFormatter().date(from: "2026-12-21T07:15:02Z"))
        #expect(m.text == "Labdien!\nLūdzu izsniegt pasi manam dēlam. Ar cieņu, Jānis Bērziņš")
        #expect(m.attachments.isEmpty)
    }

    @Test func aMultipartMessageWithAlternativeTextAndAnAttachmentNamedInUTF8() throws {
        let pdf = Data("%PDF-1.4 iesniegums".utf8)
        let m = message([
            "From: Anna <anna@example.com>",
            "To: riga-1@pmlp.gov.lv",
            "Subject: =?iso-8859-13?Q?Dz=EEvesvietas_deklar=E7=F0ana?=",
            "Message-ID: <a1@example.com>",
            "Content-Type: multipart/mixed; boundary=\"outer==\"",
            "",
            "This is a multi-part message in MIME format.",
            "--outer==",
            "Content-Type: multipart/alternative; boundary=inner",
            "",
            "--inner",
            "Content-Type: text/plain; charset=\"iso-8859-13\"",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            "L=FBdzu re=ECistr=E7t manu dz=EEvesvietu Valmier=E2. Garai rindai ir m=EEk=",
            "sta p=E2rne=F0ana.",
            "--inner",
            "Content-Type: text/html; charset=utf-8",
            "Content-Transfer-Encoding: base64",
            "",
            Data("<p>HTML versija</p>".utf8).base64EncodedString(),
            "--inner--",
            "--outer==",
            "Content-Type: application/pdf; name=\"old.pdf\"",
            "Content-Disposition: attachment;",
            " filename*=utf-8''iesniegums%20%C4%81%C4%8D%C4%93.pdf",
            "Content-Transfer-Encoding: base64",
            "",
            pdf.base64EncodedString(),
            "--outer==--",
            "epilogue",
        ])
        #expect(m.subject == "Dzīvesvietas deklarēšana")
        #expect(m.header("Content-Type") == "multipart/mixed; boundary=\"outer==\"", "\(m.headers)")
        #expect(m.text == "Lūdzu reģistrēt manu dzīvesvietu Valmierā. Garai rindai ir mīksta pārnešana.")
        #expect(m.attachments == [.init(filename: "iesniegums āčē.pdf", contentType: "application/pdf", data: pdf)])
    }

    @Test func windows1257AndHTMLOnlyMailFromOlderClients() {
        let m = message([
            "From: \"Berzins\" <b@example.lv>",
            "Subject: Jautajums",
            "Content-Type: text/html; charset=windows-1257",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            "<html><head><style>p{color:red}</style></head><body><p>B=E7rzi=F2=F0 =96 jaut=E2jums</p><p>Otr=E2 rinda &amp; v=E7l</p></body></html>",
        ], crlf: false)
        #expect(m.text == "Bērziņš – jautājums\nOtrā rinda & vēl")
    }

    @Test func garbageNeverTrapsAndDeepNestingIsBounded() {
        for raw in [Data(), Data([0xFF, 0xFE, 0x00, 0x0A, 0x0A, 0xC3]), Data("no headers at all".utf8),
                    Data("Subject: =?x?B?###?=\n\n".utf8), Data("Content-Type: multipart/mixed; boundary=\n\n--\n".utf8)] {
            _ = MailMessage(parsing: raw)
        }
        // Random bytes behind real MIME headers: never a trap, whatever the boundary and encoding.
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("=?-\r\n\t ;\"'*%ABCabc0123456789".utf8)
        for n in 0..<500 {
            let head = "Content-Type: multipart/mixed; boundary=b\r\nContent-Transfer-Encoding: \(n % 2 == 0 ? "base64" : "quoted-printable")\r\nSubject: =?utf-8?Q?\r\n\r\n--b\r\n"
            let tail = (0..<Int.random(in: 0..<400, using: &generator)).map { _ in
                Bool.random(using: &generator) ? alphabet.randomElement(using: &generator) ?? 0 : UInt8.random(in: 0...255, using: &generator)
            }
            _ = MailMessage(parsing: Data(head.utf8) + Data(tail))
        }
        var nested = ""
        for i in 0..<200 { nested += "Content-Type: multipart/mixed; boundary=b\(i)\n\n--b\(i)\n" }
        nested += "Content-Type: text/plain\n\ndeep"
        let m = MailMessage(parsing: Data(nested.utf8))
        #expect(m.attachments.isEmpty && !m.text.contains("deep"))
        let attachment = MailMessage(parsing: Data("Content-Type: image/png; name=\"../../etc/passwd\"\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n".utf8))
        #expect(attachment.attachments.first?.filename == "passwd")
    }
}
