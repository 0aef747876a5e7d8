import Foundation

/// What the reference-data capability needs from storage: the catalogue, the offices with
/// their hours and exceptions, and the calendar's data. Storage implements it with Fluent.
public protocol ReferenceStore: Sendable {
    func services() async throws -> [Service]
    func service(slug: String) async throws -> Service?
    func offices() async throws -> [Office]
    func office(slug: String) async throws -> Office?
    func exceptions(officeSlug: String, from: LocalDate, through: LocalDate) async throws -> [OfficeException]
    func treasuryAccounts() async throws -> [TreasuryAccount]
    func calendarAdjustments() async throws -> CalendarAdjustments
    /// Release schedules set by administrators (ReleaseSchedule.resolve picks the one in force).
    func releaseRules() async throws -> [ReleaseRule]
    /// The agency's own contact channels (K-CHANNELS).
    func agencyContacts() async throws -> AgencyContacts
    /// An office's visit rules (check-in window, quotas, closing time).
    func visitSettings(officeSlug: String) async throws -> VisitSettings
    /// The institutions to forward to and the acts to cite (issue 14), active and not.
    func caseCatalogue() async throws -> CaseCatalogue
    /// The slots of one day at an office for a service, before the release window and the seats
    /// (Availability.grid): the same for every request until reference data changes, so a store
    /// that holds reference data in memory keeps it (issue 17, item 2).
    func slotGrid(officeSlug: String, serviceSlug: String, on date: LocalDate) async throws -> [Slot]
}

extension ReferenceStore {
    /// Computed from the store's own reads each time (stores that keep no memory, the fakes).
    public func slotGrid(officeSlug: String, serviceSlug: String, on date: LocalDate) async throws -> [Slot] {
        guard let office = try await office(slug: officeSlug), let service = try await service(slug: serviceSlug) else { return [] }
        let hours = OpeningHours(calendar: WorkingCalendar(adjustments: try await calendarAdjustments()))
        return Availability.grid(hours: hours, office: office, service: service,
                                 exceptions: try await exceptions(officeSlug: officeSlug, from: date, through: date), on: date)
    }
}

/// Reference data as an administrator changes it (S-INFO): each change is audited in its own
/// transaction.
public protocol ReferenceAdministration: ReferenceStore {
    func setException(officeSlug: String, _ exception: OfficeException, actor: String, now: Date) async throws
    func updateOffice(_ office: Office, actor: String, now: Date) async throws
    /// A division not in the seed (FACTS.md §7 names 26 of the 29), audited as created.
    func addOffice(_ office: Office, actor: String, now: Date) async throws
    /// Replaces a service's details and its fee periods (audited before and after).
    func updateService(_ service: Service, actor: String, now: Date) async throws
    func addTransfer(_ transfer: CalendarAdjustments.Transfer, reason: String?, actor: String, now: Date) async throws
    func addOneOffHoliday(_ holiday: PublicHoliday, actor: String, now: Date) async throws
    /// A Song and Dance Festival's closing day (a public holiday; on a weekend the next Monday is off).
    func addSongFestivalDay(_ date: LocalDate, actor: String, now: Date) async throws
    func setAgencyContacts(_ contacts: AgencyContacts, actor: String, now: Date) async throws
    func setReleaseRule(_ rule: ReleaseRule, actor: String, now: Date) async throws
    func allVisitSettings() async throws -> [String: VisitSettings]
    func setVisitSettings(officeSlug: String, _ s: VisitSettings, actor: String, now: Date) async throws
    /// Adds or corrects an institution of the referral list (audited before and after).
    func saveInstitution(_ institution: Institution, actor: String, now: Date) async throws
    /// Adds or corrects an act of the legal-basis catalogue (audited before and after).
    func saveLegalAct(_ act: LegalAct, actor: String, now: Date) async throws
    /// Every office's exceptions from `from` on, by date then office (the calendar page lists them).
    func recordedExceptions(from: LocalDate) async throws -> [RecordedException]
    /// Takes an entry back (audited with what it was); false when there was nothing to remove.
    func remove(_ entry: CalendarEntry, actor: String, now: Date) async throws -> Bool
    /// Replaces a transfer by another in one transaction (an administrator correcting a date).
    func replaceTransfer(dayOff: LocalDate, with transfer: CalendarAdjustments.Transfer, reason: String?, actor: String,
                         now: Date) async throws
}
