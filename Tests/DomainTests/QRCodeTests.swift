import Foundation
import Testing
@testable import Domain

/// The encoder is proved by decoding what it draws with zbarimg (Debian's zbar-tools); those
/// tests are skipped where zbarimg is absent (`.ci/run` installs it).
@Suite("QR code (ISO/IEC 18004, byte mode, level M)")
struct QRCodeTests {
    static let zbarimg: String? = ["/usr/bin/zbarimg", "/usr/local/bin/zbarimg"].first { FileManager.default.isExecutableFile(atPath: $0) }

    func decode(_ image: [UInt8], ext: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString).\(ext)")
        try Data(image).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.zbarimg!)
        p.arguments = ["--raw", "-q", url.path]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = Pipe()
        try p.run()
        p.waitUntilExit()
        return String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .newlines)
    }

    @Test func sizesFollowTheVersion() throws {
        let code = try QRCode("ABCDEFGH")
        #expect(code.version == 1)
        #expect(code.size == 21)
        #expect(try QRCode(String(repeating: "x", count: 15)).version == 2)      // v1-M holds 14 bytes
        #expect(try QRCode(String(repeating: "x", count: 213)).version == 10)
        #expect(throws: QRCode.Problem.tooLong) { try QRCode(String(repeating: "x", count: 214)) }
    }

    @Test func reedSolomonMatchesTheStandardsExample() {
        // ISO/IEC 18004 Annex I: "01234567" at 1-M — data codewords and their 10 EC codewords.
        let data: [UInt8] = [16, 32, 12, 86, 97, 128, 236, 17, 236, 17, 236, 17, 236, 17, 236, 17]
        #expect(ReedSolomon.remainder(data, degree: 10) == [165, 36, 212, 193, 237, 54, 199, 135, 44, 85])
    }

    @Test(.enabled(if: zbarimg != nil),
          arguments: ["ABCDEFGH", "K7M2QX9P", "https://apkalpe.example/pieraksts/ABCDEFGH",
                      "Rīga — ūdens", String(repeating: "0123456789", count: 12)])
    func zbarimgReadsWhatIsDrawn(text: String) throws {
        let code = try QRCode(text)
        #expect(try decode(code.pgm(moduleSize: 6), ext: "pgm") == text)
    }

    @Test(.enabled(if: zbarimg != nil))
    func everyMaskDecodes() throws {
        for mask in 0..<8 {
            let codewords = QRCode.codewords(Array("MASK\(mask)TEST".utf8), version: 1)
            let m = QRCode.matrix(codewords, version: 1, mask: mask)
            let forced = QRCode(testing: m, version: 1, mask: mask)
            #expect(try decode(forced.pgm(moduleSize: 6), ext: "pgm") == "MASK\(mask)TEST", "mask \(mask)")
        }
    }
}

extension QRCode {
    init(testing modules: [[Bool]], version: Int, mask: Int) {
        self.init(modules: modules, version: version, mask: mask)
    }
}
