import Foundation

/// An appointment as an iCalendar event (RFC 5545), with the office's time zone (Europe/Riga)
/// described in a VTIMEZONE so that any calendar shows the right local time.
public enum ICalendar {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\n", with: "\\n")
    }

    static func local(_ d: Date) -> String {
        let date = RigaTime.date(of: d), t = RigaTime.time(of: d)
        func p(_ n: Int, _ w: Int = 2) -> String { let s = String(n); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(p(date.year, 4))\(p(date.month))\(p(date.day))T\(p(t.minutes / 60))\(p(t.minutes % 60))00"
    }

    static func utc(_ d: Date) -> String {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? c.timeZone
        let x = c.dateComponents([.year, .month, .day, .hour, .minute, .second], from: d)
        func p(_ n: Int, _ w: Int = 2) -> String { let s = String(n); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(p(x.year!, 4))\(p(x.month!))\(p(x.day!))T\(p(x.hour!))\(p(x.minute!))\(p(x.second!))Z"
    }

    /// Lines longer than 75 octets are folded (RFC 5545 §3.1).
    static func fold(_ line: String) -> String {
        var out = "", current = ""
        for ch in line {
            if (current + String(ch)).utf8.count > 74 {
                out += current + "\r\n "
                current = ""
            }
            current.append(ch)
        }
        return out + current
    }

    public static func event(uid: String, start: Date, end: Date, summary: String, location: String, description: String,
                             now: Date) -> String {
        let lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//PMLP//Apkalpe//LV", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "BEGIN:VTIMEZONE", "TZID:Europe/Riga",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300", "TZNAME:EEST", "DTSTART:19700329T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200", "TZNAME:EET", "DTSTART:19701025T040000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            "UID:\(uid)",
            "DTSTAMP:\(utc(now))",
            "DTSTART;TZID=Europe/Riga:\(local(start))",
            "DTEND;TZID=Europe/Riga:\(local(end))",
            "SUMMARY:\(escape(summary))",
            "LOCATION:\(escape(location))",
            "DESCRIPTION:\(escape(description))",
            "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT1H", "DESCRIPTION:\(escape(summary))", "END:VALARM",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }
}
