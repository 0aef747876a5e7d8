import Domain
import Fluent
import Foundation

/// Once a day, under the database lease (one instance of many does it): each office's overdue
/// and due-soon cases reach its supervisors as a message in the outbox (issue 14, item 3).
public struct CaseDeadlineJob: Sendable {
    let db: any Database
    let links: PublicLinks

    public init(db: any Database, links: PublicLinks) {
        self.db = db
        self.links = links
    }

    public struct Report: Sendable, Equatable {
        public let offices: Int
        public let messages: Int
    }

    /// Writes the day's messages; returns what it wrote.
    public func run(now: Date) async throws -> Report {
        let today = RigaTime.date(of: now)
        let reference = FluentReferenceStore(db: db)
        let calendar = WorkingCalendar(adjustments: try await reference.calendarAdjustments())
        let window = DeadlineDigest.Window(today: today, calendar: calendar)
        let open = try await CaseModel.query(on: db).filter(\.$status == CaseStatus.open.rawValue)
            .filter(\.$dueDate <= window.soonThrough.description).sort(\.$dueDate).all().compactMap { $0.toDomain() }
        let byOffice = Dictionary(grouping: open, by: \.officeSlug)
        let supervisors = try await FluentStaffStore(db: db).users().filter { $0.active && $0.roles.contains(.supervisor) }
        var messages: [OutboxMessage] = []
        for (slug, cases) in byOffice.sorted(by: { $0.key < $1.key }) {
            guard let office = try await reference.office(slug: slug) else { continue }
            let (late, coming) = (cases.filter { window.isOverdue($0.dueDate) }, cases.filter { !window.isOverdue($0.dueDate) })
            let overdue = late.map { DeadlineDigest.Entry(reference: $0.reference, due: $0.dueDate) }
            let soon = coming.map { DeadlineDigest.Entry(reference: $0.reference, due: $0.dueDate) }
            let text = DeadlineDigest.message(office: office, overdue: overdue, soon: soon,
                                              link: links.overdueCases)
            for s in supervisors where s.offices.contains(slug) {
                messages.append(OutboxMessage(kind: .alert, channel: .email, recipient: s.email, language: .lv, subject: text.subject,
                                              body: text.body, sendAfter: now, bookingID: nil, officeSlug: slug, clientID: nil))
            }
        }
        let written = messages
        try await db.writeTransaction { tx in try await Outbox.enqueue(written, on: tx, now: now) }
        return Report(offices: byOffice.count, messages: messages.count)
    }

    /// The message is read at the start of the working day.
    public static let from = TimeOfDay(7, 0)

    /// The day's run on a working day from 07:00, by whichever instance takes the lease first;
    /// nil when done already today, too early, or not a working day.
    public func runDaily(now: Date, holder: String) async throws -> Report? {
        guard RigaTime.time(of: now) >= Self.from else { return nil }
        let calendar = WorkingCalendar(adjustments: try await FluentReferenceStore(db: db).calendarAdjustments())
        guard calendar.isWorkingDay(RigaTime.date(of: now)) else { return nil }
        return try await JobLease(db: db, name: "case-deadlines", holder: holder).runOncePerDay(now: now) { try await run(now: now) }
    }
}
