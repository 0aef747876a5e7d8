import Domain
import Fluent
import Foundation
import Synchronization

/// All reference data at one version (issue 17, item 1): offices, services and fees, the
/// calendar's adjustments, release rules, exceptions, visit settings, the agency's contacts, the
/// treasury accounts and the case catalogue. Immutable; replaced whole when the version moves.
struct ReferenceSnapshot: Sendable {
    let version: Int64
    let offices: [Office]
    let officeBySlug: [String: Office]
    let services: [Service]
    let serviceBySlug: [String: Service]
    let treasuryAccounts: [TreasuryAccount]
    let adjustments: CalendarAdjustments
    let releaseRules: [ReleaseRule]
    /// Every office's exceptions, by office, in date order.
    let exceptions: [String: [OfficeException]]
    let visitSettings: [String: VisitSettings]
    let agencyContacts: AgencyContacts
    let caseCatalogue: CaseCatalogue
    /// The working calendar's hours, built once per version.
    let hours: OpeningHours
    /// Day grids computed at this version (item 2); gone with the snapshot when the version moves.
    let grids = SlotGridMemo()

    /// The day's grid at this version, computed on first use.
    func slotGrid(officeSlug: String, serviceSlug: String, on date: LocalDate) -> [Slot] {
        let key = SlotGridMemo.Key(office: officeSlug, service: serviceSlug, date: date)
        if let grid = grids.get(key) { return grid }
        guard let office = officeBySlug[officeSlug], let service = serviceBySlug[serviceSlug] else { return [] }
        let grid = Availability.grid(hours: hours, office: office, service: service,
                                     exceptions: exceptions[officeSlug, default: []].filter { $0.date == date }, on: date)
        grids.put(key, grid)
        return grid
    }

    /// Reads everything, labelled with the version read before it: a change that lands while it
    /// loads leaves a newer version in the table, so the next read loads again.
    static func load(_ db: any Database, version: Int64) async throws -> ReferenceSnapshot {
        let live = FluentReferenceStore(db: db)
        let offices = try await live.offices(), services = try await live.services()
        let adjustments = try await live.calendarAdjustments()
        let exceptions = Dictionary(grouping: try await live.recordedExceptions(from: LocalDate.civil(1900, 1, 1)), by: \.officeSlug)
            .mapValues { $0.map(\.exception) }
        return ReferenceSnapshot(
            version: version, offices: offices,
            officeBySlug: Dictionary(offices.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a }),
            services: services,
            serviceBySlug: Dictionary(services.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a }),
            treasuryAccounts: try await live.treasuryAccounts(), adjustments: adjustments,
            releaseRules: try await live.releaseRules(), exceptions: exceptions, visitSettings: try await live.allVisitSettings(),
            agencyContacts: try await live.agencyContacts(), caseCatalogue: try await live.caseCatalogue(),
            hours: OpeningHours(calendar: WorkingCalendar(adjustments: adjustments)))
    }
}

/// Day grids of one snapshot. Bounded: a release window of every office and service fits, and
/// past that it starts again rather than grow (a crawler walking years of days).
final class SlotGridMemo: Sendable {
    struct Key: Hashable, Sendable {
        let office: String, service: String, date: LocalDate
    }
    static let limit = 20_000
    private let grids = Mutex<[Key: [Slot]]>([:])

    func get(_ key: Key) -> [Slot]? { grids.withLock { $0[key] } }
    func put(_ key: Key, _ grid: [Slot]) {
        grids.withLock { all in
            if all.count >= Self.limit { all.removeAll(keepingCapacity: true) }
            all[key] = grid
        }
    }
    var count: Int { grids.withLock { $0.count } }
}

/// Reference writes seen by this process: every `referenceWrite` that commits counts one, and so
/// does every change notice from another instance (PostgreSQL `NOTIFY`). A snapshot remembers the
/// count it was checked at; when the count has moved, the next read checks the version again.
enum ReferenceChanges {
    static let count = Atomic<Int>(0)
    static func noted() { count.add(1, ordering: .sequentiallyConsistent) }
    static var current: Int { count.load(ordering: .sequentiallyConsistent) }
}

