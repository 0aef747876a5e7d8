import Foundation

/// The supervisor's morning message (issue 14, item 3): an office's open cases past their last
/// day and those due within three working days — references and dates only, no personal data —
/// in both languages, as the emergency alert is, since whoever is on duty reads it.
public enum DeadlineDigest {
    /// Working days ahead that count as "soon".
    public static let soonWorkingDays = 3

    /// What "overdue" and "due soon" mean on a day, for the digest, the case list's filters and
    /// the staff start page alike: overdue is an open case past its last day; soon is due from
    /// today through `soonThrough`, three working days on.
    public struct Window: Sendable, Equatable {
        public let today: LocalDate
        public let soonThrough: LocalDate

        public init(today: LocalDate, calendar: WorkingCalendar) {
            self.today = today
            soonThrough = calendar.addingWorkingDays(DeadlineDigest.soonWorkingDays, to: today)
        }

        /// The last due date that is overdue today.
        public var overdueThrough: LocalDate { today.previous }
        public func isOverdue(_ due: LocalDate) -> Bool { due < today }
    }

    public struct Entry: Sendable, Equatable {
        public let reference: String
        public let due: LocalDate
        public init(reference: String, due: LocalDate) {
            self.reference = reference
            self.due = due
        }
    }

    public static func message(office: Office, overdue: [Entry], soon: [Entry], link: String) -> (subject: String, body: String) {
        func lines(_ list: [Entry]) -> String {
            list.map { "  \($0.reference) — \(MessageTexts.of(.lv).date($0.due))" }.joined(separator: "\n")
        }
        var body = "\(office.name.lv): nokavēti \(overdue.count), beidzas \(soonWorkingDays) darbdienu laikā \(soon.count).\n"
            + "\(office.name.en ?? office.name.lv): \(overdue.count) overdue, \(soon.count) due within \(soonWorkingDays) working days.\n"
        if !overdue.isEmpty { body += "\nNokavēti / Overdue:\n" + lines(overdue) + "\n" }
        if !soon.isEmpty { body += "\nDrīz / Due soon:\n" + lines(soon) + "\n" }
        body += "\n\(link)"
        return ("Iesniegumu termiņi / Submission deadlines: \(office.name.lv)", body)
    }
}
