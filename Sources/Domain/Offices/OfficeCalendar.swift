/// The hours of an office over a range of dates, with the calendar's data and the office's
/// exceptions read from the store (C-HOURS, I-PREHOLIDAY).
public struct OfficeCalendar: Sendable {
    public let store: any ReferenceStore

    public init(store: any ReferenceStore) { self.store = store }

    public func days(_ office: Office, from: LocalDate, through: LocalDate) async throws -> [OpeningDay] {
        let calendar = WorkingCalendar(adjustments: try await store.calendarAdjustments())
        let exceptions = try await store.exceptions(officeSlug: office.slug, from: from, through: through)
        return OpeningHours(calendar: calendar).days(from: from, through: through, weekly: office.weeklyHours,
                                                     exceptions: exceptions)
    }
}
