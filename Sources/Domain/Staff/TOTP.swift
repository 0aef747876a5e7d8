import Crypto
import Foundation

/// Time-based one-time passwords (RFC 6238; HOTP of RFC 4226 with HMAC-SHA1, 30-second steps,
/// 6 digits) for the optional second factor of staff accounts.
public struct TOTP: Sendable {
    public let secret: [UInt8]
    public let digits: Int
    public let period: TimeInterval

    public init(secret: [UInt8], digits: Int = 6, period: TimeInterval = 30) {
        self.secret = secret
        self.digits = digits
        self.period = period
    }

    /// A new random 160-bit secret (RFC 4226 §4 recommends at least 128 bits).
    public static func generateSecret() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<20).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    public func code(at time: Date) -> String { code(counter: UInt64(floor(time.timeIntervalSince1970 / period))) }

    public func code(counter: UInt64) -> String {
        let message = withUnsafeBytes(of: counter.bigEndian) { Array($0) }
        let mac = Array(HMAC<Insecure.SHA1>.authenticationCode(for: message, using: SymmetricKey(data: secret)))
        let offset = Int(mac[mac.count - 1] & 0x0f)
        let binary = (UInt32(mac[offset] & 0x7f) << 24) | (UInt32(mac[offset + 1]) << 16)
            | (UInt32(mac[offset + 2]) << 8) | UInt32(mac[offset + 3])
        var modulus: UInt32 = 1
        for _ in 0..<digits { modulus *= 10 }
        let value = String(binary % modulus)
        return String(repeating: "0", count: digits - value.count) + value
    }

    /// The time step a code belongs to, within ±`window` steps of `time` (clock drift), or nil.
    /// Callers keep the last accepted step so that a code cannot be replayed.
    public func matchingStep(_ code: String, at time: Date, window: Int = 1) -> UInt64? {
        let candidate = code.filter { !$0.isWhitespace }
        guard candidate.count == digits else { return nil }
        let now = Int64(floor(time.timeIntervalSince1970 / period))
        for delta in -Int64(window)...Int64(window) {
            let step = now + delta
            guard step >= 0 else { continue }
            if constantTimeEqual(self.code(counter: UInt64(step)), candidate) { return UInt64(step) }
        }
        return nil
    }

    /// The URI an authenticator app reads (as a QR code or typed).
    public func provisioningURI(account: String, issuer: String = "Apkalpe") -> String {
        func enc(_ s: String) -> String {
            s.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~@"))) ?? s
        }
        return "otpauth://totp/\(enc(issuer)):\(enc(account))?secret=\(Base32.encode(secret))&issuer=\(enc(issuer))"
            + "&algorithm=SHA1&digits=\(digits)&period=\(Int(period))"
    }

    private func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// RFC 4648 base32 without padding, as authenticator apps expect.
public enum Base32 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)

    public static func encode(_ bytes: [UInt8]) -> String {
        var out = [UInt8](), buffer = 0, bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | Int(byte)
            bits += 8
            while bits >= 5 {
                out.append(alphabet[(buffer >> (bits - 5)) & 31])
                bits -= 5
            }
        }
        if bits > 0 { out.append(alphabet[(buffer << (5 - bits)) & 31]) }
        return String(decoding: out, as: UTF8.self)
    }

    public static func decode(_ text: String) -> [UInt8]? {
        var out = [UInt8](), buffer = 0, bits = 0
        for ch in text.uppercased().utf8 where ch != UInt8(ascii: "=") {
            guard let value = alphabet.firstIndex(of: ch) else { return nil }
            buffer = (buffer << 5) | value
            bits += 5
            if bits >= 8 {
                out.append(UInt8((buffer >> (bits - 8)) & 0xff))
                bits -= 8
            }
        }
        return out
    }
}
