import Domain
import Fluent
import Foundation
import Storage

/// Booking as one use case for the API and the pages alike: check the office and service, find
/// the slot on offer, take the seat (the database decides), and queue the messages. Failures
/// name the field they concern, so each front end can show them its own way.
struct BookingFlow: Sendable {
    let db: any Database
    let now: Date
    var fairAccess: FairAccess = .standard
    /// The member of staff booking for a caller (audit trail); nil when clients book themselves.
    var actor: String?
    /// A priority pass (ClosingRule): its token, spent by the booking, and the office's rule that
    /// opens days the public cannot book yet.
    var priorityPass: (token: String, rule: ClosingRule, expiresAt: Date)?

    enum Failure: Error {
        /// A rule is broken; (field pointer, message) pairs.
        case rules([@Sendable (ProblemStrings) -> APIProblem.FieldError])
        case slotFull
        /// The priority pass is used, lapsed, or for another office or service.
        case passNotUsable
    }

    private var store: FluentReferenceStore { FluentReferenceStore(db: db) }

    /// The release schedule published for this office and service (ReleaseSchedule.resolve).
    func schedule(_ office: Office?, _ service: Service?) async throws -> ReleaseSchedule {
        let published = ReleaseSchedule.resolve(try await store.releaseRules(), office: office?.slug, service: service?.slug)
        return priorityPass.map { $0.rule.prioritySchedule(published) } ?? published
    }

    /// The pass behind `token` if it can still be used for this office and service, with the
    /// office's closing rule; nil when it cannot (used, lapsed, elsewhere, unknown).
    static func usablePass(_ token: String, office: Office, service: Service, db: any Database,
                           now: Date) async throws -> (token: String, rule: ClosingRule, expiresAt: Date)? {
        guard let pass = try await PriorityPasses.find(token: token, on: db), pass.state(at: now) == .usable,
              pass.officeSlug == office.slug, pass.serviceSlug == service.slug else { return nil }
        return (token, try await FluentReferenceStore(db: db).visitSettings(officeSlug: office.slug).closing, pass.expiresAt)
    }

    func availability(_ schedule: ReleaseSchedule) async throws -> Availability {
        Availability(hours: OpeningHours(calendar: WorkingCalendar(adjustments: try await store.calendarAdjustments())),
                     schedule: schedule)
    }

    /// Slots on offer for an office and service from `from` through `through` (clipped to the
    /// release window), with the seats that remain.
    func offers(_ office: Office, _ service: Service, from: LocalDate, through: LocalDate? = nil) async throws -> [Availability.Offer] {
        let schedule = try await self.schedule(office, service)
        let last = min(through ?? schedule.lastBookableDate(now: now), schedule.lastBookableDate(now: now))
        guard from <= last else { return [] }
        let booked = try await FluentBookingStore(db: db).booked(
            officeSlug: office.slug, serviceSlug: service.slug, from: RigaTime.instant(from, TimeOfDay(0, 0)),
            to: RigaTime.instant(last.next, TimeOfDay(0, 0)))
        let exceptions = try await store.exceptions(officeSlug: office.slug, from: from, through: last)
        return try await availability(schedule).offers(office: office, service: service, exceptions: exceptions, from: from,
                                               through: last, now: now, booked: booked)
    }

    func officeAndService(_ officeSlug: String, _ serviceSlug: String) async throws -> (Office, Service) {
        guard let office = try await store.office(slug: officeSlug) else {
            throw Failure.rules([{ .init(pointer: "/officeId", detail: $0.unknownOffice(officeSlug)) }])
        }
        guard let service = try await store.service(slug: serviceSlug), service.needsAppointment,
              (office.desks[service.slug] ?? 0) > 0 else {
            throw Failure.rules([{ .init(pointer: "/serviceId", detail: $0.notBookable) }])
        }
        return (office, service)
    }

    /// The slot starting at `start` if it is on offer now; otherwise why not.
    func offeredSlot(_ office: Office, _ service: Service, start: Date) async throws -> Slot {
        let day = RigaTime.date(of: start)
        let exceptions = try await store.exceptions(officeSlug: office.slug, from: day, through: day)
        let schedule = try await self.schedule(office, service)
        if let slot = try await availability(schedule).slot(office: office, service: service, exceptions: exceptions, start: start, now: now) {
            return slot
        }
        let last = schedule.lastBookableDate(now: now)
        if day > last {
            let text = last.description
            throw Failure.rules([{ .init(pointer: "/start", detail: $0.outsideWindow(text)) }])
        }
        throw Failure.rules([{ .init(pointer: "/start", detail: $0.notOnOffer) }])
    }

