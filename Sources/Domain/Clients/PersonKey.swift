import Foundation

extension Client.Identity {
    /// One person, whatever the form they were named in: the personal code, or birth date and
    /// document number — hashed, so the key says nothing of the person. Used for "one active
    /// booking (and one place in the waitlist) per person per service" (I-BOOK).
    public var personKey: String {
        switch self {
        case .personalCode(let code): return SecretToken.hash("pc:\(code.digits)")
        case .foreigner(let born, let doc): return SecretToken.hash("fd:\(born):\(BookingCode.normalise(doc))")
        }
    }
}
