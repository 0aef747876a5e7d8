import Foundation

/// Whether a text can be an e-mail address (issue 13, defect 6: any non-empty string was taken,
/// and a confirmation to "janis" can never arrive). RFC 5321/5322's dot-atom form: a local part
/// of up to 64 characters without spaces, brackets, quotes or separators, and no empty dot-
/// separated piece; a domain of labels (1–63 characters of letters, digits and hyphens, not
/// starting or ending with a hyphen) with a top-level label that is not all digits. Letters
/// beyond ASCII are allowed in both parts, so internationalised domains (`pārvalde.lv`) and
/// SMTPUTF8 local parts work. Quoted local parts and address literals are refused: no client
/// needs them and mail relays handle them badly.
public enum EmailAddress {
    public static let maximumLength = 254

    public static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= maximumLength, text.unicodeScalars.allSatisfy({ !CharacterSet.whitespacesAndNewlines.contains($0) && !CharacterSet.controlCharacters.contains($0) }) else { return false }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        let local = parts[0], domain = parts[1]
        guard (1...64).contains(local.count), validDotAtom(local) else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, domain.count <= 253, labels.allSatisfy(validLabel),
              let top = labels.last, top.count >= 2, !top.allSatisfy(\.isNumber) else { return false }
        return true
    }

    private static let forbiddenInLocal = Set("()<>[]\\,;:\"@")

    private static func validDotAtom(_ s: Substring) -> Bool {
        s.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { piece in
            !piece.isEmpty && piece.allSatisfy { !forbiddenInLocal.contains($0) }
        }
    }

    private static func validLabel(_ label: Substring) -> Bool {
        guard (1...63).contains(label.count), label.first != "-", label.last != "-" else { return false }
        return label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
    }
}
