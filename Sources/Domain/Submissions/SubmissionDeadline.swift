/// When a written submission must be answered or forwarded (Law on Submissions, FACTS.md §1), on
/// the Latvian working calendar. The rules are those in force on the day it was received:
///
/// - received from 2026-03-01: answer within 10 working days, counted from the next day; one month
///   when more information must be obtained (the reason recorded, the submitter told); forward a
///   matter outside PMLP's competence within 5 working days;
/// - received before 2026-03-01: answer within one month; forward within 7 working days.
///
/// A month ends on the same date of the next month, or that month's last day, and an end on a
/// non-working day moves to the next working day (WorkingCalendar.addingOneMonth).
///
/// Waiting for the submitter suspends the clock: what was left when it stopped is counted again
/// from the day the answer arrives — working days for a working-day term, calendar days for a
/// month (whose end again moves off a non-working day).
public enum SubmissionDeadline {
    /// The amendment adopted by the Saeima on 2026-02-05.
    public static let amendment = LocalDate(2026, 3, 1)

    public enum Term: Hashable, Sendable {
        case workingDays(Int)
        case oneMonth
    }

    /// The answer term in force for a submission received on `received`.
    public static func answerTerm(received: LocalDate, moreInformationNeeded: Bool) -> Term {
        guard received >= amendment else { return .oneMonth }
        return moreInformationNeeded ? .oneMonth : .workingDays(10)
    }

    /// The last day to answer.
    public static func answerDue(received: LocalDate, moreInformationNeeded: Bool, calendar: WorkingCalendar) -> LocalDate {
        due(answerTerm(received: received, moreInformationNeeded: moreInformationNeeded), from: received, calendar: calendar)
    }

    /// The last day to forward a matter outside PMLP's competence (S-REFER; §4).
    public static func referralDue(received: LocalDate, calendar: WorkingCalendar) -> LocalDate {
        calendar.addingWorkingDays(received >= amendment ? 5 : 7, to: received)
    }

    public static func due(_ term: Term, from start: LocalDate, calendar: WorkingCalendar) -> LocalDate {
        switch term {
        case .workingDays(let n): return calendar.addingWorkingDays(n, to: start)
        case .oneMonth: return calendar.addingOneMonth(to: start)
        }
    }

    /// What is left of a term when the clock stops on `suspended` (nothing, once the day is past).
    public enum Remaining: Hashable, Sendable {
        case workingDays(Int)
        case days(Int)
    }

    public static func remaining(_ term: Term, due: LocalDate, suspended: LocalDate, calendar: WorkingCalendar) -> Remaining {
        switch term {
        case .workingDays:
            // The working days after the day it stopped, up to and including the due date.
            let left = suspended < due ? LocalDate.days(from: suspended.next, through: due).filter(calendar.isWorkingDay).count : 0
            return .workingDays(left)
        case .oneMonth:
            return .days(max(0, due.dayNumber - suspended.dayNumber))
        }
    }

    /// The new last day when the clock runs again on `resumed` (the day the submitter answered).
    public static func resumedDue(_ remaining: Remaining, resumed: LocalDate, calendar: WorkingCalendar) -> LocalDate {
        switch remaining {
        case .workingDays(let n): return calendar.addingWorkingDays(n, to: resumed)
        case .days(let n): return calendar.workingDay(onOrAfter: resumed.adding(days: n))
        }
    }
}
