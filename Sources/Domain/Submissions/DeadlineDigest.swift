import Foundation

/// The supervisor's morning message (issue 14, item 3): an office's open cases past their last
/// day and those due within three working days — references and dates only, no personal data —
/// in both languages, as the emergency alert is, since whoever is on duty reads it.
public enum DeadlineDigest {
    /// Working days ahead that count as "soon".
    public static let soonWorkingDays = 3

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
