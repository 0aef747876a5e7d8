import Domain
import Foundation

/// An office's visit statistics for a date range (issue 5): a table, two charts (each with its
/// table), and a CSV download.
enum VisitStats {
    struct Model: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let office: Office
        let from: LocalDate
        let through: LocalDate
        let stats: VisitStatistics
        let serviceNames: [String: String]
    }
}
