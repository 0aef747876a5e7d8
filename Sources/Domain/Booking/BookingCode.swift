/// The short code a client reads out or the kiosk scans: 8 characters from an alphabet without
/// look-alikes (no 0/O, 1/I/L) (API-CONVENTIONS.md, Identifiers).
public enum BookingCode {
    public static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")

    public static func generate() -> String {
        var g = SystemRandomNumberGenerator()
        return String((0..<8).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &g)] })
    }

    /// Normalises what a person typed: upper case, spaces and hyphens removed.
    public static func normalise(_ text: String) -> String {
        text.uppercased().filter { $0 != " " && $0 != "-" }
    }

    public static func isWellFormed(_ code: String) -> Bool {
        code.count == 8 && code.allSatisfy(alphabet.contains)
    }
}