    /// Books `request`; returns the booking and its manage token (shown once).
    func book(_ request: BookingRequest) async throws -> (Booking, String) {
        let (office, service) = try await officeAndService(request.officeSlug, request.serviceSlug)
        let slot = try await offeredSlot(office, service, start: request.start)
        let token = SecretToken.generate(.booking)
        let calendar = WorkingCalendar(adjustments: try await store.calendarAdjustments())
        let name = "\(request.name) \(request.surname)", now = self.now
        do {
            let booking = try await FluentBookingStore(db: db).book(request, slot: slot, manageToken: token, now: now,
                                                                    perContact: fairAccess.perContact, actor: actor,
                                                                    priorityPass: priorityPass?.token) { b in
                Self.messages(b, name: name, office: office, service: service, calendar: calendar, now: now,
                              manageURL: Self.manageURL(b, token: token))
            }
            return (booking, token)
        } catch BookingFailure.slotFull {
            throw Failure.slotFull
        } catch BookingFailure.passNotUsable {
            throw Failure.passNotUsable
        } catch BookingFailure.contactCap(let cap) {
            let pointer = request.phone != nil ? "/phone" : "/email"
            throw Failure.rules([{ .init(pointer: pointer, detail: $0.contactCap(cap)) }])
        } catch BookingFailure.secondActiveBooking {
            let pointer: String
            if case .personalCode = request.identity { pointer = "/personalCode" } else { pointer = "/documentNumber" }
            throw Failure.rules([{ .init(pointer: pointer, detail: $0.secondBooking) }])
        }
    }

    /// A fresh manage link sent again to the booking's contacts (issue 11, item 4): the old link
    /// stops working. `offices` is the member of staff's reach (nil: agency-wide).
    func resendLink(bookingID: UUID, offices: Set<String>?, actor: String) async throws -> Booking {
        let token = SecretToken.generate(.booking), now = self.now
        let reference = store
        let offices_ = try await reference.offices(), services = try await reference.services()
        return try await FluentBookingStore(db: db).renewManageToken(bookingID: bookingID, offices: offices, manageToken: token,
                                                                     actor: actor, now: now) { b, name in
            guard let office = offices_.first(where: { $0.slug == b.officeSlug }),
                  let service = services.first(where: { $0.slug == b.serviceSlug }) else { return [] }
            let context = BookingMessages.Context(booking: b, name: name, office: office, service: service,
                                                  manageURL: Self.manageURL(b, token: token))
            return BookingMessages.outbox(context, kind: .confirmation, sendAfter: now)
        }
    }

    /// The confirmation now, and the reminder on the working day before (if that is still ahead).
    static func messages(_ b: Booking, name: String, office: Office, service: Service, calendar: WorkingCalendar,
                         now: Date, manageURL: String?) -> [OutboxMessage] {
        let context = BookingMessages.Context(booking: b, name: name, office: office, service: service, manageURL: manageURL)
        var messages = BookingMessages.outbox(context, kind: .confirmation, sendAfter: now)
        let remindAt = BookingMessages.reminderTime(for: b.start, calendar: calendar)
        if remindAt > now { messages += BookingMessages.outbox(context, kind: .reminder, sendAfter: remindAt) }
        return messages
    }

    /// The manage link in the client's language (pages work without JavaScript, so the token
    /// travels in the query; the app never logs query strings, and log lines are redacted).
    static func manageURL(_ b: Booking, token: String) -> String {
        "\(BookingManage.path(b.language, code: b.code))?token=\(token)"
    }
}

extension BookingFlow {
    /// After the agency changed a date (closure, hours, one-off holiday): every booking the change
    /// leaves outside reception hours gets a notice with the nearest free slots. Returns how many.
    func notifyAffected(date: LocalDate, officeSlug: String?) async throws -> Int {
        let bookings = FluentBookingStore(db: db)
        var notified = 0
        for (booking, name) in try await bookings.active(on: date, officeSlug: officeSlug) {
            guard let office = try await store.office(slug: booking.officeSlug),
                  let service = try await store.service(slug: booking.serviceSlug) else { continue }
            let schedule = try await self.schedule(office, service)
            let availability = try await self.availability(schedule)
            let last = schedule.lastBookableDate(now: now)
            let exceptions = try await store.exceptions(officeSlug: office.slug, from: date, through: max(date, last))
            let day = availability.hours.day(date, weekly: office.weeklyHours, exceptions: exceptions)
            guard !ClosureImpact.affected([booking], by: day).isEmpty else { continue }
            let booked = try await bookings.booked(officeSlug: office.slug, serviceSlug: service.slug, from: now,
                                                   to: RigaTime.instant(last.next, TimeOfDay(0, 0)))
            let alternatives = availability.offers(office: office, service: service, exceptions: exceptions,
                                                   from: RigaTime.date(of: now), through: last, now: now, booked: booked)
                .filter { $0.remaining > 0 }.prefix(3).map(\.slot.start)
            let context = BookingMessages.Context(booking: booking, name: name, office: office, service: service, manageURL: nil)
            let text = BookingMessages.change(context, alternatives: Array(alternatives))
            try await bookings.enqueue(BookingMessages.outbox(context, kind: .change, text: text, sendAfter: now), now: now)
            notified += 1
        }
        return notified
    }
}
