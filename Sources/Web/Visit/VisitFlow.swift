import Domain
import Fluent
import Foundation
import Storage

/// The office visit as use cases for the API and the pages (issue 5): a walk-in ticket, a
/// check-in, calling and serving. The rules are the Domain's; the office's own numbers come
/// from its visit settings.
struct VisitFlow: Sendable {
    let db: any Database
    let now: Date
    var checkIn: CheckInRule = .standard
    var walkIn: WalkInRule = .standard
    var callOrder: CallOrder = .standard
    var closing: ClosingRule = .standard

    enum Failure: Error {
        case outsideHours, afterCutoff, quotaReached
        case tooEarly(opensAt: Date), tooLate
        case unknownBooking, notServedHere
        /// Closing the queue with passes: not (yet) allowed (ClosingRule.mayClose).
        case queueStillOpen
    }

    private var store: FluentReferenceStore { FluentReferenceStore(db: db) }

    /// The flow with the office's own numbers (VisitSettings).
    static func at(_ office: Office, db: any Database, now: Date) async throws -> VisitFlow {
        let s = try await FluentReferenceStore(db: db).visitSettings(officeSlug: office.slug)
        return VisitFlow(db: db, now: now, checkIn: s.checkIn, walkIn: s.walkIn, callOrder: s.callOrder, closing: s.closing)
    }

    /// The service if the office serves it (has desks for it).
    func service(_ slug: String, at office: Office) async throws -> Service {
        guard let service = try await store.service(slug: slug), (office.desks[slug] ?? 0) > 0 else { throw Failure.notServedHere }
        return service
    }

    /// The office's hours today (holidays, shortened days, exceptions).
    func today(_ office: Office) async throws -> OpeningDay {
        let date = RigaTime.date(of: now)
        let hours = OpeningHours(calendar: WorkingCalendar(adjustments: try await store.calendarAdjustments()))
        return hours.day(date, weekly: office.weeklyHours, exceptions: try await store.exceptions(officeSlug: office.slug,
                                                                                                  from: date, through: date))
    }

    func ticket(_ office: Office, serviceSlug: String) async throws -> QueueEntry {
        let service = try await service(serviceSlug, at: office)
        switch walkIn.decide(day: try await today(office), now: now, issuedToday: 0) {
        case .closed: throw Failure.outsideHours
        case .afterCutoff: throw Failure.afterCutoff
        case .quotaReached: throw Failure.quotaReached
        case .allowed: break
        }
        do {
            return try await FluentQueueStore(db: db).issueTicket(officeSlug: office.slug, serviceSlug: service.slug,
                                                                  prefix: QueueNumber.prefix(sortOrder: service.sortOrder),
                                                                  quota: walkIn.dailyQuota, now: now)
        } catch QueueFailure.quotaReached {
            throw Failure.quotaReached
        }
    }

    /// Checks the appointment with `code` in at `office`; returns the entry and how the client arrived.
    func checkIn(_ office: Office, code: String) async throws -> (QueueEntry, CheckInRule.Outcome) {
        let queue = FluentQueueStore(db: db)
        guard let booking = try await queue.bookingForCheckIn(code: code, officeSlug: office.slug),
              let service = try await store.service(slug: booking.serviceSlug) else { throw Failure.unknownBooking }
        let outcome = checkIn.classify(appointmentStart: booking.start, now: now)
        switch outcome {
        case .tooEarly(let opensAt): throw Failure.tooEarly(opensAt: opensAt)
        case .tooLate: throw Failure.tooLate
        case .onTime, .lateAccepted: break
        }
        do {
            let (entry, _) = try await queue.checkIn(bookingID: booking.id, prefix: QueueNumber.prefix(sortOrder: service.sortOrder),
                                                     now: now)
            return (entry, outcome)
        } catch QueueFailure.unknownBooking {
            throw Failure.unknownBooking
        }
    }

    /// Waiting count and estimated wait per service the office serves (desk minutes × waiting ÷ desks).
    func summary(_ office: Office) async throws -> [(service: Service, waiting: Int, estimatedMinutes: Int)] {
        let waiting = try await FluentQueueStore(db: db).waiting(officeSlug: office.slug, day: RigaTime.date(of: now))
        return try await store.services().compactMap { s in
            guard let desks = office.desks[s.slug], desks > 0 else { return nil }
            let n = waiting[s.slug] ?? 0
            return (s, n, WaitEstimate.minutes(waiting: n, deskMinutes: s.deskMinutes, desks: desks))
        }
    }

    /// Closing time (issue 5, item 2): under the office's `offerBooking` policy and once reception
    /// is over, everyone still in line is referred with a priority booking pass.
    func closeQueue(_ office: Office, actor: String) async throws -> [(entry: QueueEntry, token: String, expiresAt: Date)] {
        guard closing.mayClose(try await today(office), now: now) else { throw Failure.queueStillOpen }
        return try await FluentQueueStore(db: db).closeQueue(officeSlug: office.slug, rule: closing, actor: actor, now: now)
    }

    /// Reception is over today and people are still in line: how many (nil otherwise).
    func stillInLineAfterReception(_ office: Office) async throws -> Int? {
        guard ClosingRule.isOver(try await today(office), now: now) else { return nil }
        let n = try await FluentQueueStore(db: db).stillWaiting(officeSlug: office.slug, day: RigaTime.date(of: now))
        return n > 0 ? n : nil
    }

    /// The address a pass leads to (printed on it, with its QR code).
    static func passURL(_ l: Language, token: String) -> String {
        (l == .lv ? "/pierakstities/prioritate/" : "/en/book/priority/") + token
    }
}
