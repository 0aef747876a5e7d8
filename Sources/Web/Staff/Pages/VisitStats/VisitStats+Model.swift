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
        /// Visits and median wait per day: this office first, then the offices compared with it.
        var trends: [(office: Office, trend: VisitTrend)] = []
        /// Offices the reader may compare with (agency-wide roles: all of them).
        var comparable: [Office] = []
        var compared: Set<String> = []
    }
}
