import Foundation

/// One thing an administrator recorded in the calendar and may take back (S-INFO, I-BOOK): an
/// office's exception, a one-off holiday, a transferred working day, a festival's closing day, or
/// a release schedule. Removing one can put days back into a client's reach or take them away (a
/// transfer's working Saturday closes again), so the dates it touched are told to the displaced-
/// clients check.
public enum CalendarEntry: Sendable, Equatable, Hashable {
    case exception(officeSlug: String, date: LocalDate)
    case holiday(LocalDate)
    /// A transfer, named by its day off (one transfer per day off, TransferRule).
    case transfer(dayOff: LocalDate)
    case festivalDay(LocalDate)
    case releaseRule(officeSlug: String?, serviceSlug: String?)

    /// The form's words for the kind, stable across releases (the remove form sends it back).
    public var kind: String {
        switch self {
        case .exception: "exception"
        case .holiday: "holiday"
        case .transfer: "transfer"
        case .festivalDay: "festival-day"
        case .releaseRule: "release-rule"
        }
    }

    /// Reads an entry back from the remove form's fields; nil when they do not name one.
    public init?(kind: String, office: String?, service: String?, date: String?) {
        let office = office.flatMap { $0.isEmpty ? nil : $0 }, service = service.flatMap { $0.isEmpty ? nil : $0 }
        let day = date.flatMap(LocalDate.init(iso:))
        switch kind {
        case "exception":
            guard let office, let day else { return nil }
            self = .exception(officeSlug: office, date: day)
        case "holiday":
            guard let day else { return nil }
            self = .holiday(day)
        case "transfer":
            guard let day else { return nil }
            self = .transfer(dayOff: day)
        case "festival-day":
            guard let day else { return nil }
            self = .festivalDay(day)
        case "release-rule":
            self = .releaseRule(officeSlug: office, serviceSlug: service)
        default:
            return nil
        }
    }

    /// The form fields that name this entry (the inverse of `init(kind:office:service:date:)`).
    public var fields: [(name: String, value: String)] {
        switch self {
        case .exception(let office, let date): [("what", kind), ("office", office), ("date", date.description)]
        case .holiday(let date), .transfer(let date), .festivalDay(let date): [("what", kind), ("date", date.description)]
        case .releaseRule(let office, let service): [("what", kind), ("office", office ?? ""), ("service", service ?? "")]
        }
    }
}
