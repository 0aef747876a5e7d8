import Crypto
import Foundation

/// Bearer secrets: 32 random bytes behind a type prefix (`apk_staff_…`), stored only as their
/// SHA-256 so that a copy of the database gives no working token (API-CONVENTIONS.md).
public enum SecretToken {
    /// Client secrets (manage links, waitlist places, offers, passes) carry 16 random bytes — 128
    /// bits, beyond guessing behind the rate limits — so that a link fits an SMS (issue 13, defect
    /// 5); staff, kiosk and integration tokens keep 32.
    public static func generate(_ kind: TokenKind) -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<(kind.isClientSecret ? 16 : 32)).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return kind.prefix + Base32.encode(bytes).lowercased()
    }

    public static func hash(_ token: String) -> String {
        Hex.string(SHA256.hash(data: Array(token.utf8)))
    }
}
