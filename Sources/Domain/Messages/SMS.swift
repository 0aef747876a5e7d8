import Foundation

/// How many SMS segments a text costs (issue 13, defect 5): GSM 03.38's 7-bit alphabet gives 160
/// characters in one segment and 153 in each of several (the extension characters cost two);
/// anything outside it — Latvian ā, č, ē, ģ, ī, ķ, ļ, ņ, š, ū, ž — makes the whole message UCS-2:
/// 70 characters, or 67 per segment of several (characters outside the BMP cost two).
public enum SMS {
    /// A message may take at most this many segments (cost, and phones that join them badly).
    public static let maximumSegments = 2

    static let basic: Set<Character> = Set(
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
    static let extended: Set<Character> = Set("^{}\\[~]|€\u{0C}")

    public static func isGSM7(_ text: String) -> Bool { text.allSatisfy { basic.contains($0) || extended.contains($0) } }

    public static func segments(_ text: String) -> Int {
        if isGSM7(text) {
            let septets = text.reduce(0) { $0 + (extended.contains($1) ? 2 : 1) }
            return septets <= 160 ? 1 : (septets + 152) / 153
        }
        let units = text.utf16.count
        return units <= 70 ? 1 : (units + 66) / 67
    }
}
