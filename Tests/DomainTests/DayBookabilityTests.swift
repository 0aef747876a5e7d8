import Foundation
import Testing
@testable import Domain

private func d(_ s: String) -> LocalDate { LocalDate(iso: s)! }

/// Issue 16, item 1: a day with nothing to book says why.
@Suite("Why a day cannot be booked")
struct DayBookabilityTests {
    let hours = OpeningHours(calendar: WorkingCalendar(adjustments: .enacted))
    let weekly = WeeklyHours.typicalTerritorial
    // Monday 21 December 2026, 09:40 in Riga; releases at 08:00, 14 days ahead.
    let now = RigaTime.instant(LocalDate(iso: "2026-12-21")!, TimeOfDay(9, 40))
    let schedule = ReleaseSchedule.standard

    func why(_ date: String, free: Int = 0, exceptions: [OfficeException] = []) -> DayBookability {
        let day = hours.day(d(date), weekly: weekly, exceptions: exceptions)
        return DayBookability.of(d(date), day: day, schedule: schedule, freeSeats: free, now: now)
    }

    @Test func aDayWithAFreeSeatIsBookable() {
        #expect(why("2026-12-22", free: 1) == .bookable)
    }

    @Test func aHolidayIsNamed() {
        guard case .closed(.holiday, let note) = why("2026-12-25") else { Issue.record("Christmas is a holiday"); return }
        #expect(note?.lv.isEmpty == false)
    }

    @Test func theOfficesOwnClosureCarriesItsReason() {
        let reason = LocalizedText(lv: "Remonts", en: "Repairs")
        let closed = OfficeException(date: d("2026-12-22"), kind: .closed, reason: reason)
        #expect(why("2026-12-22", exceptions: [closed]) == .closed(.officeClosed, note: reason))
    }

    @Test func aWeekendIsClosed() {
        guard case .closed(let reason, _) = why("2026-12-27") else { Issue.record("Sunday is closed"); return }
        #expect(reason == .weekend)
    }

    @Test func aPastDateIsPastEvenWhenItWasAHoliday() {
        #expect(why("2026-12-18") == .past)
        #expect(why("2026-11-18") == .past)
    }

    @Test func aDayBeyondTheWindowOpensAtTheReleaseHourDaysAheadBefore() {
        // 14 days ahead: 4 January is released on 21 December at 08:00 (already), 5 January on 22 December.
        #expect(why("2027-01-04") == .full)
        #expect(why("2027-01-05") == .notYetReleased(opensAt: RigaTime.instant(d("2026-12-22"), TimeOfDay(8, 0))))
        #expect(why("2027-02-01") == .notYetReleased(opensAt: RigaTime.instant(d("2027-01-18"), TimeOfDay(8, 0))))
    }

    @Test func anOpenReleasedDayWithoutSeatsIsFull() {
        #expect(why("2026-12-22") == .full)
        #expect(why("2026-12-21") == .full)
    }
}
