/// The substitute day off: when 4 May, 18 November or the Song Festival closing day falls on a
/// Saturday or Sunday, the next working day (the Monday) is a day off. No other holiday gets
/// one (law "Par svētku, atceres un atzīmējamām dienām" §1; FACTS.md §3: 2025-05-05,
/// 2028-11-20, 2023-07-10).
public enum HolidaySubstitution {
    public static let substitutedKinds: Set<PublicHoliday.Kind> = [
        .independenceRestoration, .proclamation, .songFestivalClosing,
    ]

    /// The Monday that replaces `holiday`, or `nil` when it needs none.
    public static func substituteDay(for holiday: PublicHoliday) -> LocalDate? {
        guard substitutedKinds.contains(holiday.kind) else { return nil }
        switch holiday.date.weekday {
        case .saturday: return holiday.date.adding(days: 2)
        case .sunday: return holiday.date.adding(days: 1)
        default: return nil
        }
    }
}
