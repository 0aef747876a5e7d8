import Domain
import Foundation

/// A priority booking pass in force for a booking (ClosingRule): its token, spent by the
/// booking, and the office's rule that opens days the public cannot book yet.
public struct PriorityGrant: Sendable {
    public let token: String
    public let rule: ClosingRule
    public let expiresAt: Date
}

/// "Which times are free?" — the release schedule in force, the slots on offer with the seats
/// left, and whether one chosen time is still on offer. Every booking use case asks it, so
/// clients, staff and the API see the same times.
public struct FindFreeTimes: Sendable {
    let reference: any ReferenceStore
    let bookings: any BookingStore
    public let now: Date
    /// Opens the days a priority pass opens (nil for everyone else).
    public var priority: PriorityGrant?

    public init(reference: any ReferenceStore, bookings: any BookingStore, now: Date, priority: PriorityGrant? = nil) {
        self.reference = reference
        self.bookings = bookings
        self.now = now
        self.priority = priority
    }

    /// The office and service of a booking, if the service is booked there by appointment.
    public func officeAndService(_ officeSlug: String, _ serviceSlug: String) async throws -> (Office, Service) {
        guard let office = try await reference.office(slug: officeSlug), office.active else {
            throw BookingProblem.field("officeId", .unknownOffice(officeSlug))
        }
        guard let service = try await reference.service(slug: serviceSlug), service.needsAppointment,
              (office.desks[service.slug] ?? 0) > 0 else {
            throw BookingProblem.field("serviceId", .notBookable)
        }
        return (office, service)
    }

    /// The release schedule published for this office and service (ReleaseSchedule.resolve),
    /// widened by a priority pass.
    public func schedule(_ office: Office?, _ service: Service?) async throws -> ReleaseSchedule {
        let published = ReleaseSchedule.resolve(try await reference.releaseRules(), office: office?.slug, service: service?.slug)
        return priority.map { $0.rule.prioritySchedule(published) } ?? published
    }

    /// The agency's contacts its messages quote (K-CHANNELS), read before the booking's transaction.
    public func agency() async throws -> AgencyContacts { try await reference.agencyContacts() }

    func availability(_ schedule: ReleaseSchedule) async throws -> Availability {
        Availability(hours: OpeningHours(calendar: try await calendar()), schedule: schedule)
    }

    func calendar() async throws -> WorkingCalendar {
        WorkingCalendar(adjustments: try await reference.calendarAdjustments())
    }

    /// Slots on offer from `from` through `through` (clipped to the release window), with the
    /// seats that remain: each day's grid as the reference store keeps it (issue 17, item 2), the
    /// release schedule at `now`, and the seat counters of the range in one query.
    public func offers(_ office: Office, _ service: Service, from: LocalDate,
                       through: LocalDate? = nil) async throws -> [Availability.Offer] {
        let schedule = try await self.schedule(office, service)
        let last = min(through ?? schedule.lastBookableDate(now: now), schedule.lastBookableDate(now: now))
        guard from <= last else { return [] }
        var grid: [Slot] = []
        for day in LocalDate.days(from: from, through: last) {
            grid += try await reference.slotGrid(officeSlug: office.slug, serviceSlug: service.slug, on: day)
        }
        guard !grid.isEmpty else { return [] }
        let booked = try await bookings.booked(officeSlug: office.slug, serviceSlug: service.slug,
                                               from: RigaTime.instant(from, TimeOfDay(0, 0)),
                                               to: RigaTime.instant(last.next, TimeOfDay(0, 0)))
        return schedule.offers(grid: grid, now: now, booked: booked)
    }

    /// The days from `from` with a free seat, each with its count of free times (the first step of
    /// booking and of moving a booking); `except` leaves out the booking's own time.
    public func freeDays(_ office: Office, _ service: Service, from: LocalDate,
                         except start: Date? = nil) async throws -> [(date: LocalDate, free: Int)] {
        let free = try await offers(office, service, from: from).filter { $0.remaining > 0 && $0.slot.start != start }
        let grouped = Dictionary(grouping: free) { RigaTime.date(of: $0.slot.start) }
        return grouped.keys.sorted().map { (date: $0, free: grouped[$0]?.count ?? 0) }
    }

    /// Why `date` has nothing to book, given the offers shown for it (issue 16, item 1;
    /// DayBookability). The opening day and the schedule — a priority pass's wider one included —
    /// are read only when no seat is free.
    public func bookability(_ office: Office, _ service: Service, date: LocalDate,
                            offers: [Availability.Offer]) async throws -> DayBookability {
        let free = offers.reduce(0) { $0 + max($1.remaining, 0) }
        if free > 0 { return .bookable }
        let day = try await OfficeCalendar(store: reference).days(office, from: date, through: date).first
        return DayBookability.of(date, day: day, schedule: try await schedule(office, service), freeSeats: free, now: now)
    }

    /// The slot starting at `start` if it is on offer now; otherwise why not (`/start`).
    public func offeredSlot(_ office: Office, _ service: Service, start: Date) async throws -> Slot {
        let day = RigaTime.date(of: start)
        let schedule = try await self.schedule(office, service)
        if let slot = try await reference.slotGrid(officeSlug: office.slug, serviceSlug: service.slug, on: day)
            .first(where: { $0.start == start }), schedule.isOpen(slotStart: start, now: now) {
            return slot
        }
        let last = schedule.lastBookableDate(now: now)
        throw BookingProblem.field("start", day > last ? .outsideWindow(lastBookable: last) : .notOnOffer)
    }

    /// The pass behind `token` if it can still be used for this office and service, with the
    /// office's closing rule; nil when it cannot (used, lapsed, elsewhere, unknown).
    public static func usablePass(_ token: String, office: Office, service: Service, passes: any PriorityPassStore,
                                  reference: any ReferenceStore, now: Date) async throws -> PriorityGrant? {
        guard let pass = try await passes.priorityPass(token: token), pass.state(at: now) == .usable,
              pass.officeSlug == office.slug, pass.serviceSlug == service.slug else { return nil }
        return PriorityGrant(token: token, rule: try await reference.visitSettings(officeSlug: office.slug).closing,
                             expiresAt: pass.expiresAt)
    }
}

/// The messages a booking sends (I-BOOK): the confirmation now, and the reminder on the working
/// day before if that is still ahead — one place for every use case that books or moves.
public enum BookingNotice {
    public static func messages(_ b: Booking, name: String, office: Office, service: Service, agency: AgencyContacts,
                                calendar: WorkingCalendar, now: Date, manageURL: String?, smsURL: String? = nil) -> [OutboxMessage] {
        let context = BookingMessages.Context(booking: b, name: name, office: office, service: service, agency: agency, manageURL: manageURL,
                                              smsURL: smsURL)
        var messages = BookingMessages.outbox(context, kind: .confirmation, sendAfter: now)
        let remindAt = BookingMessages.reminderTime(for: b.start, calendar: calendar)
        if remindAt > now { messages += BookingMessages.outbox(context, kind: .reminder, sendAfter: remindAt) }
        return messages
    }
}
