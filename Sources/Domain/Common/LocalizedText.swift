/// Text shown to people: Latvian always (I-LANG), English where it has been written.
public struct LocalizedText: Hashable, Sendable, Codable {
    public var lv: String
    public var en: String?

    public init(lv: String, en: String? = nil) {
        self.lv = lv
        self.en = en
    }

    /// The text in `language`, falling back to Latvian, the state language.
    public func text(_ language: Language) -> String {
        switch language {
        case .lv: return lv
        case .en: return en ?? lv
        }
    }
}

/// The languages Apkalpe speaks: Latvian first (I-LANG), English second.
public enum Language: String, CaseIterable, Sendable, Codable {
    case lv, en

    /// Picks a language from an HTTP `Accept-Language` value; Latvian when nothing matches.
    public static func preferred(acceptLanguage header: String?) -> Language {
        guard let header else { return .lv }
        var best: (Language, Double)? = nil
        for part in header.split(separator: ",") {
            let fields = part.split(separator: ";").map { $0.trimmingCharacters(in: " ") }
            guard let tag = fields.first?.lowercased() else { continue }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            guard let language = Language(rawValue: primary) else { continue }
            var quality = 1.0
            for parameter in fields.dropFirst() where parameter.hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)) ?? 0
            }
            if quality > 0, quality > (best?.1 ?? -1) { best = (language, quality) }
        }
        return best?.0 ?? .lv
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}
