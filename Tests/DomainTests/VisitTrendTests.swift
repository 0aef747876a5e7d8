import Foundation
import Testing
@testable import Domain

/// Issue 16, item 8: visits and median wait per day over a period.
@Suite("Visits and waiting, day by day")
struct VisitTrendTests {
    func entry(_ day: LocalDate, waited minutes: Double?) -> QueueEntry {
        let checkIn = RigaTime.instant(day, TimeOfDay(9, 0))
        return QueueEntry(id: UUID(), officeSlug: "ogre", serviceSlug: "passport", day: day, number: "A001", kind: .walkIn,
                          status: minutes == nil ? .waiting : .done, appointmentStart: nil, bookingID: nil, checkedInAt: checkIn,
                          calledAt: minutes.map { checkIn.addingTimeInterval($0 * 60) }, startedAt: nil, finishedAt: nil,
                          counter: nil, recalls: 0)
    }

    @Test func everyDayOfThePeriodIsThereWithItsVisitsAndMedianWait() {
        let mon = LocalDate(2026, 12, 21), tue = mon.next, wed = tue.next
        let trend = VisitTrend(entries: [entry(mon, waited: 10), entry(mon, waited: 30), entry(mon, waited: 20),
                                         entry(wed, waited: nil)], from: mon, through: wed)
        #expect(trend.days.map(\.day) == [mon, tue, wed])
        #expect(trend.days.map(\.visits) == [3, 0, 1])
        #expect(trend.days.map(\.medianWaitMinutes) == [20, nil, nil])
    }

    @Test func aPeriodIsAtMostAYearAndNeverBackwards() {
        let start = LocalDate(2026, 1, 1)
        #expect(VisitTrend(entries: [], from: start, through: start.adding(days: 800)).days.count == VisitTrend.maximumDays)
        #expect(VisitTrend(entries: [], from: start, through: start.adding(days: -5)).days.map(\.day) == [start])
    }
}
