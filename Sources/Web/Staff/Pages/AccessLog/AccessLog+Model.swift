import Domain
import Foundation

/// The access log for auditors, filtered by client and/or employee.
enum AccessLogPage {
    struct Model: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let clientID: String
        let staffUserID: String
        let entries: [AccessLogEntry]
        let staffNames: [UUID: String]
    }
}
