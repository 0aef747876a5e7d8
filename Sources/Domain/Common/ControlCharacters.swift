/// Text a person typed holds no C0 or C1 control characters other than tab, line feed and
/// carriage return: no one types them, a terminal or a printed letter would act on them, and
/// PostgreSQL refuses NUL in text. Used by every free-text field of submissions, case work and
/// the catalogue.
public enum ControlCharacters {
    public static func isControl(_ c: Unicode.Scalar) -> Bool {
        (c.value < 0x20 && c != "\t" && c != "\n" && c != "\r") || (0x7F...0x9F).contains(c.value)
    }

    public static func found(in s: String) -> Bool { s.unicodeScalars.contains(where: isControl) }

    /// What is left of `s` without them (a mail is never refused for its form).
    public static func removed(from s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { !isControl($0) }))
    }
}
