import Foundation

/// A client in an office's queue for the day: an appointment checked in at the kiosk, or a
/// walk-in ticket. The queue number (A001 …) is what the call display shows — never a name or a
/// booking code.
public struct QueueEntry: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable { case appointment, walkIn = "walk-in" }

    public enum Status: String, Sendable, Codable, CaseIterable {
        case waiting, called, serving, done, noShow = "no-show", parked
        /// Still waiting when the queue closed; given a priority booking pass (ClosingRule).
        case referred
    }

    public let id: UUID
    public let officeSlug: String
    public let serviceSlug: String
    public let day: LocalDate
    public let number: String
    public let kind: Kind
    public let status: Status
    /// For appointments: the booked start.
    public let appointmentStart: Date?
    public let bookingID: UUID?
    public let checkedInAt: Date
    public let calledAt: Date?
    public let startedAt: Date?
    public let finishedAt: Date?
    public let counter: String?
    public let recalls: Int
    /// The client, for an appointment (walk-ins are anonymous).
    public let clientID: UUID?

    public init(id: UUID, officeSlug: String, serviceSlug: String, day: LocalDate, number: String, kind: Kind, status: Status,
                appointmentStart: Date?, bookingID: UUID?, checkedInAt: Date, calledAt: Date?, startedAt: Date?,
                finishedAt: Date?, counter: String?, recalls: Int, clientID: UUID? = nil) {
        self.id = id
        self.officeSlug = officeSlug
        self.serviceSlug = serviceSlug
        self.day = day
        self.number = number
        self.kind = kind
        self.status = status
        self.appointmentStart = appointmentStart
        self.bookingID = bookingID
        self.checkedInAt = checkedInAt
        self.calledAt = calledAt
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.counter = counter
        self.recalls = recalls
        self.clientID = clientID
    }
}

/// Queue numbers: a letter per service and a three-digit number per office, service and day.
public enum QueueNumber {
    /// The service's letter: A, B, C … in catalogue order (`sortOrder` from 1).
    public static func prefix(sortOrder: Int) -> String {
        let letters = Array("ABCDEFGHJKLMNPRSTUVZ")      // no I, O, Q: they read as digits
        return String(letters[max(0, sortOrder - 1) % letters.count])
    }

    public static func format(prefix: String, sequence: Int) -> String {
        prefix + (sequence < 1000 ? String(format: "%03d", sequence) : String(sequence))
    }
}
