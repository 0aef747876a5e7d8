import Foundation

/// Absolute links for whatever leaves the screen — messages, printed slips — from the configured
/// public address (`APKALPE_PUBLIC_URL`), never from a request's `Host` header (issue 13, defect
/// 3; API-CONVENTIONS.md). The one implementation of `Links`: the pages, the use cases and the
/// stores that write messages inside their transactions (a waitlist offer) all use it.
public struct PublicLinks: Links {
    /// `https://apkalpe.pmlp.gov.lv`, without a trailing slash.
    public let base: String

    public init(base: String) { self.base = base.hasSuffix("/") ? String(base.dropLast()) : base }

    /// `serve`'s own address on this machine: the development default.
    public static let development = PublicLinks(base: "http://127.0.0.1:8080")

    public func manageBooking(code: String, token: String, language: Language) -> String {
        "\(base)\(Booking.managePath(language, code: code))?token=\(token)"
    }

    public func leaveWaitlist(id: UUID, token: String, language: Language) -> String {
        "\(base)\(WaitlistEntry.path(language, id: id))?token=\(token)"
    }

    public func waitlistOffer(token: String, language: Language) -> String {
        "\(base)\(WaitlistOffer.path(language, token: token))"
    }

    /// The supervisor's list of overdue cases (the daily deadline message, issue 14).
    public var overdueCases: String { "\(base)/staff/cases?due=overdue" }

    public func shortManage(code: String, token: String) -> String { "\(base)/p/\(Self.short(token))" }

    public func shortOffer(token: String) -> String { "\(base)/p/\(Self.short(token))" }

    /// The SMS form of a client secret: the type prefix (`apk_book_`, `apk_offer_`) becomes one
    /// letter (`b`, `o`), which the short-link page turns back (`token(fromShort:)`).
    public static func short(_ token: String) -> String {
        for (letter, kind) in shortKinds where token.hasPrefix(kind.prefix) { return letter + token.dropFirst(kind.prefix.count) }
        return token
    }

    /// The secret behind a short link's last part, or nil when it is not one.
    public static func token(fromShort text: String) -> String? {
        guard let first = text.first, let kind = shortKinds.first(where: { $0.letter == String(first) })?.kind,
              text.count > 1, text.count <= 80 else { return nil }
        return kind.prefix + text.dropFirst()
    }

    static let shortKinds: [(letter: String, kind: TokenKind)] = [("b", .booking), ("o", .offer)]

    /// Whether `text` can be the public address: `http(s)://host[:port]`, no path, query or
    /// fragment; `https` when `secure` (APKALPE_ENV=production).
    public static func isUsableBase(_ text: String, secure: Bool) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty,
              url.query == nil, url.fragment == nil, url.user == nil, ["", "/"].contains(url.path) else { return false }
        return secure ? scheme == "https" : ["http", "https"].contains(scheme)
    }
}

extension Booking {
    /// The client's manage page of a booking (the link in every booking message), in their language.
    public static func managePath(_ language: Language, code: String) -> String {
        language == .lv ? "/pieraksts/\(code)" : "/en/booking/\(code)"
    }
}
