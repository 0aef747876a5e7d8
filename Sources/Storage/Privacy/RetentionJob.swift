import Domain
import Fluent
import Foundation

/// Applies the retention schedule: client records past their time are anonymised (the row
/// stays for statistics, the person is gone), log rows past theirs are purged — and each purge
/// is itself written to the audit trail (no other path in the app removes a log row).
public struct RetentionJob: Sendable {
    public struct Report: Sendable, Equatable {
        public var clientsAnonymised = 0
        public var accessLogPurged = 0
        public var auditTrailPurged = 0
        public var loginFailuresPurged = 0
        public var sessionsPurged = 0
        public var bookingsAnonymised = 0
        public var waitlistPurged = 0
        public var visitsAnonymised = 0
        public var outboxPurged = 0
    }

    let db: any Database
    let schedule: RetentionSchedule

    public init(db: any Database, schedule: RetentionSchedule) {
        self.db = db
        self.schedule = schedule
    }

    /// When the client was last active: each booking (made, and its time), waitlist place
    /// (joined, and its last day) and visit (checked in).
    static func activities(of client: UUID, on db: any Database) async throws -> [Date] {
        var dates: [Date] = []
        for b in try await BookingModel.query(on: db).filter(\.$clientID == client).all() {
            dates += [b.createdAt, Date(timeIntervalSince1970: Double(b.endEpoch))]
        }
        for w in try await WaitlistEntryModel.query(on: db).filter(\.$clientID == client).all() {
            dates.append(w.createdAt)
            if let through = LocalDate(iso: w.throughDate) { dates.append(RigaTime.instant(through.next, TimeOfDay(0, 0))) }
        }
        for q in try await QueueEntryModel.query(on: db).filter(\.$clientID == client).all() {
            dates.append(Date(timeIntervalSince1970: Double(q.checkedInEpoch)))
        }
        return dates
    }

    public func run(now: Date) async throws -> Report {
        try await db.writeTransaction { tx in
            var report = Report()
            func cutoff(_ type: RetentionSchedule.RecordType) -> Date {
                now.addingTimeInterval(-Double(schedule.days(for: type)) * 86_400)
            }
            // Created before the cutoff is necessary, not sufficient: the last activity decides.
            var dueClients: [ClientModel] = []
            for c in try await ClientModel.query(on: tx).filter(\.$anonymisedAt == nil)
                .filter(\.$createdAt < cutoff(.clients)).all() {
                guard let id = c.id else { continue }
                let last = ClientRetention.lastActivity(createdAt: c.createdAt, activities: try await Self.activities(of: id, on: tx))
                if ClientRetention.isDue(lastActivity: last, now: now, keepDays: schedule.days(for: .clients)) { dueClients.append(c) }
            }
            for c in dueClients {
                c.name = ""
                c.surname = ""
                c.personalCode = nil
                c.birthDate = nil
                c.documentNumber = nil
                c.phone = nil
                c.email = nil
                c.anonymisedAt = now
                try await c.update(on: tx)
            }
            report.clientsAnonymised = dueClients.count

            // Bookings keep office, service and time for statistics; contacts and the person go.
            let bookingCutoff = Int64(cutoff(.bookings).timeIntervalSince1970)
            let dueBookings = try await BookingModel.query(on: tx).filter(\.$startEpoch < bookingCutoff)
                .filter(\.$phone != nil).all()
                + BookingModel.query(on: tx).filter(\.$startEpoch < bookingCutoff).filter(\.$email != nil).all()
            var anonymised = Set<UUID>()
            for b in dueBookings where !anonymised.contains(b.id!) {
                b.phone = nil
                b.email = nil
                b.personKey = "anonymised:\(b.id!.uuidString)"
                try await b.update(on: tx)
                anonymised.insert(b.id!)
            }
            report.bookingsAnonymised = anonymised.count
            // Waitlist places go whole (offers first) once their range is long past.
            let lastWanted = RigaTime.date(of: cutoff(.waitlist)).description
            let ended = try await WaitlistEntryModel.query(on: tx).filter(\.$throughDate < lastWanted).all().compactMap(\.id)
            if !ended.isEmpty {
                try await WaitlistOfferModel.query(on: tx).filter(\.$entryID ~~ ended).delete()
                try await WaitlistEntryModel.query(on: tx).filter(\.$id ~~ ended).delete()
            }
            report.waitlistPurged = ended.count
            let lastVisitDay = RigaTime.date(of: cutoff(.visits)).description
            report.visitsAnonymised = try await QueueEntryModel.query(on: tx).filter(\.$day < lastVisitDay)
                .filter(\.$clientID != nil).count()
            try await QueueEntryModel.query(on: tx).filter(\.$day < lastVisitDay).filter(\.$clientID != nil)
                .set(\.$clientID, to: nil).set(\.$bookingID, to: nil).update()
            // Priority passes name the visit and the booking they made: they go with the visit's link.
            try await PriorityPassModel.query(on: tx).filter(\.$expiresEpoch < Int64(cutoff(.visits).timeIntervalSince1970)).delete()
            report.outboxPurged = try await OutboxModel.query(on: tx).filter(\.$createdAt < cutoff(.outbox)).count()
            try await OutboxModel.query(on: tx).filter(\.$createdAt < cutoff(.outbox)).delete()

            report.accessLogPurged = try await AccessLogModel.query(on: tx).filter(\.$at < cutoff(.accessLog)).count()
            try await AccessLogModel.query(on: tx).filter(\.$at < cutoff(.accessLog)).delete()
            report.auditTrailPurged = try await AuditEntryModel.query(on: tx).filter(\.$at < cutoff(.auditTrail)).count()
            try await AuditEntryModel.query(on: tx).filter(\.$at < cutoff(.auditTrail)).delete()
            report.loginFailuresPurged = try await LoginFailureModel.query(on: tx)
                .filter(\.$lastFailureAt < cutoff(.loginFailures)).count()
            try await LoginFailureModel.query(on: tx).filter(\.$lastFailureAt < cutoff(.loginFailures)).delete()
            // Addresses staff signed in from count as "usual" for LoginThrottle.knownAddressWindow
            // only; past it they are of no use and are personal data of the staff member.
            try await LoginKnownAddressModel.query(on: tx)
                .filter(\.$lastSuccessAt < now.addingTimeInterval(-LoginThrottle.knownAddressWindow)).delete()
            report.sessionsPurged = try await StaffSessionModel.query(on: tx)
                .filter(\.$expiresAt < cutoff(.sessions)).count()
            try await StaffSessionModel.query(on: tx).filter(\.$expiresAt < cutoff(.sessions)).delete()

            if report != Report() {
                try await AuditTrail.record(
                    on: tx, at: now, actor: "retention-job", entity: "retention", id: RigaTime.date(of: now).description,
                    action: "apply", before: nil,
                    after: "clients-anonymised=\(report.clientsAnonymised) access-log-purged=\(report.accessLogPurged) "
                        + "audit-trail-purged=\(report.auditTrailPurged) login-failures-purged=\(report.loginFailuresPurged) "
                        + "sessions-purged=\(report.sessionsPurged) bookings-anonymised=\(report.bookingsAnonymised) "
                        + "outbox-purged=\(report.outboxPurged) waitlist-purged=\(report.waitlistPurged) "
                        + "visits-anonymised=\(report.visitsAnonymised)")
            }
            return report
        }
    }

    /// Runs once a day across all instances: the lease holder runs it if today's run is missing.
    public func runDaily(now: Date, holder: String) async throws -> Report? {
        try await JobLease(db: db, name: "retention", holder: holder).runOncePerDay(now: now) { try await run(now: now) }
    }
}
