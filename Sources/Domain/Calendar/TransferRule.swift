/// Labour Law §133(4): the Cabinet may move a working day that lies between a public holiday and
/// the weekend to a Saturday of the same month (FACTS.md §3). What an administrator enters is
/// checked against that rule before it changes anyone's hours.
public enum TransferRule {
    public enum Problem: Sendable, Equatable {
        /// The day off is not a working weekday next to both a holiday and the weekend.
        case notABridgeDay
        /// The working day is not a Saturday, or is a holiday.
        case notAWorkingSaturday
        /// The Saturday is in another month than the day off.
        case otherMonth
        /// This day off (or this Saturday) is already part of a transfer.
        case alreadyTransferred
    }

    /// The problems of moving `dayOff` to `saturday` under `calendar` (empty: allowed), each with
    /// the field it belongs to (`dayOff`, `workingDay`).
    public static func check(dayOff: LocalDate, saturday: LocalDate, calendar: WorkingCalendar,
                             existing: [CalendarAdjustments.Transfer]) -> [(field: String, problem: Problem)] {
        var problems: [(String, Problem)] = []
        if existing.contains(where: { $0.dayOff == dayOff || $0.workingSaturday == saturday }) {
            problems.append(("dayOff", .alreadyTransferred))
            return problems
        }
        let weekday = dayOff.weekday
        let isBridge = !weekday.isWeekend && !calendar.isHoliday(dayOff)
            && ((calendar.isHoliday(dayOff.previous) && (dayOff.next.weekday.isWeekend || calendar.isHoliday(dayOff.next)))
                || (calendar.isHoliday(dayOff.next) && (dayOff.previous.weekday.isWeekend || calendar.isHoliday(dayOff.previous))))
        if !isBridge { problems.append(("dayOff", .notABridgeDay)) }
        if saturday.weekday != .saturday || calendar.isHoliday(saturday) { problems.append(("workingDay", .notAWorkingSaturday)) }
        else if saturday.year != dayOff.year || saturday.month != dayOff.month { problems.append(("workingDay", .otherMonth)) }
        return problems
    }
}
