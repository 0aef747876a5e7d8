import Foundation

/// Which slots of an office and service are on offer in a date range (I-BOOK): the slot grid of
/// each day, limited to the release window and lead time; `booked` gives seats already taken.
public struct Availability: Sendable {
    public let hours: OpeningHours
    public let schedule: ReleaseSchedule

    public init(hours: OpeningHours, schedule: ReleaseSchedule) {
        self.hours = hours
        self.schedule = schedule
    }

    public struct Offer: Sendable, Hashable {
        public let slot: Slot
        public let remaining: Int
    }

    public func offers(office: Office, service: Service, exceptions: [OfficeException], from: LocalDate,
                       through: LocalDate, now: Date, booked: [Date: Int]) -> [Offer] {
        let desks = office.desks[service.slug] ?? 0
        guard service.needsAppointment, desks > 0 else { return [] }
        let last = min(through, schedule.lastBookableDate(now: now))
        guard from <= last else { return [] }
        return hours.days(from: from, through: last, weekly: office.weeklyHours, exceptions: exceptions)
            .flatMap { SlotGrid.slots(on: $0, deskMinutes: service.deskMinutes, desks: desks) }
            .filter { schedule.isOpen(slotStart: $0.start, now: now) }
            .map { Offer(slot: $0, remaining: max(0, $0.capacity - (booked[$0.start] ?? 0))) }
    }

    /// The slot starting exactly at `start`, if it is on offer (regardless of seats left).
    public func slot(office: Office, service: Service, exceptions: [OfficeException], start: Date, now: Date) -> Slot? {
        let day = RigaTime.date(of: start)
        return offers(office: office, service: service, exceptions: exceptions, from: day, through: day, now: now,
                      booked: [:]).first { $0.slot.start == start }?.slot
    }
}
