/// How long each kind of record is kept (GDPR Art. 5(1)(e), storage limitation). Configurable:
/// `APKALPE_RETENTION="clients=1825,access-log=1825,audit-trail=3650,login-failures=1"` (days).
/// Client records are anonymised rather than deleted, so that statistics keep their rows.
public struct RetentionSchedule: Sendable, Equatable {
    public enum RecordType: String, CaseIterable, Sendable {
        case clients, accessLog = "access-log", auditTrail = "audit-trail", loginFailures = "login-failures",
             sessions, bookings, outbox, waitlist, visits
    }

    public var days: [RecordType: Int]

    /// Defaults: five years for client records and the access log, ten for the audit trail; a
    /// day for login-failure counters and ended sessions. (Placeholders until PMLP's records
    /// schedule is confirmed; each is configuration.)
    public static let standard = RetentionSchedule(days: [
        .clients: 5 * 365, .accessLog: 5 * 365, .auditTrail: 10 * 365, .loginFailures: 1, .sessions: 1,
        .bookings: 2 * 365, .outbox: 90,
        // Waitlist places and their offers: deleted this long after the last date waited for.
        .waitlist: 30,
        // Queue entries keep their times for statistics; the link to the client goes.
        .visits: 2 * 365,
    ])

    public init(days: [RecordType: Int]) { self.days = days }

    public enum Problem: Error, Equatable { case malformed(String) }

    /// The standard schedule with the entries of `text` replaced.
    public static func parse(_ text: String?) throws(Problem) -> RetentionSchedule {
        var schedule = standard
        guard let text, !text.isEmpty else { return schedule }
        for part in text.split(separator: ",") {
            let kv = part.split(separator: "=")
            guard kv.count == 2, let type = RecordType(rawValue: kv[0].trimmingCharacters(in: " ")),
                  let n = Int(kv[1].trimmingCharacters(in: " ")), n >= 1 else { throw .malformed(String(part)) }
            schedule.days[type] = n
        }
        return schedule
    }

    public func days(for type: RecordType) -> Int { days[type] ?? RetentionSchedule.standard.days[type] ?? 3650 }
}
