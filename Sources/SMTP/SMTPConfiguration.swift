import Foundation

/// Where and how to reach the relay: `APKALPE_SMTP_URL` (issue 15, item 3).
///
/// - `smtp://user:pass@host:587?starttls=true` — plain connection upgraded by STARTTLS;
/// - `smtps://user:pass@host:465` — TLS from the first byte;
/// - `smtp://127.0.0.1:2525` — no TLS (a relay on this machine).
///
/// `verify=false` turns off certificate checks (a relay with a self-signed certificate on a test
/// machine); `timeout=SECONDS` bounds one whole delivery (30 by default).
public struct SMTPConfiguration: Sendable, Equatable {
    public enum Security: String, Sendable, Equatable { case none, startTLS, implicitTLS }

    public var host: String
    public var port: Int
    public var security: Security
    public var username: String?
    public var password: String?
    public var verifyCertificates = true
    public var timeout: TimeInterval = 30
    /// The name this client gives in EHLO.
    public var clientName = "apkalpe"

    public init(host: String, port: Int, security: Security, username: String? = nil, password: String? = nil) {
        self.host = host
        self.port = port
        self.security = security
        self.username = username
        self.password = password
    }

    public struct Problem: Error, CustomStringConvertible, Equatable {
        public let description: String
    }

    public init(url text: String) throws {
        guard let url = URLComponents(string: text), let scheme = url.scheme?.lowercased(), scheme == "smtp" || scheme == "smtps" else {
            throw Problem(description: "APKALPE_SMTP_URL must start with smtp:// or smtps://, e.g. smtp://user:pass@mail.example.lv:587?starttls=true")
        }
        guard let host = url.host, !host.isEmpty else { throw Problem(description: "APKALPE_SMTP_URL names no host") }
        let query = Dictionary((url.queryItems ?? []).map { ($0.name.lowercased(), ($0.value ?? "").lowercased()) }, uniquingKeysWith: { $1 })
        let startTLS = ["true", "1", "yes"].contains(query["starttls"] ?? "")
        if scheme == "smtps" && startTLS { throw Problem(description: "APKALPE_SMTP_URL: smtps:// is TLS already; starttls is for smtp://") }
        let security: Security = scheme == "smtps" ? .implicitTLS : (startTLS ? .startTLS : .none)
        let port = url.port ?? (scheme == "smtps" ? 465 : (startTLS ? 587 : 25))
        guard (1...65535).contains(port) else { throw Problem(description: "APKALPE_SMTP_URL: the port must be 1–65535") }
        self.init(host: host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host, port: port, security: security,
                  username: url.percentEncodedUser.map { $0.removingPercentEncoding ?? $0 },
                  password: url.percentEncodedPassword.map { $0.removingPercentEncoding ?? $0 })
        if let verify = query["verify"] { verifyCertificates = !["false", "0", "no"].contains(verify) }
        if let t = query["timeout"] {
            guard let seconds = TimeInterval(t), seconds > 0, seconds <= 600 else {
                throw Problem(description: "APKALPE_SMTP_URL: timeout is seconds, 1–600")
            }
            timeout = seconds
        }
        if (username == nil) != (password == nil) { throw Problem(description: "APKALPE_SMTP_URL: give both user and password, or neither") }
    }

    /// The address without the password, for logs and the status page.
    public var redacted: String {
        let scheme = security == .implicitTLS ? "smtps" : "smtp"
        let user = username.map { "\($0):***@" } ?? ""
        return "\(scheme)://\(user)\(host):\(port)" + (security == .startTLS ? "?starttls=true" : "")
    }

    var isLoopback: Bool { host == "localhost" || host.hasPrefix("127.") || host == "::1" }
}
