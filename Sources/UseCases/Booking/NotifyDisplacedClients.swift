import Domain
import Foundation

/// "Tell the clients whose appointment our change displaced" — after an administrator closes an
/// office, changes its hours or declares a holiday: every booking the change leaves outside
/// reception hours gets a notice with the nearest free times. Returns how many were told.
public struct NotifyDisplacedClients: Sendable {
    let times: FindFreeTimes
    let reference: any ReferenceStore
    let bookings: any BookingStore

    public init(times: FindFreeTimes, reference: any ReferenceStore, bookings: any BookingStore) {
        self.times = times
        self.reference = reference
        self.bookings = bookings
    }

    public func callAsFunction(date: LocalDate, officeSlug: String?) async throws -> Int {
        let now = times.now
        var notified = 0
        let agency = try await reference.agencyContacts()
        for (booking, name) in try await bookings.active(on: date, officeSlug: officeSlug) {
            guard let office = try await reference.office(slug: booking.officeSlug),
                  let service = try await reference.service(slug: booking.serviceSlug) else { continue }
            let schedule = try await times.schedule(office, service)
            let availability = try await times.availability(schedule)
            let last = schedule.lastBookableDate(now: now)
            let exceptions = try await reference.exceptions(officeSlug: office.slug, from: date, through: max(date, last))
            // An office made inactive, or a service it no longer offers, receives nobody that day.
            let receives = office.active && (office.desks[service.slug] ?? 0) > 0
            let day = receives ? availability.hours.day(date, weekly: office.weeklyHours, exceptions: exceptions)
                : OpeningDay(date: date, ranges: [], shortened: false, closedReason: .officeClosed, note: nil)
            guard !ClosureImpact.affected([booking], by: day).isEmpty else { continue }
            let booked = try await bookings.booked(officeSlug: office.slug, serviceSlug: service.slug, from: now,
                                                   to: RigaTime.instant(last.next, TimeOfDay(0, 0)))
            let alternatives = !receives ? [] : availability.offers(office: office, service: service, exceptions: exceptions,
                                                   from: RigaTime.date(of: now), through: last, now: now, booked: booked)
                .filter { $0.remaining > 0 }.prefix(3).map(\.slot.start)
            let context = BookingMessages.Context(booking: booking, name: name, office: office, service: service, agency: agency, manageURL: nil)
            let text = BookingMessages.change(context, alternatives: Array(alternatives))
            try await bookings.enqueue(BookingMessages.outbox(context, kind: .change, text: text, sendAfter: now), now: now)
            notified += 1
        }
        return notified
    }
}
