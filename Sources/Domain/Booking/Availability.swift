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
        let last = min(through, schedule.lastBookableDate(now: now))
        guard from <= last else { return [] }
        let grid = LocalDate.days(from: from, through: last).flatMap {
            Self.grid(hours: hours, office: office, service: service, exceptions: exceptions, on: $0)
        }
        return schedule.offers(grid: grid, now: now, booked: booked)
    }

    /// The slots of one day whatever the release schedule and the seats: what depends only on
    /// reference data, so a store may keep it per version of that data (issue 17, item 2).
    public static func grid(hours: OpeningHours, office: Office, service: Service, exceptions: [OfficeException],
                            on date: LocalDate) -> [Slot] {
        let desks = office.desks[service.slug] ?? 0
        guard service.needsAppointment, desks > 0 else { return [] }
        return SlotGrid.slots(on: hours.day(date, weekly: office.weeklyHours, exceptions: exceptions),
                              deskMinutes: service.deskMinutes, desks: desks)
    }

    /// The slot starting exactly at `start`, if it is on offer (regardless of seats left).
    public func slot(office: Office, service: Service, exceptions: [OfficeException], start: Date, now: Date) -> Slot? {
        let day = RigaTime.date(of: start)
        return offers(office: office, service: service, exceptions: exceptions, from: day, through: day, now: now,
                      booked: [:]).first { $0.slot.start == start }?.slot
    }
}

extension ReleaseSchedule {
    /// The slots of `grid` open for booking at `now`, with the seats `booked` leaves.
    public func offers(grid: [Slot], now: Date, booked: [Date: Int]) -> [Availability.Offer] {
        grid.filter { isOpen(slotStart: $0.start, now: now) }
            .map { Availability.Offer(slot: $0, remaining: max(0, $0.capacity - (booked[$0.start] ?? 0))) }
    }
}
