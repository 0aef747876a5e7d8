import Domain

/// The calendar page's transfers and festival days (Labour Law §133(4); FACTS.md §3).
struct CalendarCorrectionStrings: Sendable {
    let transferTitle: String
    let transferIntro: String
    let dayOffLabel: String
    let workingDayLabel: String
    let reasonLabel: String
    let festivalTitle: String
    let festivalIntro: String
    let festivalDateLabel: String
    let noneRecorded: String
    let transferLine: @Sendable (_ dayOff: String, _ saturday: String) -> String
    let save: String

    static func of(_ l: Language) -> CalendarCorrectionStrings { l == .lv ? .lv : .en }

    static let lv = CalendarCorrectionStrings(
        transferTitle: "Pārcelta darbdiena",
        transferIntro: "Ar Ministru kabineta rīkojumu darbdienu starp svētku dienu un brīvdienām var pārcelt uz tā paša mēneša sestdienu (Darba likuma 133. panta ceturtā daļa). Pārceltajā dienā visas nodaļas ir slēgtas, sestdienā — atvērtas.",
        dayOffLabel: "Diena, kas kļūst brīva",
        workingDayLabel: "Sestdiena, kas kļūst par darbdienu",
        reasonLabel: "Pamatojums (piemēram, rīkojuma numurs)",
        festivalTitle: "Dziesmu un deju svētku noslēguma diena",
        festivalIntro: "Svētku diena; ja tā ir sestdienā vai svētdienā, nākamā pirmdiena ir brīvdiena.",
        festivalDateLabel: "Noslēguma dienas datums",
        noneRecorded: "Nekas nav ierakstīts.",
        transferLine: { off, saturday in "\(off) → \(saturday)" },
        save: "Saglabāt")

    static let en = CalendarCorrectionStrings(
        transferTitle: "Transferred working day",
        transferIntro: "By a Cabinet order, a working day between a public holiday and the weekend can be moved to a Saturday of the same month (Labour Law §133(4)). Every office is closed on the day moved and open on the Saturday.",
        dayOffLabel: "Day that becomes a day off",
        workingDayLabel: "Saturday that becomes a working day",
        reasonLabel: "Reason (e.g. the order's number)",
        festivalTitle: "Song and Dance Festival closing day",
        festivalIntro: "A public holiday; when it falls on a Saturday or Sunday, the next Monday is a day off.",
        festivalDateLabel: "Date of the closing day",
        noneRecorded: "Nothing is recorded.",
        transferLine: { off, saturday in "\(off) → \(saturday)" },
        save: "Save")
}
