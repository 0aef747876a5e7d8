/// Why a booking use case refused (issue 12): each broken rule names its field, so the API can
/// answer 422 with pointers and a page can show the message beside the field — the same rule,
/// worded by each front end in its user's language.
public enum BookingProblem: Error, Sendable, Equatable {
    case fields([FieldIssue])
    /// Every seat of the slot is taken (409).
    case slotFull
    /// The priority pass is used, lapsed, or for another office or service (410).
    case passNotUsable
    /// No such booking for this token, or no longer active (404).
    case notFound
    /// The client has checked in or the visit has ended; nothing to move or cancel (409).
    case underWay

    public struct FieldIssue: Sendable, Equatable {
        public let field: String
        public let issue: Issue
        public init(_ field: String, _ issue: Issue) {
            self.field = field
            self.issue = issue
        }
    }

    public enum Issue: Sendable, Equatable {
        case unknownOffice(String)
        /// The service is not booked by appointment at this office.
        case notBookable
        /// After the last day the release schedule opens.
        case outsideWindow(lastBookable: LocalDate)
        /// Not a time on offer (closed, taken by the lead time, off the grid).
        case notOnOffer
        case contactCap(Int)
        /// The person already has an active booking for this service.
        case secondBooking
        /// The person already waits for this service at this office.
        case alreadyWaiting
        case badDateTime
    }

    public static func field(_ name: String, _ issue: Issue) -> BookingProblem { .fields([FieldIssue(name, issue)]) }
}
