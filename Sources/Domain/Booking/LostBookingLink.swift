import Foundation

/// "Find my booking" (issue 16, item 2): a client who lost the manage link gives the booking's
/// code and one thing only the booking's person knows — the phone or e-mail on the booking, or
/// the personal code — and a fresh link is sent to the booking's own contact. Never to an address
/// typed in the form that is not already on the booking, and never shown on screen; the answer
/// on the page is the same whether or not anything matched.
public enum LostBookingLink {
    /// Where the new link may go.
    public struct Recipients: Sendable, Equatable {
        public let phone: String?
        public let email: String?
    }

    /// How many times one booking's link may be sent again in an hour: enough for a client who
    /// mistyped, too few to flood their phone.
    public static let perBookingPerHour = 3

    /// The contact typed, when it is the booking's phone or e-mail (that one only); both of the
    /// booking's contacts when the typed text is the person's personal code; nil otherwise.
    public static func recipients(typed: String, phone: String?, email: String?, personKey: String) -> Recipients? {
        let text = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        if text.contains("@") {
            guard let email, email.lowercased() == text.lowercased() else { return nil }
            return Recipients(phone: nil, email: email)
        }
        if case .success(let code) = PersonalCode.parse(text),
           Client.Identity.personalCode(code).personKey == personKey {
            return phone == nil && email == nil ? nil : Recipients(phone: phone, email: email)
        }
        if let phone, let typedNumber = nationalNumber(text), typedNumber == nationalNumber(phone) {
            return Recipients(phone: phone, email: nil)
        }
        return nil
    }

    /// A phone's digits without the country's prefix (+371 / 00371), so "+371 2000 0000" and
    /// "20000000" name the same phone; nil for text that is no phone number.
    static func nationalNumber(_ text: String) -> String? {
        guard text.allSatisfy({ $0.isNumber || " +-()".contains($0) }) else { return nil }
        var digits = String(text.filter(\.isNumber))
        for prefix in ["00371", "371"] where digits.hasPrefix(prefix) && digits.count > 8 {
            digits.removeFirst(prefix.count)
            break
        }
        return digits.count >= 6 ? digits : nil
    }
}