/// One process's snapshot, shared by every request (the wiring makes one per application).
///
/// A read trusts the snapshot without asking the database while nothing has changed (issue 17,
/// item 1): a write in this process says so when it commits; a write on another instance arrives
/// as a `NOTIFY` while the instance listens (PostgreSQL). Without a listener — SQLite, whose other
/// writers are commands in other processes, or a PostgreSQL instance whose listening connection
/// is down — the version is read again at most every `recheck` (one one-row read, not one per
/// request). A stale snapshot can offer a slot that was just closed for that long, never a seat
/// the database does not have: the seat statement decides (FluentBookingStore.takeSeat).
public final class ReferenceCache: Sendable {
    struct Held: Sendable {
        let snapshot: ReferenceSnapshot
        /// `ReferenceChanges.current` when its version was last confirmed, read before the version.
        var changes: Int
        var checkedAt: ContinuousClock.Instant
    }
    private let current = Mutex<Held?>(nil)
    private let loadCount = Mutex(0)
    private let checkCount = Mutex(0)
    private let listening = Atomic<Bool>(false)
    let recheck: Duration

    public init(recheck: Duration = .seconds(1)) {
        self.recheck = recheck
    }

    /// How many times the snapshot was read from the tables (tests; it moves only on a change).
    public var loads: Int { loadCount.withLock { $0 } }
    /// How many times the version row was read (tests and the benchmark's reasoning).
    public var versionChecks: Int { checkCount.withLock { $0 } }

    /// The change listener is connected (true) or lost (false); either way the next read checks.
    public func listener(connected: Bool) {
        listening.store(connected, ordering: .sequentiallyConsistent)
        ReferenceChanges.noted()
    }

    /// Another instance changed reference data (its `NOTIFY`).
    public func changedElsewhere() { ReferenceChanges.noted() }

    /// The snapshot for the database's current version.
    func snapshot(_ db: any Database) async throws -> ReferenceSnapshot {
        let changes = ReferenceChanges.current
        let now = ContinuousClock.now
        if let held = current.withLock({ $0 }), held.changes == changes,
           listening.load(ordering: .sequentiallyConsistent) || now - held.checkedAt < recheck {
            return held.snapshot
        }
        let version = try await ReferenceVersion.read(db)
        checkCount.withLock { $0 += 1 }
        if let held = current.withLock({ $0 }), held.snapshot.version == version {
            current.withLock { h in
                if h?.snapshot.version == version { h = Held(snapshot: held.snapshot, changes: changes, checkedAt: now) }
            }
            return held.snapshot
        }
        let fresh = try await ReferenceSnapshot.load(db, version: version)
        loadCount.withLock { $0 += 1 }
        current.withLock { held in
            // A slower reader must not put back an older snapshot than one already there.
            if (held?.snapshot.version ?? .min) <= fresh.version { held = Held(snapshot: fresh, changes: changes, checkedAt: now) }
        }
        return fresh
    }
}

/// `ReferenceAdministration` served from the process's snapshot; writes go to the Fluent store,
/// whose transactions raise the version, so the next read anywhere loads the change.
public struct CachedReferenceStore: ReferenceAdministration {
    let live: FluentReferenceStore
    let cache: ReferenceCache

    public init(db: any Database, cache: ReferenceCache) {
        live = FluentReferenceStore(db: db)
        self.cache = cache
    }

    private func snapshot() async throws -> ReferenceSnapshot { try await cache.snapshot(live.db) }

