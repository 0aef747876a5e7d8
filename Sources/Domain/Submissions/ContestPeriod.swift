/// The notice of the right to contest an unfavourable decision (APL §79(1)): one month from its
/// entry into force; a year when the written decision does not say where and within what period.
public enum ContestPeriod {
    public static func lastDay(enteredIntoForce: LocalDate, noticeGiven: Bool, calendar: WorkingCalendar) -> LocalDate {
        calendar.addingMonths(noticeGiven ? 1 : 12, to: enteredIntoForce)
    }
}
