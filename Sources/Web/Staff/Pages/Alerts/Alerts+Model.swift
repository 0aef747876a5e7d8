import Domain
import Foundation

/// A supervisor's open emergency alerts (issue 5, item 3), each with its acknowledge button.
enum Alerts {
    struct Model: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        /// Each alert with its office's name.
        let alerts: [(alert: EmergencyAlert, office: String)]
        let notice: String?
    }
}
