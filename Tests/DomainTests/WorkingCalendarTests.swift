import Testing
@testable import Domain

/// A date literal of any year (`LocalDate(iso:)` takes only input years).
private func d(_ s: String) -> LocalDate {
    let p = s.split(separator: "-").compactMap { Int($0) }
    return LocalDate(p[0], p[1], p[2])
}
private func ds(_ year: Int, _ list: [String]) -> [LocalDate] { list.map { d("\(year)-\($0)") } }

@Suite("Latvian working calendar (FACTS.md §3)")
struct WorkingCalendarTests {
    let calendar = WorkingCalendar(adjustments: .enacted)

    @Test func calendar2026MatchesTheLaw() {
        let year = calendar.year(2026)
        #expect(year.daysOff == ds(2026, ["01-01", "01-02", "04-03", "04-06", "05-01", "05-04", "06-22", "06-23",
                                          "06-24", "11-18", "12-24", "12-25", "12-31"]))
        #expect(year.workingSaturdays == ds(2026, ["01-17", "06-27"]))
        #expect(year.shortenedDays == ds(2026, ["04-02", "04-30", "06-27", "11-17", "12-23", "12-30"]))
        #expect(year.holidays.map(\.date) == ds(2026, ["01-01", "04-03", "04-05", "04-06", "05-01", "05-04", "05-10",
                                                       "05-24", "06-23", "06-24", "11-18", "12-24", "12-25",
                                                       "12-26", "12-31"]))
        #expect(year.holidays.first { $0.date == d("2026-12-26") }?.name.en == "Second Day of Christmas")
    }

    /// 2025's transferred days (FACTS.md §3): Fri 2 May off, Sat 10 May worked; Mon 17 Nov off,
    /// Sat 8 Nov worked and, standing in for the day before 18 Nov, one hour shorter.
    @Test func the2025TransfersAreKept() {
        let c = WorkingCalendar()
        #expect(!c.isWorkingDay(LocalDate(2025, 5, 2)))
        #expect(c.isWorkingDay(LocalDate(2025, 5, 10)))
        #expect(!c.isWorkingDay(LocalDate(2025, 11, 17)))
        #expect(c.isWorkingDay(LocalDate(2025, 11, 8)))
        #expect(c.isShortened(LocalDate(2025, 11, 8)))
    }

    @Test func everyDayOf2026IsClassified() {
        let days = LocalDate.days(from: d("2026-01-01"), through: d("2026-12-31"))
        let working = days.filter(calendar.isWorkingDay)
        // 261 Monday-Friday dates, 13 of them days off, plus 2 working Saturdays.
        #expect(working.count == 261 - 13 + 2)
    }

    @Test(arguments: [("2025-05-05", "2025-05-04"), ("2028-11-20", "2028-11-18"), ("2023-07-10", "2023-07-09")])
    func substituteMondayAfterWeekendHoliday(monday: String, holiday: String) {
        #expect(calendar.isHoliday(d(holiday)))
        #expect(d(monday).weekday == .monday)
        #expect(calendar.nonWorkingReason(d(monday)) == .dayOff)
        #expect(calendar.year(d(monday).year).daysOff.contains(d(monday)))
        #expect(!calendar.year(d(monday).year).holidays.map(\.date).contains(d(monday)))
    }

    @Test func otherWeekendHolidaysGetNoSubstitute() {
        // 2027-12-25 and 12-26 are Saturday and Sunday; Monday 27 December is worked.
        #expect(calendar.isWorkingDay(d("2027-12-27")))
        // 2026-05-10 (Mother's Day) and 2026-12-26 are weekend holidays without a Monday off.
        #expect(calendar.isWorkingDay(d("2026-05-11")))
        #expect(calendar.isWorkingDay(d("2026-12-28")))
    }

    @Test(arguments: [(2000, "2000-04-23"), (2019, "2019-04-21"), (2024, "2024-03-31"), (2025, "2025-04-20"),
                      (2026, "2026-04-05"), (2027, "2027-03-28"), (2038, "2038-04-25"), (2285, "2285-03-22")])
    func westernEaster(year: Int, sunday: String) {
        #expect(Easter.sunday(in: year) == d(sunday))
    }

    @Test(arguments: [("2026-12-18", 10, "2027-01-07"), ("2026-12-22", 1, "2026-12-23"),
                      ("2026-12-23", 1, "2026-12-28"), ("2026-12-30", 1, "2027-01-04"),
                      ("2026-01-01", 1, "2026-01-05"), ("2026-01-16", 1, "2026-01-17"),
                      ("2026-11-29", 0, "2026-11-29")])
    func addingWorkingDaysCountsFromTheNextDay(start: String, n: Int, end: String) {
        #expect(calendar.addingWorkingDays(n, to: d(start)) == d(end))
    }

    @Test(arguments: [("2026-01-31", "2026-03-02"), ("2026-03-15", "2026-04-15"), ("2026-11-24", "2026-12-28"),
                      ("2024-01-31", "2024-02-29"), ("2026-05-23", "2026-06-25"),
                      ("2026-12-31", "2027-02-01")])
    func addingOneMonthEndsOnAWorkingDay(start: String, end: String) {
        #expect(calendar.addingOneMonth(to: d(start)) == d(end))
    }

    @Test func transfersAreData() {
        // Without the 2026 Cabinet transfer, 2 January is a working Friday and 17 January a Saturday.
        let bare = WorkingCalendar(adjustments: CalendarAdjustments())
        #expect(bare.isWorkingDay(d("2026-01-02")))
        #expect(!bare.isWorkingDay(d("2026-01-17")))
        #expect(!calendar.isWorkingDay(d("2026-01-02")))
        #expect(calendar.isWorkingDay(d("2026-01-17")))
        #expect(calendar.effectiveWeekday(d("2026-01-17")) == .friday)
    }

    @Test func oneOffHolidayIsADayOff() {
        #expect(calendar.nonWorkingReason(d("2023-05-29")) == .holiday)
        #expect(calendar.isShortened(d("2023-05-26")) == false)    // a Friday; the next day is Saturday
        let added = CalendarAdjustments(oneOffHolidays: [PublicHoliday(date: d("2031-03-12"), kind: .oneOff,
                                                                       name: LocalizedText(lv: "Svētki"))])
        let c = WorkingCalendar(adjustments: added)
        #expect(c.isShortened(d("2031-03-11")))
        #expect(!c.isWorkingDay(d("2031-03-12")))
    }

    @Test func workingSaturdayReplacingAPreHolidayDayIsShortened() {
        // 2024: Monday 23 Dec (before Christmas Eve) moved to Saturday 14 Dec.
        #expect(calendar.isShortened(d("2024-12-14")))
        #expect(calendar.isShortened(d("2024-12-28")))
        // 2023: Friday 5 May (next day a Saturday) moved to 20 May: not shortened.
        #expect(!calendar.isShortened(d("2023-05-20")))
    }
}

