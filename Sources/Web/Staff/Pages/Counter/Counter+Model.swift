import Domain
import Foundation

/// The counter workstation (issue 5): which counter and services, *call next*, and the actions
/// on the client in hand; the employee's name and unit for the client (S-BADGE); the emergency
/// button. Works without JavaScript: the counter and services ride along in each form.
enum Counter {
    static func path(_ l: Language, office: String) -> String { StaffPage.counter(office: office).path(l) }

    struct Model: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let office: Office
        let counter: String
        let services: [Service]
        let chosen: Set<String>
        let current: [QueueEntry]
        let parked: [QueueEntry]
        let waiting: [(Service, Int)]
        /// Names of appointment clients in hand (each read logged).
        let clientNames: [UUID: String]
        /// Reception is over with people still in line: the office's policy and how many.
        let closing: (policy: ClosingRule.Policy, inLine: Int)?
        /// Open emergencies at the office, for a supervisor working here.
        let alerts: [EmergencyAlert]
        let notice: String?
        let error: String?
        /// A second question before an action that cannot be taken back (issue 16, item 6).
        var confirm: Confirmation? = nil
    }

    enum Confirmation: Sendable {
        case startWithoutID(QueueEntry)
        case noShow(QueueEntry)
    }

    /// What the redirect after a form says it did (post/redirect/get: a refresh repeats nothing).
    enum Done: String, Sendable {
        case nobody, emergency, startedWithoutID = "started-without-id", noShow = "no-show"
    }
}
