@testable import Domain
import Foundation
import Testing

/// The API's date-times are parsed by hand (issue 17, item 4); they must mean what Foundation's
/// ISO 8601 parser says they mean, and refuse what it refuses.
@Suite("RFC 3339 date-times")
struct RFC3339Tests {
    func foundation(_ text: String) -> Date? {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        if let d = f.date(from: text) { return d }
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.date(from: text)
    }

    @Test func validTimesMeanTheSameInstantAsFoundationSays() throws {
        var texts = ["2026-12-22T11:00:00+02:00", "2026-12-22T09:00:00Z", "2026-12-22T09:00:00z",
                     "2026-03-29T03:30:00+03:00", "2026-10-25T03:30:00+02:00", "2024-02-29T23:59:59-12:00",
                     "2026-12-22T11:00:00.5+02:00", "2026-12-22T11:00:00.125Z", "1970-01-01T00:00:00Z",
                     "1900-01-01T00:00:00Z", "9999-12-31T23:59:59+14:00", "2026-06-30T23:59:59-09:30"]
        for month in 1...12 {
            for day in [1, 15, 28] { texts.append(String(format: "2027-%02d-%02dT%02d:%02d:07+0%d:00", month, day, month, day * 2, month % 10)) }
        }
        for text in texts {
            let mine = try #require(RFC3339.instant(text), "\(text)")
            let theirs = try #require(foundation(text), "\(text)")
            #expect(abs(mine.timeIntervalSince(theirs)) < 0.001, "\(text)")
        }
    }

    @Test func aLowerCaseTIsAcceptedAsRFC3339Allows() throws {
        // RFC 3339 §5.6: "T" and "Z" may be lower case (Foundation refuses the "t").
        #expect(RFC3339.instant("2026-12-22t09:00:00z") == RFC3339.instant("2026-12-22T09:00:00Z"))
        #expect(try #require(RFC3339.instant("2026-12-22t09:00:00Z")).timeIntervalSince1970 == 1_797_930_000)
    }

    @Test func malformedTimesAreRefused() {
        for text in ["", "2026-12-22", "2026-12-22T11:00+02:00", "2026-12-22T11:00:00", "2026-12-22 11:00:00+02:00",
                     "2026-13-01T00:00:00Z", "2026-02-29T00:00:00Z", "2026-12-32T00:00:00Z", "2026-12-22T24:00:00Z",
                     "2026-12-22T11:60:00Z", "2026-12-22T11:00:60Z", "2026-12-22T11:00:00+2:00", "2026-12-22T11:00:00+02",
                     "2026-12-22T11:00:00+24:00", "2026-12-22T11:00:00.Z", "2026-12-22T11:00:00Zjunk", "+2026-12-22T11:00:00Z",
                     "２０２６-12-22T11:00:00Z", "2026-12-22T11:00:00+02:00 ", "0000-01-01T00:00:00Z",
                     String(repeating: "9", count: 70)] {
            #expect(RFC3339.instant(text) == nil, "\(text)")
            #expect(RigaTime.parse(text) == nil, "\(text)")
        }
    }
}

@Suite("Riga's offset from the tz database, looked up")
struct RigaOffsetTests {
    /// The table is the tz database's answer, not a rule of its own: every three hours from 1970
    /// to 2100, and a second either side of every transition, it says what Foundation says.
    @Test func theTableSaysWhatTheTimeZoneSays() {
        let table = RigaTime.offsetTable
        #expect(table.starts.count > 200)          // two a year since 1981, but for 2000
        var t = table.from
        while t < table.until {
            #expect(RigaTime.offset(at: t) == RigaTime.zone.secondsFromGMT(for: Date(timeIntervalSince1970: t)), "\(t)")
            t += 3 * 3600
        }
        for start in table.starts {
            for d in [-1.0, 0, 1] {
                let at = start + d
                #expect(RigaTime.offset(at: at) == RigaTime.zone.secondsFromGMT(for: Date(timeIntervalSince1970: at)), "\(at)")
            }
        }
        // Outside the table, Foundation answers.
        for at in [-1.0e9, 5.0e9] {
            #expect(RigaTime.offset(at: at) == RigaTime.zone.secondsFromGMT(for: Date(timeIntervalSince1970: at)))
        }
        // Latvia kept winter time through 2000 (no transition that year).
        let year2000 = table.starts.filter { RigaTime.date(of: Date(timeIntervalSince1970: $0)).year == 2000 }
        #expect(year2000.isEmpty)
    }
}

extension RigaOffsetTests {
    /// What the API writes for a time is what Foundation's formatter writes in Riga's zone, and
    /// reads back as the same instant — through both changes of the clock each year.
    @Test func timesAreWrittenAsFoundationWritesThem() {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = RigaTime.zone
        formatter.formatOptions = [.withInternetDateTime]
        var t = -86_400.0 * 365
        while t < 4_200_000_000 {
            let d = Date(timeIntervalSince1970: t)
            #expect(RigaTime.rfc3339(d) == formatter.string(from: d), "\(t)")
            #expect(RigaTime.parse(RigaTime.rfc3339(d))?.timeIntervalSince1970 == t.rounded(.down))
            t += 27_437.5            // 7 h 37 min 17.5 s: every hour of the day, in every season
        }
    }
}
