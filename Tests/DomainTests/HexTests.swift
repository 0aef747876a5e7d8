import Domain
import Testing

/// Token hashes stored before issue 17 were written with `String(format: "%02x")`; the hand-written
/// hex must give the same text, or every manage link and session would stop working.
@Suite("Hexadecimal digests")
struct HexTests {
    @Test func aTokenHashIsTheLowerCaseHexOfItsSHA256() {
        #expect(SecretToken.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Hex.string([0x00, 0x0f, 0xa0, 0xff]) == "000fa0ff")
        #expect(Hex.string([UInt8]()) == "")
    }
}
