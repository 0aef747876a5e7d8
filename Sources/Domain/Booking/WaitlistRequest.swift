import Foundation

/// A client's wish to be told when a seat frees up for a service at an office between two dates
/// (I-BOOK, issue 4 item 5). The person is named as for a booking — identity and at least one
/// contact (C-CONTACT), since an offer that cannot reach anyone helps nobody.
public struct WaitlistRequest: Sendable, Hashable {
    public var officeSlug: String
    public var serviceSlug: String
    public var from: LocalDate
    public var through: LocalDate
    public var name: String
    public var surname: String
    public var identity: Client.Identity
    public var phone: String?
    public var email: String?
    public var language: Language
    public var interpreter: Bool

    public init(officeSlug: String, serviceSlug: String, from: LocalDate, through: LocalDate, name: String, surname: String,
                identity: Client.Identity, phone: String?, email: String?, language: Language, interpreter: Bool) {
        self.officeSlug = officeSlug
        self.serviceSlug = serviceSlug
        self.from = from
        self.through = through
        self.name = name
        self.surname = surname
        self.identity = identity
        self.phone = phone
        self.email = email
        self.language = language
        self.interpreter = interpreter
    }

    /// The same person key as a booking's, so "one active … per person per service" means one person.
    public var personKey: String { identity.personKey }

    /// Why a date range cannot be waited for.
    public enum RangeProblem: Error, Sendable, Equatable {
        /// `through` is before `from`.
        case reversed
        /// The range ends before today.
        case past
        /// The range reaches further than `WaitlistRequest.maximumDaysAhead` from today.
        case tooFar(last: LocalDate)
    }

    /// How far ahead a client may wait: seats are only ever freed inside the release window, and a
    /// wish older than a season is more likely forgotten than still wanted.
    public static let maximumDaysAhead = 90

    /// The range clipped to start today at the earliest, or why it cannot be used.
    public static func checkRange(from: LocalDate, through: LocalDate, today: LocalDate) -> Result<(LocalDate, LocalDate), RangeProblem> {
        if through < from { return .failure(.reversed) }
        if through < today { return .failure(.past) }
        let last = today.adding(days: maximumDaysAhead)
        if through > last { return .failure(.tooFar(last: last)) }
        return .success((max(from, today), through))
    }
}
