import Foundation
import Testing
@testable import Domain

/// Issue 11, item 1: no trap is reachable from input. The parsers and the calendar rules are
/// driven over their whole input domain — every year from 0 to 99999, every UTC offset, and
/// garbage — and must answer (a value or `nil`), never stop the process. A trap here ends the
/// test run, which is how a regression would show.
@Suite("Totality: parsers and calendar rules over their whole input domain")
struct TotalityTests {
    /// A small deterministic generator (SplitMix64), so that a failure can be replayed.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func everyYearParsesOnlyInsideTheInputYears() {
        for year in 0...99_999 {
            let text = "\(year < 1000 ? String(repeating: "0", count: 4 - String(year).count) : "")\(year)-02-28"
            let parsed = LocalDate(iso: text)
            #expect((parsed != nil) == (LocalDate.inputYears.contains(year) && text.count == 10), "\(text)")
            // Arithmetic from any year is total: the day before, the day after, the weekday.
            let date = LocalDate.civil(year, 2, 28)
            _ = date.previous.weekday
            _ = date.next.next.description
        }
    }

    @Test func easterIsASpringSundayInEveryYear() {
        for year in 1...99_999 {
            let e = Easter.sunday(in: year)
            #expect(e.year == year && e.weekday == .sunday, "Easter \(year): \(e)")
            #expect((e.month == 3 && e.day >= 22) || (e.month == 4 && e.day <= 25), "Easter \(year): \(e)")
        }
        // Years no calendar has: an answer, not a crash.
        for year in [Int.min, -1_000_000_000_000, -1, 0, 100_000, 1_000_000_000_000, Int.max] {
            _ = Easter.sunday(in: year)
        }
    }

    @Test func theWorkingCalendarAnswersForAnyYear() {
        let calendar = WorkingCalendar(adjustments: .enacted)
        for year in Array(0...3) + [1899, 1990, 9998, 9999, 10_000, 99_999] {
            for (m, d) in [(1, 1), (5, 4), (12, 31)] {
                let date = LocalDate.civil(year, m, d)
                _ = calendar.isWorkingDay(date)
                _ = calendar.isShortened(date)
                _ = calendar.workingDay(onOrAfter: date)
                _ = calendar.addingWorkingDays(-5, to: date)
                _ = calendar.addingMonths(-13, to: date)
            }
        }
        _ = calendar.year(0)
        _ = calendar.year(99_999)
    }

    @Test func dateTimesOfEveryYearAndOffsetParseOrAreRefused() {
        func offset(_ minutes: Int) -> String {
            let m = abs(minutes)
            return (minutes < 0 ? "-" : "+") + String(format: "%02d:%02d", m / 60, m % 60)
        }
        // Every year with three offsets; every offset with three years.
        for year in stride(from: 0, through: 99_999, by: 1) where year % 7 == 0 || (1890...2210).contains(year) {
            for o in [-720, 0, 840] {
                let text = String(format: "%04d", year) + "-12-22T11:00:00" + offset(o)
                if let instant = RigaTime.parse(text) {
                    #expect(RigaTime.date(of: instant).isInInputYears, "\(text)")
                    _ = RigaTime.rfc3339(instant)
                    _ = RigaTime.time(of: instant)
                } else {
                    #expect(!LocalDate.inputYears.contains(year) || abs(year - 1900) <= 1 || abs(year - 2200) <= 1,
                            "\(text) refused")
                }
            }
        }
        for o in -1439...1439 {
            for year in ["0001", "2026", "9999"] {
                let text = "\(year)-06-30T23:59:59\(offset(o))"
                if let instant = RigaTime.parse(text) { _ = RigaTime.rfc3339(instant) }
            }
        }
        #expect(RigaTime.parse("99999-12-22T11:00:00+02:00") == nil)
        #expect(RigaTime.parse("2026-12-22T11:00:00+02:00") != nil)
    }

    @Test func anyInstantHasARigaDateAndTime() {
        let extremes: [TimeInterval] = [-.greatestFiniteMagnitude, -1e300, -1e18, -62_135_596_800, -1, 0, 1, 253_402_300_799,
                                        3e12, 1e18, 1e300, .greatestFiniteMagnitude, .infinity, -.infinity, .nan]
        for t in extremes {
            let d = Date(timeIntervalSince1970: t)
            _ = RigaTime.date(of: d)
            _ = RigaTime.time(of: d)
            _ = RigaTime.rfc3339(d)
        }
        _ = RigaTime.date(of: .distantPast)
        _ = RigaTime.date(of: .distantFuture)
        #expect(RigaTime.date(of: RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(0, 0))) == LocalDate(2026, 12, 21))
        #expect(RigaTime.time(of: RigaTime.instant(LocalDate(2026, 3, 29), TimeOfDay(4, 30))) == TimeOfDay(4, 30))
    }

    @Test func garbageIsRefusedNotFatal() {
        var g = Seeded(state: 11)
        let alphabet = Array("0123456789-:+TZ.,/ aāčēģīķļņšūž\u{0}\r\n\u{7f}🙂x")
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...40, using: &g)
            let text = String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &g)] })
            _ = LocalDate(iso: text)
            _ = RigaTime.parse(text)
            _ = TimeOfDay(text: text)
            _ = TimeRange.parseList(text)
            _ = PersonalCode.parse(text)
            _ = Money(decimal: text)
        }
        // Digit strings of every length up to 40 (overflow in `whole * 100` was a trap).
        for length in 1...40 {
            let digits = String(repeating: "9", count: length)
            _ = Money(decimal: digits)
            _ = Money(decimal: digits + ".99")
            _ = PersonalCode.parse(digits)
            _ = LocalDate(iso: digits)
        }
        #expect(Money(decimal: "34.00")?.cents == 3400)
        #expect(Money(decimal: "9999999999999999999") == nil)
    }

    @Test func everyElevenDigitShapeOfAPersonalCodeIsJudged() {
        var g = Seeded(state: 7)
        for _ in 0..<50_000 {
            let digits = String((0..<11).map { _ in Character(String(Int.random(in: 0...9, using: &g))) })
            _ = PersonalCode.parse(digits)
            _ = PersonalCode.parse(String(digits.prefix(6)) + "-" + String(digits.dropFirst(6)))
        }
    }
}

@Suite("Plural forms (lv, en)")
struct PluralTests {
    @Test func latvianNumbersEndingInOneButNotElevenTakeTheSingular() {
        let singular = [1, 21, 31, 101, 121, 1001, -1]
        let plural = [0, 2, 5, 10, 11, 12, 19, 20, 111, 211, 1011]
        #expect(singular.allSatisfy(LatvianPlural.isSingular))
        #expect(!plural.contains(where: LatvianPlural.isSingular))
        #expect("21 \(LatvianPlural.form(21, one: "diena", many: "dienas"))" == "21 diena")
        #expect("11 \(LatvianPlural.form(11, one: "diena", many: "dienas"))" == "11 dienas")
        #expect(EnglishPlural.form(1, one: "day", many: "days") == "day")
        #expect(EnglishPlural.form(21, one: "day", many: "days") == "days")
    }
}
