import Crypto
import Foundation

/// Stateless CSRF tokens: an HMAC over what the form is bound to (a session id, or `anonymous`
/// plus the form's name) and an expiry. Anonymous forms need no server-side row, so a bot
/// filling them creates no session (API-CONVENTIONS.md, Credentials).
public struct FormToken: Sendable {
    let key: SymmetricKey

    public init(secret: [UInt8]) { key = SymmetricKey(data: secret) }

    public func issue(binding: String, now: Date, lifetime: TimeInterval = 2 * 3600) -> String {
        let expiry = Int64(now.timeIntervalSince1970 + lifetime)
        return "\(expiry).\(signature(binding: binding, expiry: expiry))"
    }

    public func verify(_ token: String, binding: String, now: Date) -> Bool {
        let parts = token.split(separator: ".", maxSplits: 1)
        guard parts.count == 2, let expiry = Int64(parts[0]), Double(expiry) >= now.timeIntervalSince1970 else {
            return false
        }
        let expected = Array(signature(binding: binding, expiry: expiry).utf8), given = Array(parts[1].utf8)
        guard expected.count == given.count else { return false }
        return zip(expected, given).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private func signature(binding: String, expiry: Int64) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Array("\(binding)|\(expiry)".utf8), using: key)
        return Data(mac).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
