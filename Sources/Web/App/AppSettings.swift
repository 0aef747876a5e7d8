import Domain
import Foundation

/// Settings from the environment (README, Configuration).
public struct AppSettings: Sendable {
    public var clock: any AppClock
    public var production: Bool
    /// Bcrypt work factor for staff passwords (tests lower it to stay fast).
    public var bcryptCost: Int = 12
    /// `APKALPE_RETENTION`: how long each kind of record is kept.
    public var retention: RetentionSchedule = .standard
    /// `APKALPE_FAIR_ACCESS`: per-contact cap and rate limits per client address (FairAccess).
    public var fairAccess: FairAccess = .standard
    /// `APKALPE_METRICS_TOKEN`: the bearer token `/metrics` asks for; without one, loopback only.
    public var metricsToken: String?
    /// `APKALPE_MAX_BODY`: the largest request body in bytes (`64kb`, `1mb` or a number);
    /// 64 KB by default (API-CONVENTIONS.md, Limits).
    public var maxBodyBytes: Int = 64 * 1024
    /// `APKALPE_PUBLIC_URL`: the site's public address, the base of every link that leaves the
    /// app (messages, printed slips). Development default: this machine's `serve`.
    public var publicURL: String = "http://127.0.0.1:8080"
    /// `APKALPE_FILES`: the directory for submissions' attachments (outside the database rows).
    /// Instances side by side share it. Default: beside the SQLite file, or `apkalpe-files`.
    public var filesDirectory: String?
    /// `APKALPE_GATEWAY_DIR`: the local e-address/portal gateway's directory (issue 14); `serve`
    /// takes in what arrives there every 30 seconds. Unset: no gateway is watched.
    public var gatewayDirectory: String?
    /// `APKALPE_SMTP_URL`: the relay e-mail leaves through (issue 15). Unset: messages stay in the
    /// local mailbox page, marked sent there, so the product works offline.
    public var smtpURL: String?
    /// `APKALPE_MAIL_FROM`: the sender of every e-mail, `Name <address>` or an address.
    public var mailFrom = "PMLP <noreply@pmlp.gov.lv>"
    /// `APKALPE_SMS_URL` and `APKALPE_SMS_TOKEN`: the SMS provider's HTTP endpoint and bearer
    /// token (issue 15, item 4). Unset: text messages stay in the local mailbox page.
    public var smsURL: String?
    public var smsToken: String?
    /// `APKALPE_NOTIFIED_EADDRESS_DAYS` (working days, default 2) and `APKALPE_NOTIFIED_POST_DAYS`
    /// (days, default 7): when a letter counts as notified (FACTS.md §2 marks them unverified).
    public var notification = NotificationRule.standard
    /// `APKALPE_KIOSK_RETURN_SECONDS` (5–600, default 20): how long a kiosk's ticket stays on
    /// screen before the kiosk returns to its start for the next visitor (issue 16, item 5).
    public var kioskReturnSeconds = 20
    /// How long shutdown waits for the requests still running to finish (RequestDrain).
    public var shutdownPatience: Duration = .seconds(10)

    public enum Problem: Error, CustomStringConvertible {
        case badClock(String), clockInProduction, badRetention(String), badFairAccess(String), badMaxBody(String)
        case badPublicURL(String), insecurePublicURL(String)
        case badDays(String, String), smsWithoutToken, badKioskReturn(String)
        public var description: String {
            switch self {
            case .badClock(let v): return "APKALPE_CLOCK must be an RFC 3339 date-time, got \(v)"
            case .clockInProduction: return "APKALPE_CLOCK is refused when APKALPE_ENV=production"
            case .badPublicURL(let v):
                return "APKALPE_PUBLIC_URL must be the site's address such as https://apkalpe.pmlp.gov.lv (no path or query); got \(v)"
            case .insecurePublicURL(let v):
                return "APKALPE_ENV=production needs APKALPE_PUBLIC_URL with https:// (every link in a message starts with it); got \(v.isEmpty ? "none" : v)"
            case .badRetention(let v): return "APKALPE_RETENTION must look like clients=1825,access-log=1825; got \(v)"
            case .badDays(let name, let v): return "\(name) must be a whole number of days from 0 to 60, got \(v)"
            case .badKioskReturn(let v): return "APKALPE_KIOSK_RETURN_SECONDS must be a whole number of seconds from 5 to 600, got \(v)"
            case .smsWithoutToken: return "APKALPE_SMS_URL needs APKALPE_SMS_TOKEN (the provider's bearer token)"
            case .badMaxBody(let v): return "APKALPE_MAX_BODY must be a size such as 64kb or 1mb (1 KB to 100 MB), got \(v)"
            case .badFairAccess(let v):
                return "APKALPE_FAIR_ACCESS must look like per-contact=8,writes=60/600,reads=600/60,shared=10.0.0.0/8,proxies=127.0.0.1; got \(v)"
            }
        }
    }

