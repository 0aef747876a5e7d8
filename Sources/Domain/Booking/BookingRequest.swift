import Foundation

/// What a client (or a clerk for a caller) asks to book, and the rules it must meet before a
/// seat is even tried: a valid identity, at least one contact (C-CONTACT), a real slot on offer
/// within the release window (I-BOOK).
public struct BookingRequest: Sendable, Hashable {
    public var officeSlug: String
    public var serviceSlug: String
    public var start: Date
    public var name: String
    public var surname: String
    public var identity: Client.Identity
    public var phone: String?
    public var email: String?
    public var language: Language
    /// C-INTERPRETER: the client will come with someone who interprets.
    public var interpreter: Bool

    public init(officeSlug: String, serviceSlug: String, start: Date, name: String, surname: String,
                identity: Client.Identity, phone: String?, email: String?, language: Language, interpreter: Bool) {
        self.officeSlug = officeSlug
        self.serviceSlug = serviceSlug
        self.start = start
        self.name = name
        self.surname = surname
        self.identity = identity
        self.phone = phone
        self.email = email
        self.language = language
        self.interpreter = interpreter
    }

    /// One person, whatever the form they were named in (Client.Identity.personKey).
    public var personKey: String { identity.personKey }

    /// C-EARLY: arrive at least five minutes before the appointment.
    /// C-EARLY: the client comes at least this many minutes before the appointment — the one
    /// source of "5 minutes" for every text that says it.
    public static let arriveEarlyMinutes = 5

    public static func arriveBy(_ start: Date) -> Date { start.addingTimeInterval(-Double(arriveEarlyMinutes) * 60) }
}

/// A booking as stored.
public struct Booking: Sendable, Hashable {
    /// A booking's whole life (BookingLifecycle): booked (`active`) → `checked-in` at the kiosk or
    /// desk → `attended` when the visit ends, or `no-show`, or `cancelled`.
    public enum Status: String, Sendable, Codable, CaseIterable {
        case active, checkedIn = "checked-in", attended, cancelled, noShow = "no-show"
    }

    public let id: UUID
    public let code: String
    public let officeSlug: String
    public let serviceSlug: String
    public let start: Date
    public let end: Date
    public let clientID: UUID
    public let phone: String?
    public let email: String?
    public let language: Language
    public let interpreter: Bool
    public let status: Status
    public let createdAt: Date

    public init(id: UUID, code: String, officeSlug: String, serviceSlug: String, start: Date, end: Date, clientID: UUID,
                phone: String?, email: String?, language: Language, interpreter: Bool, status: Status, createdAt: Date) {
        self.id = id
        self.code = code
        self.officeSlug = officeSlug
        self.serviceSlug = serviceSlug
        self.start = start
        self.end = end
        self.clientID = clientID
        self.phone = phone
        self.email = email
        self.language = language
        self.interpreter = interpreter
        self.status = status
        self.createdAt = createdAt
    }
}
