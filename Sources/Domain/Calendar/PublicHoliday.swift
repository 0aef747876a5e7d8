/// A public holiday (svētku diena) under the law "Par svētku, atceres un atzīmējamām dienām" §1,
/// or a one-off holiday declared by its own law (e.g. 29 May 2023).
public struct PublicHoliday: Hashable, Sendable {
    public enum Kind: String, Sendable, Codable {
        case newYear, goodFriday, easterSunday, easterMonday, labourDay, independenceRestoration,
             mothersDay, pentecost, ligo, jani, songFestivalClosing, proclamation, christmasEve,
             christmas, secondChristmas, newYearsEve, oneOff
    }

    public let date: LocalDate
    public let kind: Kind
    public let name: LocalizedText

    public init(date: LocalDate, kind: Kind, name: LocalizedText) {
        self.date = date
        self.kind = kind
        self.name = name
    }
}

/// The statutory holidays of a year, computed from the law; song-festival closing days and
/// one-off holidays come from data.
public enum StatutoryHolidays {
    public static func of(year: Int, songFestivalClosingDays: [LocalDate] = [],
                          oneOffHolidays: [PublicHoliday] = []) -> [PublicHoliday] {
        let easter = Easter.sunday(in: year)
        func fixed(_ m: Int, _ d: Int, _ kind: PublicHoliday.Kind, _ lv: String, _ en: String) -> PublicHoliday {
            PublicHoliday(date: LocalDate.civil(year, m, d), kind: kind, name: LocalizedText(lv: lv, en: en))
        }
        func moving(_ date: LocalDate, _ kind: PublicHoliday.Kind, _ lv: String, _ en: String) -> PublicHoliday {
            PublicHoliday(date: date, kind: kind, name: LocalizedText(lv: lv, en: en))
        }
        // Mother's Day: the second Sunday of May.
        let firstOfMay = LocalDate.civil(year, 5, 1)
        let toSunday = (7 - firstOfMay.weekday.rawValue) % 7
        let mothersDay = firstOfMay.adding(days: toSunday + 7)

        var days: [PublicHoliday] = [
            fixed(1, 1, .newYear, "Jaungada diena", "New Year's Day"),
            moving(easter.adding(days: -2), .goodFriday, "Lielā Piektdiena", "Good Friday"),
            moving(easter, .easterSunday, "Pirmās Lieldienas", "Easter Sunday"),
            moving(easter.adding(days: 1), .easterMonday, "Otrās Lieldienas", "Easter Monday"),
            fixed(5, 1, .labourDay, "Darba svētki, Latvijas Republikas Satversmes sapulces sasaukšanas diena",
                  "Labour Day, Convocation of the Constituent Assembly of the Republic of Latvia"),
            fixed(5, 4, .independenceRestoration, "Latvijas Republikas Neatkarības deklarācijas pasludināšanas diena",
                  "Restoration of Independence of the Republic of Latvia"),
            moving(mothersDay, .mothersDay, "Mātes diena", "Mother's Day"),
            moving(easter.adding(days: 49), .pentecost, "Vasarsvētki", "Pentecost"),
            fixed(6, 23, .ligo, "Līgo diena", "Midsummer Eve"),
            fixed(6, 24, .jani, "Jāņu diena", "Midsummer Day"),
            fixed(11, 18, .proclamation, "Latvijas Republikas proklamēšanas diena",
                  "Proclamation Day of the Republic of Latvia"),
            fixed(12, 24, .christmasEve, "Ziemassvētku vakars", "Christmas Eve"),
            fixed(12, 25, .christmas, "Pirmie Ziemassvētki", "Christmas Day"),
            fixed(12, 26, .secondChristmas, "Otrie Ziemassvētki", "Second Day of Christmas"),
            fixed(12, 31, .newYearsEve, "Vecgada diena", "New Year's Eve"),
        ]
        for closing in songFestivalClosingDays where closing.year == year {
            days.append(moving(closing, .songFestivalClosing,
                               "Vispārējo latviešu Dziesmu un deju svētku noslēguma diena",
                               "Closing day of the Latvian Song and Dance Festival"))
        }
        days.append(contentsOf: oneOffHolidays.filter { $0.date.year == year })
        return days.sorted { $0.date < $1.date }
    }
}
