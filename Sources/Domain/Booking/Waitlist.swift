import Foundation

/// A place in the waitlist for a service at an office, first come first served.
public struct WaitlistEntry: Sendable, Hashable {
    public enum Status: String, Sendable, Codable {
        /// In line for the next freed seat in its range.
        case waiting
        /// Holding an open offer.
        case offered
        /// Took an offer; a booking was made.
        case booked
        /// The client left the waitlist.
        case left
    }

    public let id: UUID
    public let officeSlug: String
    public let serviceSlug: String
    public let from: LocalDate
    public let through: LocalDate
    public let clientID: UUID
    public let phone: String?
    public let email: String?
    public let language: Language
    public let interpreter: Bool
    public let status: Status
    public let createdAt: Date

    public init(id: UUID, officeSlug: String, serviceSlug: String, from: LocalDate, through: LocalDate, clientID: UUID,
                phone: String?, email: String?, language: Language, interpreter: Bool, status: Status, createdAt: Date) {
        self.id = id
        self.officeSlug = officeSlug
        self.serviceSlug = serviceSlug
        self.from = from
        self.through = through
        self.clientID = clientID
        self.phone = phone
        self.email = email
        self.language = language
        self.interpreter = interpreter
        self.status = status
        self.createdAt = createdAt
    }
}

/// A freed seat held for one waiting client until `expiresAt`.
public struct WaitlistOffer: Sendable, Hashable {
    public enum Status: String, Sendable, Codable {
        case open, accepted, declined, expired
    }

    public let id: UUID
    public let entryID: UUID
    public let officeSlug: String
    public let serviceSlug: String
    public let start: Date
    public let end: Date
    public let status: Status
    public let expiresAt: Date
    public let bookingID: UUID?

    public init(id: UUID, entryID: UUID, officeSlug: String, serviceSlug: String, start: Date, end: Date, status: Status,
                expiresAt: Date, bookingID: UUID?) {
        self.id = id
        self.entryID = entryID
        self.officeSlug = officeSlug
        self.serviceSlug = serviceSlug
        self.start = start
        self.end = end
        self.status = status
        self.expiresAt = expiresAt
        self.bookingID = bookingID
    }

    /// Whether the offer can still be taken at `now`.
    public func isOpen(at now: Date) -> Bool { status == .open && now < expiresAt }

    /// Where the client opens the offer (the link in the offer message), in their language.
    public static func path(_ language: Language, token: String) -> String {
        (language == .lv ? "/gaidu-saraksts/piedavajums/" : "/en/waitlist/offer/") + token
    }
}

extension WaitlistEntry {
    /// Where the client leaves the waitlist (the link in the "you are on the list" message).
    public static func path(_ language: Language, id: UUID) -> String {
        (language == .lv ? "/gaidu-saraksts/" : "/en/waitlist/") + id.uuidString.lowercased()
    }
}
