import Domain
import Foundation
import Synchronization
import Testing
import TestSupport
@testable import UseCases

@Suite("Reference data (S-INFO) on fakes: checked by field, displaced clients told")
struct ReferenceDataTests {
    struct World {
        let reference = FakeReference()
        let bookings = FakeBookings()
        var times: FindFreeTimes { FindFreeTimes(reference: reference, bookings: bookings, now: BookingUseCaseTests.now) }
        var change: ChangeReferenceData {
            ChangeReferenceData(reference: reference, notify: NotifyDisplacedClients(times: times, reference: reference,
                                                                                     bookings: bookings),
                                now: BookingUseCaseTests.now, actor: "admin")
        }
    }

    @Test func closingADayTellsTheClientBookedOnIt() async throws {
        let w = World()
        let book = BookAppointment(times: w.times, bookings: w.bookings, reference: w.reference, links: FakeLinks(),
                                   fairAccess: .standard)
        _ = try await book(try BookingUseCaseTests.request())
        let told = try await w.change.officeException(office: "ogre", date: "2026-12-22", kind: "closed", ranges: "",
                                                      reasonLv: "Remonts", reasonEn: nil)
        #expect(told == 1)
        #expect(w.bookings.outbox.contains { $0.kind == .change && $0.body.contains("Atvainojamies") })
        #expect(try await w.reference.exceptions(officeSlug: "ogre", from: LocalDate(2026, 12, 22),
                                                 through: LocalDate(2026, 12, 22)).count == 1)
    }

    @Test func badFieldsAreNamedAndNothingChanges() async throws {
        let w = World()
        await #expect(throws: ReferenceProblem(fields: [.init("date", .notADate), .init("ranges", .badRanges),
                                                         .init("office", .unknownOffice)])) {
            _ = try await w.change.officeException(office: "atlantis", date: "22.12.2026", kind: "hours", ranges: "",
                                                   reasonLv: nil, reasonEn: nil)
        }
        await #expect(throws: ReferenceProblem(fields: [.init("releaseTime", .badTime), .init("daysAhead", .outOfRange),
                                                         .init("releaseService", .unknownService)])) {
            try await w.change.releaseRule(office: "", service: "unicorns", releaseTime: "25:00", daysAhead: "-1",
                                           leadMinutes: "60")
        }
        await #expect(throws: ReferenceProblem(fields: [.init("nameLv", .required)])) {
            _ = try await w.change.oneOffHoliday(date: "2026-12-28", nameLv: " ", nameEn: "Extra")
        }
        let changed = w.reference.changes.withLock { ($0.exceptions.isEmpty, $0.rules.isEmpty, $0.holidays.isEmpty) }
        #expect(changed == (true, true, true))
    }
}

/// Issue 13: transferred working days and festival days, checked by Labour Law §133(4).
@Suite("Calendar corrections by an administrator (on fakes)")
struct CalendarCorrectionTests {
    func change(_ reference: FakeReference) -> ChangeReferenceData {
        let bookings = FakeBookings()
        return ChangeReferenceData(reference: reference,
                                   notify: NotifyDisplacedClients(times: FindFreeTimes(reference: reference, bookings: bookings,
                                                                                       now: RigaTime.instant(LocalDate(2026, 12, 2), TimeOfDay(9, 0))),
                                                                  reference: reference, bookings: bookings),
                                   now: RigaTime.instant(LocalDate(2026, 12, 2), TimeOfDay(9, 0)), actor: "admin")
    }

    @Test func aBridgeDayMovesToASaturdayOfTheSameMonthAndNothingElseDoes() async throws {
        let reference = FakeReference()
        // Thursday 18 November 2027 is a holiday: Friday the 19th lies between it and the weekend.
        _ = try await change(reference).transfer(dayOff: "2027-11-19", workingDay: "2027-11-27", reason: "MK rīkojums")
        let calendar = WorkingCalendar(adjustments: try await reference.calendarAdjustments())
        #expect(!calendar.isWorkingDay(LocalDate(2027, 11, 19)) && calendar.isWorkingDay(LocalDate(2027, 11, 27)))
        for (off, saturday, field, problem) in [
            ("2027-11-17", "2027-11-13", "dayOff", TransferRule.Problem.notABridgeDay),      // a Wednesday in mid-week
            ("2027-05-03", "2027-06-05", "workingDay", .otherMonth),                        // Monday before 4 May
            ("2027-05-03", "2027-05-09", "workingDay", .notAWorkingSaturday),               // a Sunday
            ("2027-11-19", "2027-11-20", "dayOff", .alreadyTransferred),
        ] {
            await #expect(throws: ReferenceProblem(fields: [.init(field, .transfer(problem))])) {
                _ = try await change(reference).transfer(dayOff: off, workingDay: saturday)
            }
        }
        await #expect(throws: ReferenceProblem.self) { _ = try await change(reference).transfer(dayOff: "tomorrow", workingDay: "") }
    }

    @Test func aFestivalDayOnASundayGivesTheMondayOff() async throws {
        let reference = FakeReference()
        #expect(LocalDate(2028, 7, 9).weekday == .sunday)
        _ = try await change(reference).songFestivalDay(date: "2028-07-09")
        let calendar = WorkingCalendar(adjustments: try await reference.calendarAdjustments())
        #expect(calendar.isHoliday(LocalDate(2028, 7, 9)))
        #expect(!calendar.isWorkingDay(LocalDate(2028, 7, 10)))            // the substitute Monday
        await #expect(throws: ReferenceProblem(fields: [.init("date", .alreadyThere)])) {
            _ = try await change(reference).songFestivalDay(date: "2028-07-09")
        }
    }
}
