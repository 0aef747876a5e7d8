import Foundation

/// Figures of an office's visits (issue 5): per day and service, waiting time (check-in → call),
/// service time (start → finish), no-shows and visits; and calls per counter. Minutes, rounded
/// to one decimal; medians as well as means, since a few long waits skew a mean.
public struct VisitStatistics: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        public let day: LocalDate
        public let serviceSlug: String
        public let visits: Int
        public let served: Int
        public let noShows: Int
        public let meanWaitMinutes: Double?
        public let medianWaitMinutes: Double?
        public let meanServiceMinutes: Double?
        public let medianServiceMinutes: Double?
    }

    public let rows: [Row]
    /// Counter → calls (recalls not counted again).
    public let callsPerCounter: [(counter: String, calls: Int)]

    public static func == (a: VisitStatistics, b: VisitStatistics) -> Bool {
        a.rows == b.rows && a.callsPerCounter.map { "\($0.counter)=\($0.calls)" } == b.callsPerCounter.map { "\($0.counter)=\($0.calls)" }
    }
    public func hash(into h: inout Hasher) { h.combine(rows) }

    static func minutes(_ a: Date?, _ b: Date?) -> Double? {
        guard let a, let b, b >= a else { return nil }
        return b.timeIntervalSince(a) / 60
    }

    static func mean(_ xs: [Double]) -> Double? { xs.isEmpty ? nil : ((xs.reduce(0, +) / Double(xs.count)) * 10).rounded() / 10 }

    static func median(_ xs: [Double]) -> Double? {
        guard !xs.isEmpty else { return nil }
        let s = xs.sorted(), m = s.count / 2
        let v = s.count % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2
        return (v * 10).rounded() / 10
    }

    public init(entries: [QueueEntry]) {
        let minutes = Self.minutes, mean = Self.mean, median = Self.median
        let groups = Dictionary(grouping: entries) { "\($0.day)|\($0.serviceSlug)" }
        rows = groups.values.map { list in
            let waits = list.compactMap { minutes($0.checkedInAt, $0.calledAt) }
            let services = list.compactMap { minutes($0.startedAt, $0.finishedAt) }
            return Row(day: list[0].day, serviceSlug: list[0].serviceSlug, visits: list.count,
                       served: list.filter { $0.status == .done }.count, noShows: list.filter { $0.status == .noShow }.count,
                       meanWaitMinutes: mean(waits), medianWaitMinutes: median(waits),
                       meanServiceMinutes: mean(services), medianServiceMinutes: median(services))
        }.sorted { ($0.day, $0.serviceSlug) < ($1.day, $1.serviceSlug) }
        let counters = Dictionary(grouping: entries.filter { $0.calledAt != nil && $0.counter != nil }) { $0.counter! }
        callsPerCounter = counters.map { (counter: $0.key, calls: $0.value.count) }
            .sorted { ($0.counter.count, $0.counter) < ($1.counter.count, $1.counter) }
    }

    /// CSV (RFC 4180) for spreadsheets: one line per day and service.
    public var csv: String {
        func f(_ x: Double?) -> String { x.map { String(format: "%.1f", $0) } ?? "" }
        var lines = ["day,service,visits,served,no_shows,mean_wait_min,median_wait_min,mean_service_min,median_service_min"]
        for r in rows {
            lines.append([r.day.description, r.serviceSlug, String(r.visits), String(r.served), String(r.noShows),
                          f(r.meanWaitMinutes), f(r.medianWaitMinutes), f(r.meanServiceMinutes), f(r.medianServiceMinutes)]
                .joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
