/// Latvian nouns after a number (CLDR plural rules for `lv`): numbers ending in 1 but not in 11
/// take the singular — "1 diena", "21 diena", "101 diena" — every other number the plural —
/// "0 dienas", "2 dienas", "11 dienas", "111 dienas".
public enum LatvianPlural {
    public static func isSingular(_ n: Int) -> Bool {
        let m = n.magnitude
        return m % 10 == 1 && m % 100 != 11
    }

    public static func form(_ n: Int, one: String, many: String) -> String { isSingular(n) ? one : many }
}

/// English nouns after a number: "1 day", "2 days", "21 days".
public enum EnglishPlural {
    public static func form(_ n: Int, one: String, many: String) -> String { n == 1 ? one : many }
}
