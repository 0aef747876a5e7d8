/// Lower-case hexadecimal of bytes (digests). `String(format: "%02x")` per byte went through
/// Foundation's formatter and was a measurable part of every booking (issue 17, item 4).
public enum Hex {
    static let digits = Array("0123456789abcdef".utf8)

    public static func string<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
