/// An amount of money in minor units (cents), so that fees never pass through a float.
public struct Money: Hashable, Sendable, Comparable {
    public let cents: Int
    public let currency: String

    public init(cents: Int, currency: String = "EUR") {
        self.cents = cents
        self.currency = currency
    }

    /// Parses a decimal string with at most two decimals: `34`, `34.5`, `12.15`.
    public init?(decimal text: String, currency: String = "EUR") {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        // At most 12 whole digits (a billion euros is far beyond any fee), so `whole * 100`
        // cannot overflow whatever text arrives (issue 11).
        guard (1...2).contains(parts.count), (1...12).contains(parts[0].count),
              parts[0].allSatisfy({ $0.isASCII && $0.isNumber }), let whole = Int(parts[0]) else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let f = parts[1]
            guard (1...2).contains(f.count), f.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(f) else { return nil }
            fraction = f.count == 1 ? n * 10 : n
        }
        self.init(cents: whole * 100 + fraction, currency: currency)
    }

    /// `34.00` — the API's decimal string.
    public var decimalString: String {
        let fraction = cents % 100
        return "\(cents / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// People-facing money in the reader's language: `34,00 €` in Latvian, `€34.00` in English
    /// (for euros; another currency keeps its code).
    public func formatted(_ language: Language) -> String {
        let fraction = cents % 100, whole = cents / 100
        let digits = "\(whole)\(language == .lv ? "," : ".")\(fraction < 10 ? "0" : "")\(fraction)"
        guard currency == "EUR" else { return "\(digits) \(currency)" }
        return language == .lv ? "\(digits) €" : "€\(digits)"
    }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }
}
