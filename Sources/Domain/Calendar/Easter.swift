/// Western (Gregorian) Easter Sunday — Latvian holidays follow the Western date
/// (law "Par svētku, atceres un atzīmējamām dienām" §1). Anonymous Gregorian algorithm.
public enum Easter {
    /// Total for every year (input may lead here with any year, issue 11): the date is built
    /// by day arithmetic from 1 March, never by the trapping literal initialiser.
    public static func sunday(in year: Int) -> LocalDate {
        // Years far outside any calendar (a `Date` spans about ±3·10^11 years) are clamped so
        // that no product below can overflow.
        let year = min(max(year, -1_000_000_000), 1_000_000_000)
        let a = ((year % 19) + 19) % 19
        let b = year / 100, c = year % 100
        let d = b / 4, e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        // The algorithm gives 22 March … 25 April; count from 1 March of `year` (day number of
        // 1 March is independent of leap years for the rest of the spring).
        let march1 = LocalDate.dayNumber(year: year, month: 3, day: 1)
        return LocalDate(dayNumber: march1 + (month == 3 ? day - 1 : 31 + day - 1))
    }
}
