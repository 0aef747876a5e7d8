import Foundation

/// RFC 3339 date-times as the API receives them (`2026-12-22T11:00:00+02:00`, `…Z`, fractional
/// seconds allowed): `YYYY-MM-DDTHH:MM:SS[.f…](Z|±HH:MM)`. Parsed by hand because a Foundation
/// `ISO8601DateFormatter` made per request cost more CPU than the rest of a booking's validation
/// (issue 17, item 4), and one shared between requests is not safe to share. Total: any text
/// gives an instant or nil.
public enum RFC3339 {
    public static func instant(_ text: String) -> Date? {
        let b = Array(text.utf8)
        guard b.count >= 20, b.count <= 64 else { return nil }
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var n = 0
            for i in from..<(from + count) {
                guard (48...57).contains(b[i]) else { return nil }
                n = n * 10 + Int(b[i] - 48)
            }
            return n
        }
        guard let year = digits(0, 4), b[4] == 45, let month = digits(5, 2), b[7] == 45, let day = digits(8, 2),
              b[10] == 84 || b[10] == 116, let hour = digits(11, 2), b[13] == 58, let minute = digits(14, 2), b[16] == 58,
              let second = digits(17, 2),
              let date = LocalDate(year: year, month: month, day: day), hour < 24, minute < 60, second < 60 else { return nil }
        var i = 19
        var fraction = 0.0
        if b[i] == 46 {                                     // "." and at least one digit
            var scale = 0.1
            i += 1
            let first = i
            while i < b.count, (48...57).contains(b[i]) {
                fraction += Double(b[i] - 48) * scale
                scale /= 10
                i += 1
            }
            guard i > first else { return nil }
        }
        guard i < b.count else { return nil }
        var offset = 0
        if b[i] == 90 || b[i] == 122 {                      // "Z"
            guard i + 1 == b.count else { return nil }
        } else if b[i] == 43 || b[i] == 45 {                // "+HH:MM" / "-HH:MM"
            guard i + 6 == b.count, let oh = digits(i + 1, 2), b[i + 3] == 58, let om = digits(i + 4, 2), oh < 24, om < 60
            else { return nil }
            offset = (oh * 3600 + om * 60) * (b[i] == 45 ? -1 : 1)
        } else {
            return nil
        }
        let seconds = date.dayNumber * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }
}