@Suite("Dates and values")
struct LocalDateTests {
    @Test(arguments: ["2026-02-30", "2026-13-01", "26-01-01", "2026-1-01", "2026-01-01x", "", "２０２６-01-01"])
    func rejectsMalformedDates(text: String) {
        #expect(LocalDate(iso: text) == nil)
    }

    @Test func dayNumbersRoundTrip() {
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            let date = LocalDate(dayNumber: n)
            #expect(date.dayNumber == n)
        }
        #expect(d("1970-01-01").dayNumber == 0)
        #expect(d("2026-11-29").weekday == .sunday)
        #expect(d("2026-12-23").weekday == .wednesday)
    }

    @Test(arguments: [("34", 3400), ("12.15", 1215), ("7.5", 750), ("0", 0)])
    func moneyParsesDecimals(text: String, cents: Int) {
        #expect(Money(decimal: text)?.cents == cents)
    }

    @Test func moneyPrintsTwoDecimals() {
        #expect(Money(cents: 3400).decimalString == "34.00")
        #expect(Money(cents: 1215).decimalString == "12.15")
        #expect(Money(cents: 5).decimalString == "0.05")
        #expect(Money(decimal: "1.234") == nil)
        #expect(Money(decimal: "-1") == nil)
    }

    @Test(arguments: [(nil, Language.lv), ("en", .en), ("en-GB,en;q=0.9", .en), ("de,en;q=0.5,lv;q=0.8", .lv),
                      ("ru", .lv), ("lv-LV", .lv), ("en;q=0", .lv)])
    func acceptLanguagePicksLatvianByDefault(header: String?, expected: Language) {
        #expect(Language.preferred(acceptLanguage: header) == expected)
    }
}
