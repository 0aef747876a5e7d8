import Foundation

/// A bookable time at an office for a service, with its capacity (desks serving the service).
public struct Slot: Sendable, Hashable {
    public let start: Date
    public let end: Date
    public let capacity: Int

    public init(start: Date, end: Date, capacity: Int) {
        self.start = start
        self.end = end
        self.capacity = capacity
    }
}

/// Slots of one date (I-BOOK): each reception range of the day — shortened days, published
/// pre-holiday hours and closures already applied by `OpeningHours` — is cut into steps of the
/// service's desk time; a slot must end by the range's close. Capacity is the office's desks
/// for the service.
public enum SlotGrid {
    public static func slots(on day: OpeningDay, deskMinutes: Int, desks: Int) -> [Slot] {
        guard deskMinutes > 0, desks > 0 else { return [] }
        var result: [Slot] = []
        for range in day.ranges {
            var minute = range.open.minutes
            while minute + deskMinutes <= range.close.minutes {
                guard let time = TimeOfDay(minutes: minute) else { break }
                let start = RigaTime.instant(day.date, time)
                result.append(Slot(start: start, end: start.addingTimeInterval(Double(deskMinutes * 60)), capacity: desks))
                minute += deskMinutes
            }
        }
        return result
    }
}