    public init(clock: any AppClock = SystemClock(), production: Bool = false) {
        self.clock = clock
        self.production = production
    }

    /// `APKALPE_CLOCK` (starts the clock at that instant; refused in production),
    /// `APKALPE_ENV`.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) throws -> AppSettings {
        let production = env["APKALPE_ENV"] == "production"
        var clock: any AppClock = SystemClock()
        if let value = env["APKALPE_CLOCK"], !value.isEmpty {
            if production { throw Problem.clockInProduction }
            guard let start = RigaTime.parse(value) else { throw Problem.badClock(value) }
            clock = ShiftedClock(startingAt: start)
        }
        var settings = AppSettings(clock: clock, production: production)
        do {
            settings.retention = try RetentionSchedule.parse(env["APKALPE_RETENTION"])
        } catch {
            throw Problem.badRetention(env["APKALPE_RETENTION"] ?? "")
        }
        do {
            settings.fairAccess = try FairAccess.parse(env["APKALPE_FAIR_ACCESS"])
        } catch {
            throw Problem.badFairAccess(env["APKALPE_FAIR_ACCESS"] ?? "")
        }
        // Issue 13, defect 3: every link that leaves the app starts with this address; in
        // production it must be given, and be https.
        let publicURL = env["APKALPE_PUBLIC_URL"] ?? ""
        if production, !PublicLinks.isUsableBase(publicURL, secure: true) {
            throw PublicLinks.isUsableBase(publicURL, secure: false) || publicURL.isEmpty
                ? Problem.insecurePublicURL(publicURL) : Problem.badPublicURL(publicURL)
        }
        if !publicURL.isEmpty {
            guard PublicLinks.isUsableBase(publicURL, secure: false) else { throw Problem.badPublicURL(publicURL) }
            settings.publicURL = publicURL
        }
        if let value = env["APKALPE_MAX_BODY"], !value.isEmpty {
            guard let bytes = Self.byteCount(value) else { throw Problem.badMaxBody(value) }
            settings.maxBodyBytes = bytes
        }
        settings.metricsToken = env["APKALPE_METRICS_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        settings.filesDirectory = env["APKALPE_FILES"].flatMap { $0.isEmpty ? nil : $0 }
        settings.gatewayDirectory = env["APKALPE_GATEWAY_DIR"].flatMap { $0.isEmpty ? nil : $0 }
        settings.smtpURL = env["APKALPE_SMTP_URL"].flatMap { $0.isEmpty ? nil : $0 }
        if let from = env["APKALPE_MAIL_FROM"], !from.isEmpty { settings.mailFrom = from }
        settings.smsURL = env["APKALPE_SMS_URL"].flatMap { $0.isEmpty ? nil : $0 }
        settings.smsToken = env["APKALPE_SMS_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        if settings.smsURL != nil, settings.smsToken == nil { throw Problem.smsWithoutToken }
        if let v = env["APKALPE_KIOSK_RETURN_SECONDS"], !v.isEmpty {
            guard let n = Int(v), (5...600).contains(n) else { throw Problem.badKioskReturn(v) }
            settings.kioskReturnSeconds = n
        }
        func days(_ name: String) throws -> Int? {
            guard let v = env[name], !v.isEmpty else { return nil }
            guard let n = Int(v), (0...60).contains(n) else { throw Problem.badDays(name, v) }
            return n
        }
        settings.notification = NotificationRule(
            eAddressWorkingDays: try days("APKALPE_NOTIFIED_EADDRESS_DAYS") ?? NotificationRule.standard.eAddressWorkingDays,
            postDays: try days("APKALPE_NOTIFIED_POST_DAYS") ?? NotificationRule.standard.postDays)
        return settings
    }

    /// `64kb`, `1mb`, `65536` → bytes, between 1 KB and 100 MB.
    static func byteCount(_ text: String) -> Int? {
        let t = text.lowercased().trimmingCharacters(in: .whitespaces)
        var factor = 1, digits = t
        if t.hasSuffix("kb") { factor = 1024; digits = String(t.dropLast(2)) }
        else if t.hasSuffix("mb") { factor = 1024 * 1024; digits = String(t.dropLast(2)) }
        guard digits.count <= 9, let n = Int(digits), n > 0 else { return nil }
        let bytes = n * factor
        return (1024...100 * 1024 * 1024).contains(bytes) ? bytes : nil
    }
}
