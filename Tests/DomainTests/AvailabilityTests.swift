import Foundation
import Testing
@testable import Domain

private func d(_ s: String) -> LocalDate { LocalDate(iso: s)! }
private func at(_ day: String, _ h: Int, _ m: Int) -> Date { RigaTime.instant(d(day), TimeOfDay(h, m)) }

@Suite("Availability and the release schedule (I-BOOK)")
struct AvailabilityTests {
    let availability = Availability(hours: OpeningHours(calendar: WorkingCalendar()), schedule: .standard)
    let office = Office(slug: "riga-1", kind: .division, name: LocalizedText(lv: "Rīga 1"),
                        weeklyHours: .typicalTerritorial, desks: ["passport": 4])
    let passport = PMLPSeed.services.first { $0.slug == "passport" }!
    let now = at("2026-12-21", 10, 0)

    func offers(_ day: String) -> [Availability.Offer] {
        availability.offers(office: office, service: passport, exceptions: [], from: d(day), through: d(day), now: now, booked: [:])
    }

    @Test func aNormalDayIsCutIntoDeskTimeSteps() {
        let o = offers("2026-12-22")                     // 09:00-16:30, 10-minute desk time
        #expect(o.count == 45)
        #expect(o.first?.slot.start == at("2026-12-22", 9, 0))
        #expect(o.last?.slot.end == at("2026-12-22", 16, 30))
        #expect(o.allSatisfy { $0.remaining == 4 })
    }

    @Test func aShortenedDayEndsAnHourEarlierAndAHolidayHasNone() {
        #expect(offers("2026-12-23").count == 39)        // 09:00-15:30
        #expect(offers("2026-12-23").last?.slot.end == at("2026-12-23", 15, 30))
        #expect(offers("2026-12-24").isEmpty)
        #expect(offers("2026-12-26").isEmpty)
    }

    @Test func slotsNeedTheLeadTimeAndAnOpenReleaseDay() {
        let today = offers("2026-12-21")
        #expect(today.first?.slot.start == at("2026-12-21", 11, 0))   // an hour's lead from 10:00
        let schedule = ReleaseSchedule.standard
        #expect(schedule.lastBookableDate(now: at("2026-12-21", 7, 59)) == d("2027-01-03"))
        #expect(schedule.lastBookableDate(now: at("2026-12-21", 8, 0)) == d("2027-01-04"))
        #expect(offers("2027-01-04").count == 45)
        #expect(offers("2027-01-05").isEmpty)
    }

    @Test func bookedSeatsReduceWhatRemains() {
        let start = at("2026-12-22", 9, 0)
        let o = availability.offers(office: office, service: passport, exceptions: [], from: d("2026-12-22"),
                                    through: d("2026-12-22"), now: now, booked: [start: 3])
        #expect(o.first?.remaining == 1)
        #expect(availability.slot(office: office, service: passport, exceptions: [], start: at("2026-12-22", 9, 5), now: now) == nil)
        #expect(availability.slot(office: office, service: passport, exceptions: [], start: start, now: now)?.capacity == 4)
    }

    @Test func codesUseAnUnambiguousAlphabet() {
        for _ in 0..<200 {
            let code = BookingCode.generate()
            #expect(BookingCode.isWellFormed(code))
            #expect(!code.contains { "01OIL".contains($0) })
        }
        #expect(BookingCode.normalise("abcd-efgh ") == "ABCDEFGH")
        #expect(BookingRequest.arriveBy(at("2026-12-22", 9, 0)) == at("2026-12-22", 8, 55))
    }
}

@Suite("Booking messages")
struct BookingMessageTests {
    @Test(arguments: [("2026-12-28", "2026-12-23"), ("2026-12-22", "2026-12-21"), ("2027-01-04", "2026-12-30"),
                      ("2026-06-29", "2026-06-27")])                     // a working Saturday counts
    func theReminderGoesOutOnTheWorkingDayBefore(appointment: String, reminder: String) {
        let start = RigaTime.instant(LocalDate(iso: appointment)!, TimeOfDay(10, 0))
        let at = BookingMessages.reminderTime(for: start, calendar: WorkingCalendar())
        #expect(RigaTime.date(of: at) == LocalDate(iso: reminder)!)
        #expect(RigaTime.time(of: at) == TimeOfDay(9, 0))
    }
}

@Suite("iCalendar (RFC 5545)")
struct ICalendarTests {
    @Test func anEventInRigaTime() {
        let start = RigaTime.instant(LocalDate(2026, 12, 22), TimeOfDay(9, 0))
        let ics = ICalendar.event(uid: "ABCDEFGH@apkalpe", start: start, end: start.addingTimeInterval(600),
                                  summary: "Pase, PMLP", location: "Brīvības 33a, Ogre", description: "Kods ABCDEFGH; ierodieties 5 min. iepriekš",
                                  now: start)
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(ics.contains("DTSTART;TZID=Europe/Riga:20261222T090000\r\n"))
        #expect(ics.contains("DTEND;TZID=Europe/Riga:20261222T091000\r\n"))
        #expect(ics.contains("DTSTAMP:20261222T070000Z\r\n"))
        #expect(ics.contains("SUMMARY:Pase\\, PMLP\r\n"))
        #expect(ics.contains("TZID:Europe/Riga"))
        #expect(ics.split(separator: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
    }

    @Test func textIsEscapedAndLongLinesFoldWithoutSplittingALetter() {
        #expect(ICalendar.escape("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne")
        // Latvian letters are two octets: a fold never cuts one, no line passes 75 octets, and
        // unfolding (RFC 5545 §3.1: CRLF and one space removed) gives the line back.
        let line = "LOCATION:" + String(repeating: "Rīgas ielā ģērbtuvē, ", count: 12)
        let folded = ICalendar.fold(line)
        #expect(folded != line)
        #expect(folded.split(separator: "\r\n", omittingEmptySubsequences: false).allSatisfy { $0.utf8.count <= 75 })
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
        #expect(ICalendar.fold("SUMMARY:short") == "SUMMARY:short")
    }

    @Test(arguments: [0.0, 951_782_400, 1_798_761_599.9, 1_766_397_600, -86_401, 4_102_444_800])
    func stampsAreUTCAsACalendarReadsThem(_ seconds: Double) {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let d = Date(timeIntervalSince1970: seconds)
        let x = utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: d)
        func p(_ n: Int?, _ w: Int = 2) -> String { String(repeating: "0", count: max(0, w - String(n!).count)) + String(n!) }
        #expect(ICalendar.utc(d) == "\(p(x.year, 4))\(p(x.month))\(p(x.day))T\(p(x.hour))\(p(x.minute))\(p(x.second))Z")
    }
}
