import Foundation

/// An appointment as an iCalendar event (RFC 5545), with the office's time zone (Europe/Riga)
/// described in a VTIMEZONE so that any calendar shows the right local time.
public enum ICalendar {
    /// TEXT values (RFC 5545 §3.3.11), in one pass: four `replacingOccurrences` went through
    /// NSString for every message a booking writes (issue 17, item 4).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func local(_ d: Date) -> String {
        let date = RigaTime.date(of: d), t = RigaTime.time(of: d)
        func p(_ n: Int, _ w: Int = 2) -> String { let s = String(n); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(p(date.year, 4))\(p(date.month))\(p(date.day))T\(p(t.minutes / 60))\(p(t.minutes % 60))00"
    }

    static func utc(_ d: Date) -> String {
        let t = d.timeIntervalSince1970
        let s = t.isFinite ? Int(min(max(t, -1.0e12), 1.0e12).rounded(.down)) : 0
        let day = s >= 0 ? s / 86_400 : (s - 86_399) / 86_400, second = s - day * 86_400
        let date = LocalDate(dayNumber: day)
        func p(_ n: Int, _ w: Int = 2) -> String { let s = String(n); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(p(date.year, 4))\(p(date.month))\(p(date.day))T\(p(second / 3600))\(p(second / 60 % 60))\(p(second % 60))Z"
    }

    /// Lines longer than 75 octets are folded (RFC 5545 §3.1).
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 74 else { return line }
        var out = "", octets = 0
        for ch in line {
            // A character is never split: its octets go together onto one line.
            let size = ch.utf8.count
            if octets + size > 74 {
                out += "\r\n "
                octets = 0
            }
            out.append(ch)
            octets += size
        }
        return out
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
