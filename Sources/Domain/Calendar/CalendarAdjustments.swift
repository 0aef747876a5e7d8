/// The parts of the calendar that are decided case by case and so are data, not code
/// (FACTS.md §3): Cabinet transfers of a working day to a Saturday (Labour Law §133(4)),
/// one-off holidays, and the closing days of the Song and Dance Festival.
public struct CalendarAdjustments: Sendable, Hashable {
    /// A working day moved to a Saturday of the same month.
    public struct Transfer: Sendable, Hashable {
        public let dayOff: LocalDate
        public let workingSaturday: LocalDate
        public init(dayOff: LocalDate, workingSaturday: LocalDate) {
            self.dayOff = dayOff
            self.workingSaturday = workingSaturday
        }
    }

    public var transfers: [Transfer]
    public var oneOffHolidays: [PublicHoliday]
    public var songFestivalClosingDays: [LocalDate]

    public init(transfers: [Transfer] = [], oneOffHolidays: [PublicHoliday] = [],
                songFestivalClosingDays: [LocalDate] = []) {
        self.transfers = transfers
        self.oneOffHolidays = oneOffHolidays
        self.songFestivalClosingDays = songFestivalClosingDays
    }

    /// The transfers and festival days the law has already fixed (FACTS.md §3).
    public static let enacted = CalendarAdjustments(
        transfers: [
            Transfer(dayOff: LocalDate(2023, 5, 5), workingSaturday: LocalDate(2023, 5, 20)),
            Transfer(dayOff: LocalDate(2024, 12, 23), workingSaturday: LocalDate(2024, 12, 14)),
            Transfer(dayOff: LocalDate(2024, 12, 30), workingSaturday: LocalDate(2024, 12, 28)),
            Transfer(dayOff: LocalDate(2025, 5, 2), workingSaturday: LocalDate(2025, 5, 10)),
            Transfer(dayOff: LocalDate(2025, 11, 17), workingSaturday: LocalDate(2025, 11, 8)),
            Transfer(dayOff: LocalDate(2026, 1, 2), workingSaturday: LocalDate(2026, 1, 17)),
            Transfer(dayOff: LocalDate(2026, 6, 22), workingSaturday: LocalDate(2026, 6, 27)),
        ],
        oneOffHolidays: [
            PublicHoliday(date: LocalDate(2023, 5, 29), kind: .oneOff,
                          name: LocalizedText(lv: "Svētku diena (hokeja bronzas medaļa)",
                                              en: "One-off holiday (ice hockey bronze medal)")),
        ],
        songFestivalClosingDays: [LocalDate(2023, 7, 9)]
    )
}
