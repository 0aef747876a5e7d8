/// What must never reach an application log (S-PRIVACY; DEVELOPERS.md, Personal data):
/// personal codes, bearer secrets and session tokens. Applied to every log line as a last line
/// of defence; the first is not to log such values at all.
public enum LogRedaction {
    nonisolated(unsafe) static let personalCode = /\b\d{6}-?\d{5}\b/
    nonisolated(unsafe) static let secret = /\b(apk_[a-z]+_|sess_)[A-Za-z0-9]{8,}/
    nonisolated(unsafe) static let bearer = /(?i)(bearer)\s+\S+/
    /// An SMS's short link carries the secret without its prefix (PublicLinks.short): `/p/b…`.
    nonisolated(unsafe) static let shortLink = /(\/p\/[bo])[a-z0-9]{8,}/

    /// Bearer secrets only (`apk_book_[redacted]`): what the staff mailbox shows of a message's
    /// links, so that reading it never hands over a client's manage link (issue 11, item 4).
    public static func redactSecrets(_ text: String) -> String {
        guard text.contains("apk_") || text.contains("sess_") || text.contains("/p/") else { return text }
        return text.replacing(secret) { m in "\(m.output.1)[redacted]" }.replacing(shortLink) { m in "\(m.output.1)[redacted]" }
    }

    public static func redact(_ text: String) -> String {
        guard text.contains(where: \.isNumber) || text.contains("apk_") || text.contains("sess_") || text.contains("/p/")
                || text.lowercased().contains("bearer") else { return text }
        var out = text.replacing(secret) { m in "\(m.output.1)[redacted]" }
        out = out.replacing(shortLink) { m in "\(m.output.1)[redacted]" }
        out = out.replacing(bearer) { m in "\(m.output.1) [redacted]" }
        out = out.replacing(personalCode, with: "[personal code]")
        return out
    }
}
