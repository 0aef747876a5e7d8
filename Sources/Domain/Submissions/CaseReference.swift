/// The registration number a submitter quotes: the year and six characters from the booking
/// code's alphabet (no look-alikes), e.g. `IES-2026-K7QP2M`.
public enum CaseReference {
    public static func generate(year: Int) -> String {
        var g = SystemRandomNumberGenerator()
        let code = String((0..<6).map { _ in BookingCode.alphabet[Int.random(in: 0..<BookingCode.alphabet.count, using: &g)] })
        return "IES-\(year)-\(code)"
    }
}
