/// A Latvian personal identity code (personas kods), FACTS.md §4.
///
/// - Old format `DDMMYY-CNNNK`, issued until 2017-06-30: C is the century (0 = 1800s,
///   1 = 1900s, 2 = 2000s), the date must exist, and K = (1101 − Σ dᵢ·wᵢ) mod 11 over the first
///   ten digits with weights 1, 6, 3, 7, 9, 10, 5, 8, 4, 2, then mod 10 (a result of 10 gives 0).
/// - New format since 2017-07-01: 11 digits starting `3` then 2-9, no date, no check digit.
/// Accepted with or without the hyphen after six digits; stored as 11 digits.
public struct PersonalCode: Hashable, Sendable, CustomStringConvertible {
    public enum Problem: Error, Equatable, Sendable {
        /// Not 11 digits (with an optional hyphen after the sixth).
        case malformed
        /// The birth date of an old-format code does not exist, or is after old codes stopped.
        case impossibleDate
        /// The century digit is not 0, 1 or 2.
        case badCentury
        /// The check digit does not match.
        case badChecksum
    }

    /// The 11 digits, without the hyphen.
    public let digits: String

    public static let weights = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    public static let lastOldFormatDay = LocalDate(2017, 6, 30)

    public init(validating text: String) throws(Problem) {
        var compact = text.filter { $0 != " " }
        if compact.count == 12, compact.dropFirst(6).first == "-" {
            compact.remove(at: compact.index(compact.startIndex, offsetBy: 6))
        }
        guard compact.count == 11, compact.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw .malformed }
        let d = compact.map { $0.wholeNumberValue ?? 0 }   // ASCII digits only, checked above
        if d[0] == 3, (2...9).contains(d[1]) {
            digits = compact
            return
        }
        let century: Int
        switch d[6] {
        case 0: century = 1800
        case 1: century = 1900
        case 2: century = 2000
        default: throw .badCentury
        }
        guard let born = LocalDate(year: century + d[4] * 10 + d[5], month: d[2] * 10 + d[3], day: d[0] * 10 + d[1]),
              born <= Self.lastOldFormatDay else { throw .impossibleDate }
        let sum = zip(d.prefix(10), Self.weights).reduce(0) { $0 + $1.0 * $1.1 }
        // A remainder of 10 gives check digit 0 (FACTS.md §4: python-stdnum and
        // java-personal-code agree; refusing such codes would lock real people out — issue 13).
        let check = (1101 - sum) % 11 % 10
        guard check == d[10] else { throw .badChecksum }
        digits = compact
    }

    public static func parse(_ text: String) -> Result<PersonalCode, Problem> {
        do { return .success(try PersonalCode(validating: text)) } catch { return .failure(error) }
    }

    public static func isValid(_ text: String) -> Bool { (try? PersonalCode(validating: text)) != nil }

    /// Old codes carry the birth date; new ones do not.
    public var birthDate: LocalDate? {
        let d = digits.map { $0.wholeNumberValue ?? 0 }
        if d[0] == 3, (2...9).contains(d[1]) { return nil }
        return LocalDate(year: 1800 + d[6] * 100 + d[4] * 10 + d[5], month: d[2] * 10 + d[3], day: d[0] * 10 + d[1])
    }

    /// `DDMMYY-CNNNK`, as printed on documents.
    public var formatted: String { "\(digits.prefix(6))-\(digits.dropFirst(6))" }

    /// For lists and logs a person may glance at: only the first six digits (S-PRIVACY).
    public var masked: String { "\(digits.prefix(6))-*****" }

    /// Never the code itself, so that a stray interpolation cannot leak it into a log.
    public var description: String { masked }
}