    public func services() async throws -> [Service] { try await snapshot().services }
    public func service(slug: String) async throws -> Service? { try await snapshot().serviceBySlug[slug] }
    public func offices() async throws -> [Office] { try await snapshot().offices }
    public func office(slug: String) async throws -> Office? { try await snapshot().officeBySlug[slug] }
    public func exceptions(officeSlug: String, from: LocalDate, through: LocalDate) async throws -> [OfficeException] {
        try await snapshot().exceptions[officeSlug, default: []].filter { $0.date >= from && $0.date <= through }
    }
    public func treasuryAccounts() async throws -> [TreasuryAccount] { try await snapshot().treasuryAccounts }
    public func calendarAdjustments() async throws -> CalendarAdjustments { try await snapshot().adjustments }
    public func releaseRules() async throws -> [ReleaseRule] { try await snapshot().releaseRules }
    public func agencyContacts() async throws -> AgencyContacts { try await snapshot().agencyContacts }
    public func visitSettings(officeSlug: String) async throws -> VisitSettings {
        try await snapshot().visitSettings[officeSlug] ?? .standard
    }
    public func caseCatalogue() async throws -> CaseCatalogue { try await snapshot().caseCatalogue }
    public func slotGrid(officeSlug: String, serviceSlug: String, on date: LocalDate) async throws -> [Slot] {
        try await snapshot().slotGrid(officeSlug: officeSlug, serviceSlug: serviceSlug, on: date)
    }
    public func allVisitSettings() async throws -> [String: VisitSettings] { try await snapshot().visitSettings }
    public func recordedExceptions(from: LocalDate) async throws -> [RecordedException] {
        try await snapshot().exceptions.flatMap { slug, list in
            list.filter { $0.date >= from }.map { RecordedException(officeSlug: slug, exception: $0) }
        }.inCalendarOrder
    }

    // Writes: the Fluent store's, each raising the version in its transaction.
    public func setException(officeSlug: String, _ exception: OfficeException, actor: String, now: Date) async throws {
        try await live.setException(officeSlug: officeSlug, exception, actor: actor, now: now)
    }
    public func updateOffice(_ office: Office, actor: String, now: Date) async throws {
        try await live.updateOffice(office, actor: actor, now: now)
    }
    public func addOffice(_ office: Office, actor: String, now: Date) async throws { try await live.addOffice(office, actor: actor, now: now) }
    public func updateService(_ service: Service, actor: String, now: Date) async throws {
        try await live.updateService(service, actor: actor, now: now)
    }
    public func addTransfer(_ transfer: CalendarAdjustments.Transfer, reason: String?, actor: String, now: Date) async throws {
        try await live.addTransfer(transfer, reason: reason, actor: actor, now: now)
    }
    public func addOneOffHoliday(_ holiday: PublicHoliday, actor: String, now: Date) async throws {
        try await live.addOneOffHoliday(holiday, actor: actor, now: now)
    }
    public func addSongFestivalDay(_ date: LocalDate, actor: String, now: Date) async throws {
        try await live.addSongFestivalDay(date, actor: actor, now: now)
    }
    public func setAgencyContacts(_ contacts: AgencyContacts, actor: String, now: Date) async throws {
        try await live.setAgencyContacts(contacts, actor: actor, now: now)
    }
    public func setReleaseRule(_ rule: ReleaseRule, actor: String, now: Date) async throws {
        try await live.setReleaseRule(rule, actor: actor, now: now)
    }
    public func setVisitSettings(officeSlug: String, _ s: VisitSettings, actor: String, now: Date) async throws {
        try await live.setVisitSettings(officeSlug: officeSlug, s, actor: actor, now: now)
    }
    public func saveInstitution(_ institution: Institution, actor: String, now: Date) async throws {
        try await live.saveInstitution(institution, actor: actor, now: now)
    }
    public func saveLegalAct(_ act: LegalAct, actor: String, now: Date) async throws { try await live.saveLegalAct(act, actor: actor, now: now) }
    public func remove(_ entry: CalendarEntry, actor: String, now: Date) async throws -> Bool {
        try await live.remove(entry, actor: actor, now: now)
    }
    public func replaceTransfer(dayOff: LocalDate, with transfer: CalendarAdjustments.Transfer, reason: String?, actor: String,
                                now: Date) async throws {
        try await live.replaceTransfer(dayOff: dayOff, with: transfer, reason: reason, actor: actor, now: now)
    }
}
