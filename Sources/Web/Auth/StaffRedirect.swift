import Vapor

/// Where a member of staff goes after signing in (issue 11, item 2). The `next` a login link
/// carries is a stranger's text: it is followed only when it is a plain path of a page the app
/// really serves in the staff area — no control characters (CR/LF would plant headers), no
/// scheme or host, no `//` or `\` (another site) — and otherwise the staff start page is used.
struct StaffRedirect: Sendable {
    let routes: RouteTable

    static let maxLength = 512
    /// Characters a staff path or its query may hold; everything else (controls, spaces, quotes,
    /// `\`, `#`, non-ASCII) makes the target refused.
    private static let allowed: Set<Unicode.Scalar> = Set(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/?=&%".unicodeScalars)

    func target(_ next: String?, language: Language) -> String {
        let home = StaffPage.home.path(language)
        guard let next, !next.isEmpty, next.utf8.count <= Self.maxLength,
              next.unicodeScalars.allSatisfy(Self.allowed.contains),
              next.hasPrefix("/"), !next.contains("//") else { return home }
        let path = String(next.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        // Percent-escapes in the path could hide a CR/LF or a second slash once decoded.
        guard !path.contains("%"), path.hasPrefix("/staff") || path.hasPrefix("/en/staff"),
              routes.serves(get: path) else { return home }
        return next
    }
}

extension Application {
    private struct RedirectKey: StorageKey { typealias Value = StaffRedirect }

    /// Set once the routes are registered (`configure`).
    var staffRedirect: StaffRedirect {
        get { storage[RedirectKey.self] ?? StaffRedirect(routes: RouteTable(routes.all)) }
        set { storage[RedirectKey.self] = newValue }
    }
}
