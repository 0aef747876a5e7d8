/// The notice an unfavourable decision carries (S-REFUSAL; APL §67, §79(1)): to whom it may be
/// contested (the head of PMLP), by when (one month from entry into force), and how (post,
/// e-mail signed with a secure e-signature, the official e-address), in the submitter's language.
/// Without it the period would be a year — so no unfavourable decision leaves without one.
public struct ContestNotice: Hashable, Sendable, Codable {
    public let authority: String
    public let address: String
    public let channels: [String]
    public let lastDay: LocalDate
    public let text: String

    public init(authority: String, address: String, channels: [String], lastDay: LocalDate, text: String) {
        self.authority = authority
        self.address = address
        self.channels = channels
        self.lastDay = lastDay
        self.text = text
    }

    public static func make(enteredIntoForce: LocalDate, language: Language, agency: AgencyContacts,
                            calendar: WorkingCalendar) -> ContestNotice {
        let lastDay = ContestPeriod.lastDay(enteredIntoForce: enteredIntoForce, noticeGiven: true, calendar: calendar)
        let date = MessageTexts.of(language).date(lastDay)
        switch language {
        case .lv:
            let channels = ["pa pastu: \(agency.postalAddress)", "e-pastā ar drošu elektronisko parakstu: \(agency.email)",
                            "oficiālajā elektroniskajā adresē"]
            return ContestNotice(
                authority: "Pilsonības un migrācijas lietu pārvaldes priekšnieks", address: agency.postalAddress, channels: channels,
                lastDay: lastDay,
                text: "Šo lēmumu var apstrīdēt Pilsonības un migrācijas lietu pārvaldes priekšniekam viena mēneša laikā no tā "
                    + "spēkā stāšanās dienas (Administratīvā procesa likuma 79. panta pirmā daļa), tas ir, līdz \(date), "
                    + "iesniedzot iesniegumu " + channels.joined(separator: "; ") + ".")
        case .en:
            let channels = ["by post to \(agency.postalAddress)", "by e-mail signed with a secure electronic signature to \(agency.email)",
                            "through the official electronic address"]
            return ContestNotice(
                authority: "the Head of the Office of Citizenship and Migration Affairs", address: agency.postalAddress,
                channels: channels, lastDay: lastDay,
                text: "You may contest this decision to the Head of the Office of Citizenship and Migration Affairs within one "
                    + "month of its entry into force (Administrative Procedure Law, Section 79(1)), that is by \(date), "
                    + "by sending a submission " + channels.joined(separator: "; ") + ".")
        }
    }
}
