import Foundation

/// Bytes to text in the part's charset. UTF-8 and ASCII as they are; ISO-8859-1 and Windows-1252
/// through Foundation; the Baltic ISO-8859-13 (Latin-7) and Windows-1257, which Latvian mail
/// clients still send and Foundation on Linux does not know, from their tables. Anything else is
/// read as UTF-8 with replacement characters, never refused.
enum Charset {
    static func decode(_ bytes: [UInt8], charset: String?) -> String {
        switch (charset ?? "us-ascii").trimmingCharacters(in: .whitespaces).lowercased() {
        case "iso-8859-1", "latin1", "iso8859-1":
            return String(bytes.map { Character(Unicode.Scalar($0)) })
        case "windows-1252", "cp1252":
            return String(data: Data(bytes), encoding: .windowsCP1252) ?? String(decoding: bytes, as: UTF8.self)
        case "iso-8859-13", "iso8859-13", "latin7":
            return String(String.UnicodeScalarView(bytes.map { b in b < 0xA0 ? Unicode.Scalar(b) : scalar(latin7[Int(b) - 0xA0]) }))
        case "windows-1257", "cp1257":
            return String(String.UnicodeScalarView(bytes.map { b -> Unicode.Scalar in
                switch b {
                case ..<0x80: return Unicode.Scalar(b)
                case 0x80..<0xA0: return scalar(windows1257Low[Int(b) - 0x80])
                default: return scalar(windows1257High[Int(b) - 0xA0])
                }
            }))
        default:
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    private static func scalar(_ v: UInt32) -> Unicode.Scalar { Unicode.Scalar(v) ?? "\u{FFFD}" }

    /// ISO-8859-13, 0xA0-0xFF.
    static let latin7: [UInt32] = [
        0x00A0, 0x201D, 0x00A2, 0x00A3, 0x00A4, 0x201E, 0x00A6, 0x00A7, 0x00D8, 0x00A9, 0x0156, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00C6,
        0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x201C, 0x00B5, 0x00B6, 0x00B7, 0x00F8, 0x00B9, 0x0157, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00E6,
        0x0104, 0x012E, 0x0100, 0x0106, 0x00C4, 0x00C5, 0x0118, 0x0112, 0x010C, 0x00C9, 0x0179, 0x0116, 0x0122, 0x0136, 0x012A, 0x013B,
        0x0160, 0x0143, 0x0145, 0x00D3, 0x014C, 0x00D5, 0x00D6, 0x00D7, 0x0172, 0x0141, 0x015A, 0x016A, 0x00DC, 0x017B, 0x017D, 0x00DF,
        0x0105, 0x012F, 0x0101, 0x0107, 0x00E4, 0x00E5, 0x0119, 0x0113, 0x010D, 0x00E9, 0x017A, 0x0117, 0x0123, 0x0137, 0x012B, 0x013C,
        0x0161, 0x0144, 0x0146, 0x00F3, 0x014D, 0x00F5, 0x00F6, 0x00F7, 0x0173, 0x0142, 0x015B, 0x016B, 0x00FC, 0x017C, 0x017E, 0x2019,
    ]

    /// Windows-1257, 0x80-0x9F (0xFFFD where the code page defines nothing).
    static let windows1257Low: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0xFFFD, 0x201E, 0x2026, 0x2020, 0x2021, 0xFFFD, 0x2030, 0xFFFD, 0x2039, 0xFFFD, 0x00A8, 0x02C7, 0x00B8,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0xFFFD, 0x2122, 0xFFFD, 0x203A, 0xFFFD, 0x00AF, 0x02DB, 0xFFFD,
    ]

    /// Windows-1257, 0xA0-0xFF: the letters of ISO-8859-13, a few signs elsewhere.
    static let windows1257High: [UInt32] = {
        var t = latin7
        t[0x01] = 0xFFFD; t[0x05] = 0xFFFD; t[0x14] = 0x00B4; t[0x5F] = 0x02D9
        return t
    }()
}
