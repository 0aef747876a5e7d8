import Testing
@testable import Domain

private func d(_ s: String) -> LocalDate { LocalDate(iso: s)! }
private func r(_ s: String) -> [TimeRange] { TimeRange.parseList(s)! }

@Suite("Reception hours of a date (C-HOURS, I-PREHOLIDAY)")
struct OpeningHoursTests {
    let hours = OpeningHours(calendar: WorkingCalendar(adjustments: .enacted))
    let weekly = WeeklyHours.typicalTerritorial

    @Test func ordinaryDayHasWeeklyHours() {
        let day = hours.day(d("2026-12-21"), weekly: weekly, exceptions: [])
        #expect(day.ranges == r("09:00-16:30"))
        #expect(!day.shortened)
        #expect(day.closedReason == nil)
    }

    @Test func shortenedDayEndsOneHourEarlier() {
        let day = hours.day(d("2026-12-23"), weekly: weekly, exceptions: [])
        #expect(day.ranges == r("09:00-15:30"))
        #expect(day.shortened)
    }

    @Test func publishedPreHolidayHoursReplaceTheDefault() {
        let published = OfficeException(date: d("2026-12-23"), kind: .preHolidayHours, ranges: r("09:00-14:00"))
        let day = hours.day(d("2026-12-23"), weekly: weekly, exceptions: [published])
        #expect(day.ranges == r("09:00-14:00"))
        #expect(day.shortened)
    }

    @Test func workingSaturdayTakesTheReplacedWeekdayHours() {
        // 27 June 2026 replaces Monday 22 June, the day before Līgo: shortened Monday hours.
        #expect(hours.day(d("2026-06-27"), weekly: weekly, exceptions: []).ranges == r("09:00-15:30"))
        // 17 January 2026 replaces Friday 2 January: Friday hours, not shortened.
        let jan = hours.day(d("2026-01-17"), weekly: weekly, exceptions: [])
        #expect(jan.ranges == r("09:00-16:00"))
        #expect(!jan.shortened)
    }

    @Test func closedReasonsFollowTheirPrecedence() {
        let closure = OfficeException(date: d("2026-12-24"), kind: .closed, reason: LocalizedText(lv: "Remonts"))
        #expect(hours.day(d("2026-12-24"), weekly: weekly, exceptions: [closure]).closedReason == .holiday)
        #expect(hours.day(d("2026-01-02"), weekly: weekly, exceptions: []).closedReason == .dayOff)
        #expect(hours.day(d("2026-12-19"), weekly: weekly, exceptions: []).closedReason == .weekend)
        let repairs = OfficeException(date: d("2026-12-22"), kind: .closed, reason: LocalizedText(lv: "Remonts", en: "Repairs"))
        let closed = hours.day(d("2026-12-22"), weekly: weekly, exceptions: [repairs])
        #expect(closed.closedReason == .officeClosed)
        #expect(closed.ranges.isEmpty)
        #expect(closed.note?.en == "Repairs")
        let saturdayClosure = OfficeException(date: d("2026-12-19"), kind: .closed)
        #expect(hours.day(d("2026-12-19"), weekly: weekly, exceptions: [saturdayClosure]).closedReason == .officeClosed)
    }

    @Test func extraHoursOpenASaturday() {
        let extra = OfficeException(date: d("2026-12-19"), kind: .hours, ranges: r("10:00-14:00"))
        let day = hours.day(d("2026-12-19"), weekly: weekly, exceptions: [extra])
        #expect(day.ranges == r("10:00-14:00"))
        #expect(day.closedReason == nil)
    }

    @Test func shorteningCutsAcrossALunchBreak() {
        #expect(OpeningHours.cutting(60, fromEndOf: r("09:00-12:00,12:30-13:00")) == r("09:00-11:30"))
        #expect(OpeningHours.cutting(60, fromEndOf: r("09:00-12:00,13:00-16:30")) == r("09:00-12:00,13:00-15:30"))
        #expect(OpeningHours.cutting(60, fromEndOf: r("09:00-09:30")) == [])
    }

    @Test func holidayNoteNamesTheHoliday() {
        let day = hours.day(d("2026-11-18"), weekly: weekly, exceptions: [])
        #expect(day.closedReason == .holiday)
        #expect(day.note?.lv == "Latvijas Republikas proklamēšanas diena")
    }

    @Test(arguments: ["09:00-08:00", "9:00-10:00", "09:00-25:00", "09:00-12:00,11:00-13:00", "x"])
    func malformedRangesAreRejected(text: String) {
        #expect(TimeRange.parseList(text) == nil)
    }
}

@Suite("PMLP seed data (FACTS.md §5-7)")
struct SeedTests {
    @Test func everyFeePointsToAKnownTreasuryAccount() {
        let codes = Set(PMLPSeed.treasuryAccounts.map(\.code))
        for service in PMLPSeed.services { for fee in service.fees { #expect(codes.contains(fee.account)) } }
        #expect(PMLPSeed.treasuryAccounts.first { $0.code == .passport }?.iban == "LV70TREL1060140918100")
    }

    /// FACTS.md §5: the fee in force on the day of the application; unconfirmed amounts stay empty.
    @Test(arguments: [
        ("passport", LocalDate(2024, 12, 31), ["standard 10 34.00", "standard 2 60.00", "reduced 10 15.00", "reduced 2 30.00"]),
        ("passport", LocalDate(2025, 1, 1), ["standard 10 44.00", "standard 2 70.00", "reduced 10 ?", "reduced 2 ?"]),
        ("passport", LocalDate(2026, 12, 2), ["standard 10 50.00", "standard 2 75.00", "reduced 10 25.00", "reduced 2 ?"]),
        ("eid-card", LocalDate(2024, 6, 1), ["standard 10 15.00", "standard 2 30.00", "reduced 10 5.00", "reduced 2 15.00"]),
        ("eid-card", LocalDate(2025, 7, 1), ["standard 10 25.00", "standard 2 40.00", "reduced 10 ?", "reduced 2 ?"]),
        ("eid-card", LocalDate(2026, 1, 1), ["standard 10 30.00", "standard 2 45.00", "reduced 10 15.00", "reduced 2 ?"]),
    ])
    func passportAndEIDFeesFollowTheDate(slug: String, day: LocalDate, expected: [String]) throws {
        let service = try #require(PMLPSeed.services.first { $0.slug == slug })
        let table = service.fees(on: day).map { "\($0.category.rawValue) \($0.term?.count ?? 0) \($0.amount?.decimalString ?? "?")" }
        #expect(table == expected)
        #expect(service.fees(on: day).filter(\.expedited).map { $0.term?.count } == [2, 2])
    }

    @Test func moneyFollowsThePagesLanguage() {
        #expect(Money(cents: 3400).formatted(.lv) == "34,00 €")
        #expect(Money(cents: 1215).formatted(.en) == "€12.15")
        #expect(Money(cents: 5).formatted(.lv) == "0,05 €")
    }

    @Test func slugsAreUniqueAndNoPhoneIsInvented() {
        #expect(Set(PMLPSeed.offices.map(\.slug)).count == PMLPSeed.offices.count)
        #expect(Set(PMLPSeed.services.map(\.slug)).count == PMLPSeed.services.count)
        let phones = PMLPSeed.offices.compactMap(\.phone)
        #expect(phones == [PMLPSeed.headquartersPhone])
        #expect(PMLPSeed.offices.first { $0.slug == "ogre" }?.unverified.contains(.address) == true)
        #expect(PMLPSeed.offices.first { $0.slug == "valmiera" }?.street == nil)
    }
}
