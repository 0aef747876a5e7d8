import Domain
import Foundation
import Synchronization

/// In-memory ports for the use-case tests (issue 12): no database, milliseconds a test. They keep
/// the rules the real stores keep (a seat per desk, one active booking per person and service,
/// messages with the change) so that a use case behaves here as it does on Fluent.
public final class FakeReference: ReferenceAdministration {
    /// Offices and services as administrators leave them (updateOffice/updateService replace them).
    let catalogue: Mutex<(offices: [Office], services: [Service])>
    /// What administrators changed, by office (exceptions) or for all (holidays, release rules).
    public let changes = Mutex<(exceptions: [String: [OfficeException]], holidays: [PublicHoliday], rules: [ReleaseRule],
                                visits: [String: VisitSettings], transfers: [CalendarAdjustments.Transfer],
                                festivalDays: [LocalDate])>(([:], [], [], [:], [], []))
    public init(offices: [Office] = PMLPSeed.offices, services: [Service] = PMLPSeed.services) {
        catalogue = Mutex((offices, services))
    }
    public func services() async throws -> [Service] { catalogue.withLock { $0.services } }
    public func service(slug: String) async throws -> Service? { catalogue.withLock { $0.services.first { $0.slug == slug } } }
    public func offices() async throws -> [Office] { catalogue.withLock { $0.offices } }
    public func office(slug: String) async throws -> Office? { catalogue.withLock { $0.offices.first { $0.slug == slug } } }
    public func exceptions(officeSlug: String, from: LocalDate, through: LocalDate) async throws -> [OfficeException] {
        changes.withLock { $0.exceptions[officeSlug, default: []].filter { $0.date >= from && $0.date <= through } }
    }
    public func treasuryAccounts() async throws -> [TreasuryAccount] { PMLPSeed.treasuryAccounts }
    public func calendarAdjustments() async throws -> CalendarAdjustments {
        changes.withLock { c in
            var a = CalendarAdjustments.enacted
            a.transfers += c.transfers
            a.oneOffHolidays += c.holidays
            a.songFestivalClosingDays += c.festivalDays
            return a
        }
    }
    public func releaseRules() async throws -> [ReleaseRule] { changes.withLock { $0.rules } }
    public let contacts = Mutex(AgencyContacts.seed)
    public func agencyContacts() async throws -> AgencyContacts { contacts.withLock { $0 } }
    public func setAgencyContacts(_ c: AgencyContacts, actor: String, now: Date) async throws { contacts.withLock { $0 = c } }
    public let cases = Mutex(CaseCatalogue.seed)
    public func caseCatalogue() async throws -> CaseCatalogue { cases.withLock { $0 } }
    public func saveInstitution(_ i: Institution, actor: String, now: Date) async throws {
        cases.withLock { c in c.institutions = c.institutions.filter { $0.id != i.id } + [i] }
    }
    public func saveLegalAct(_ a: LegalAct, actor: String, now: Date) async throws {
        cases.withLock { c in c.acts = c.acts.filter { $0.id != a.id } + [a] }
    }
    public func visitSettings(officeSlug: String) async throws -> VisitSettings {
        changes.withLock { $0.visits[officeSlug] ?? VisitSettings() }
    }

    public func setException(officeSlug: String, _ exception: OfficeException, actor: String, now: Date) async throws {
        changes.withLock { c in
            c.exceptions[officeSlug, default: []] = c.exceptions[officeSlug, default: []].filter { $0.date != exception.date } + [exception]
        }
    }
    public func updateOffice(_ office: Office, actor: String, now: Date) async throws {
        catalogue.withLock { c in c.offices = c.offices.map { $0.slug == office.slug ? office : $0 } }
    }
    public func addOffice(_ office: Office, actor: String, now: Date) async throws {
        catalogue.withLock { $0.offices.append(office) }
    }
    public func updateService(_ service: Service, actor: String, now: Date) async throws {
        catalogue.withLock { c in c.services = c.services.map { $0.slug == service.slug ? service : $0 } }
    }
    public func addTransfer(_ transfer: CalendarAdjustments.Transfer, reason: String?, actor: String, now: Date) async throws {
        changes.withLock { $0.transfers.append(transfer) }
    }
    public func addSongFestivalDay(_ date: LocalDate, actor: String, now: Date) async throws {
        changes.withLock { $0.festivalDays.append(date) }
    }
    public func addOneOffHoliday(_ holiday: PublicHoliday, actor: String, now: Date) async throws {
        changes.withLock { c in c.holidays = c.holidays.filter { $0.date != holiday.date } + [holiday] }
    }
    public func setReleaseRule(_ rule: ReleaseRule, actor: String, now: Date) async throws {
        changes.withLock { c in
            c.rules = c.rules.filter { !($0.officeSlug == rule.officeSlug && $0.serviceSlug == rule.serviceSlug) } + [rule]
        }
    }
    public func recordedExceptions(from: LocalDate) async throws -> [RecordedException] {
        changes.withLock { c in
            c.exceptions.flatMap { slug, list in list.filter { $0.date >= from }.map { RecordedException(officeSlug: slug, exception: $0) } }
                .inCalendarOrder
        }
    }
    public func remove(_ entry: CalendarEntry, actor: String, now: Date) async throws -> Bool {
        changes.withLock { c in
            func drop<T>(_ list: inout [T], _ match: (T) -> Bool) -> Bool {
                let before = list.count
                list.removeAll(where: match)
                return list.count < before
            }
            switch entry {
            case .exception(let office, let date): return drop(&c.exceptions[office, default: []]) { $0.date == date }
            case .holiday(let date): return drop(&c.holidays) { $0.date == date }
            case .transfer(let date): return drop(&c.transfers) { $0.dayOff == date }
            case .festivalDay(let date): return drop(&c.festivalDays) { $0 == date }
            case .releaseRule(let office, let service):
                return drop(&c.rules) { $0.officeSlug == office && $0.serviceSlug == service }
            }
        }
    }
    public func replaceTransfer(dayOff: LocalDate, with transfer: CalendarAdjustments.Transfer, reason: String?, actor: String,
                                now: Date) async throws {
        changes.withLock { c in c.transfers = c.transfers.filter { $0.dayOff != dayOff } + [transfer] }
    }
    public func allVisitSettings() async throws -> [String: VisitSettings] { changes.withLock { $0.visits } }
    public func setVisitSettings(officeSlug: String, _ s: VisitSettings, actor: String, now: Date) async throws {
        changes.withLock { $0.visits[officeSlug] = s }
    }
}

public final class FakeBookings: BookingStore {
    public init() {}
    public struct State {
        public var seats: [String: Int] = [:]            // "office|service|start" → taken
        public var bookings: [Booking] = []
        public var tokens: [String: String] = [:]        // code → manage token
        public var names: [UUID: String] = [:]           // client → name
        public var outbox: [OutboxMessage] = []
        public var persons: [UUID: String] = [:]  // booking → who (the person key's stand-in)
        public var personKeys: [UUID: String] = [:]  // booking → the request's person key, as stored
    }
    public let state = Mutex(State())

    public var outbox: [OutboxMessage] { state.withLock { $0.outbox } }

    private static func key(_ office: String, _ service: String, _ start: Date) -> String { "\(office)|\(service)|\(start.timeIntervalSince1970)" }

    public func booked(officeSlug: String, serviceSlug: String, from: Date, to: Date) async throws -> [Date: Int] {
        state.withLock { s in
            var result: [Date: Int] = [:]
            for b in s.bookings where b.officeSlug == officeSlug && b.serviceSlug == serviceSlug && b.status == .active
                && b.start >= from && b.start < to { result[b.start, default: 0] += 1 }
            return result
        }
    }

    public func book(_ request: BookingRequest, slot: Slot, code: String?, manageToken: String, now: Date, perContact: Int,
              actor: String?, priorityPass: String?,
              messages: @escaping @Sendable (Booking) -> [OutboxMessage]) async throws -> Booking {
        try state.withLock { s in
            let k = Self.key(request.officeSlug, request.serviceSlug, slot.start)
            guard s.seats[k, default: 0] < slot.capacity else { throw BookingFailure.slotFull }
            // One booking per person and service that still holds its place (BookingLifecycle).
            let person: String
            switch request.identity {
            case .personalCode(let code): person = code.digits
            case .foreigner(let born, let document): person = "\(born)|\(document)"
            }
            guard !s.bookings.contains(where: { BookingLifecycle.holdsPlace($0.status, start: $0.start, now: now)
                && $0.serviceSlug == request.serviceSlug && s.persons[$0.id] == person }) else {
                throw BookingFailure.secondActiveBooking
            }
            let client = UUID()
            let b = Booking(id: UUID(), code: code ?? BookingCode.generate(), officeSlug: request.officeSlug,
                            serviceSlug: request.serviceSlug, start: slot.start, end: slot.end, clientID: client,
                            phone: request.phone, email: request.email, language: request.language,
                            interpreter: request.interpreter, status: .active, createdAt: now)
            s.seats[k, default: 0] += 1
            s.bookings.append(b)
            s.persons[b.id] = person
            s.personKeys[b.id] = request.personKey
            s.tokens[b.code] = manageToken
            s.names[client] = "\(request.name) \(request.surname)"
            s.outbox += messages(b)
            return b
        }
    }

    public func booking(code: String, manageToken: String) async throws -> Booking? {
        state.withLock { s in s.tokens[code] == manageToken ? s.bookings.first { $0.code == code } : nil }
    }
    public func activeBooking(code: String) async throws -> (booking: Booking, personKey: String)? {
        state.withLock { s in
            s.bookings.first { $0.code == BookingCode.normalise(code) && $0.status == .active }
                .map { ($0, s.personKeys[$0.id] ?? "") }
        }
    }
    public func booking(manageToken: String) async throws -> Booking? {
        state.withLock { s in s.tokens.first { $0.value == manageToken }.flatMap { t in s.bookings.first { $0.code == t.key } } }
    }

    public func reschedule(code: String, manageToken: String, to slot: Slot, now: Date,
                    messages: @escaping @Sendable (Booking, String) -> [OutboxMessage]) async throws -> Booking {
        try state.withLock { s in
            guard s.tokens[code] == manageToken, let i = s.bookings.firstIndex(where: { $0.code == code && $0.status == .active })
            else { throw BookingFailure.notFound }
            let old = s.bookings[i]
            let k = Self.key(old.officeSlug, old.serviceSlug, slot.start)
            guard s.seats[k, default: 0] < slot.capacity else { throw BookingFailure.slotFull }
            s.seats[k, default: 0] += 1
            s.seats[Self.key(old.officeSlug, old.serviceSlug, old.start), default: 1] -= 1
            let moved = Booking(id: old.id, code: old.code, officeSlug: old.officeSlug, serviceSlug: old.serviceSlug,
                                start: slot.start, end: slot.end, clientID: old.clientID, phone: old.phone, email: old.email,
                                language: old.language, interpreter: old.interpreter, status: .active, createdAt: old.createdAt)
            s.bookings[i] = moved
            s.outbox += messages(moved, s.names[old.clientID] ?? "")
            return moved
        }
    }

    public func renewManageToken(bookingID: UUID, offices: Set<String>?, manageToken: String, actor: String, now: Date,
                          messages: @escaping @Sendable (Booking, String) -> [OutboxMessage]) async throws -> Booking {
        try state.withLock { s in
            guard let b = s.bookings.first(where: { $0.id == bookingID && $0.status == .active }),
                  offices.map({ $0.contains(b.officeSlug) }) ?? true else { throw BookingFailure.notFound }
            s.tokens[b.code] = manageToken
            s.outbox += messages(b, s.names[b.clientID] ?? "")
            return b
        }
    }

    public func activeDays(officeSlug: String, from: LocalDate) async throws -> Set<LocalDate> {
        state.withLock { s in
            Set(s.bookings.filter { $0.officeSlug == officeSlug && $0.status == .active && RigaTime.date(of: $0.start) >= from }
                .map { RigaTime.date(of: $0.start) })
        }
    }

    public func active(on date: LocalDate, officeSlug: String?) async throws -> [(Booking, String)] {
        state.withLock { s in
            s.bookings.filter { RigaTime.date(of: $0.start) == date && $0.status == .active
                && (officeSlug == nil || $0.officeSlug == officeSlug) }.map { ($0, s.names[$0.clientID] ?? "") }
        }
    }

    public func enqueue(_ messages: [OutboxMessage], now: Date) async throws { state.withLock { $0.outbox += messages } }

    public func cancel(code: String, manageToken: String, now: Date,
                       messages: @escaping @Sendable (Booking, _ clientName: String) -> [OutboxMessage]) async throws {
        guard try await booking(code: code, manageToken: manageToken) != nil else { throw BookingFailure.notFound }
        try setStatus(.cancelled, code: code, office: nil)
        notify(code, messages)
    }
    public func cancel(code: String, officeSlug: String, actor: String, now: Date,
                       messages: @escaping @Sendable (Booking, _ clientName: String) -> [OutboxMessage]) async throws {
        try setStatus(.cancelled, code: code, office: officeSlug)
        notify(code, messages)
    }
    private func notify(_ code: String, _ messages: (Booking, String) -> [OutboxMessage]) {
        state.withLock { s in
            guard let b = s.bookings.first(where: { $0.code == code }) else { return }
            s.outbox += messages(b, s.names[b.clientID] ?? "")
        }
    }
    public func markNoShow(code: String, officeSlug: String, actor: String, now: Date) async throws {
        try setStatus(.noShow, code: code, office: officeSlug)
    }
    public func day(officeSlug: String, date: LocalDate, by reader: ClientReader, now: Date) async throws -> [Appointment] { [] }

    private func setStatus(_ status: Booking.Status, code: String, office: String?) throws {
        try state.withLock { s in
            guard let i = s.bookings.firstIndex(where: { $0.code == code && $0.status == .active
                && (office == nil || $0.officeSlug == office) }) else { throw BookingFailure.notFound }
            let b = s.bookings[i]
            s.seats[Self.key(b.officeSlug, b.serviceSlug, b.start), default: 1] -= 1
            s.bookings[i] = Booking(id: b.id, code: b.code, officeSlug: b.officeSlug, serviceSlug: b.serviceSlug, start: b.start,
                                    end: b.end, clientID: b.clientID, phone: b.phone, email: b.email, language: b.language,
                                    interpreter: b.interpreter, status: status, createdAt: b.createdAt)
        }
    }
}

/// The use cases' links in tests: the real `PublicLinks` (a pure value) at an example address —
/// nothing to fake.
public typealias FakeLinks = PublicLinks

extension PublicLinks {
    public init() { self.init(base: "https://apkalpe.example") }
}

/// A queue in memory: numbers per service, the call order by check-in time (enough for the
/// use cases' own logic; the CallOrder rule has its Domain tests and the SQL its storage tests).
public final class FakeQueue: QueueStore {
    public init() {}
    public let entries = Mutex<[QueueEntry]>([])

    public func add(_ service: String, office: String = "ogre", number: String, at time: Date) {
        entries.withLock {
            $0.append(QueueEntry(id: UUID(), officeSlug: office, serviceSlug: service, day: RigaTime.date(of: time),
                                 number: number, kind: .walkIn, status: .waiting, appointmentStart: nil, bookingID: nil,
                                 checkedInAt: time, calledAt: nil, startedAt: nil, finishedAt: nil, counter: nil, recalls: 0))
        }
    }

    public func issueTicket(officeSlug: String, serviceSlug: String, prefix: String, quota: Int?, now: Date) async throws -> QueueEntry {
        let n = entries.withLock { $0.count } + 1
        add(serviceSlug, office: officeSlug, number: "\(prefix)\(n)", at: now)
        return entries.withLock { $0.last! }
    }
    public func bookingForCheckIn(code: String, officeSlug: String) async throws -> Booking? { nil }
    public func checkIn(bookingID: UUID, prefix: String, now: Date) async throws -> (QueueEntry, Bool) { throw QueueFailure.unknownBooking }

    public func callNext(officeSlug: String, counter: String, services: Set<String>, staffUserID: UUID?, order: CallOrder,
                  now: Date) async throws -> QueueEntry? {
        entries.withLock { all in
            guard let i = all.indices.filter({ all[$0].status == .waiting && services.contains(all[$0].serviceSlug) })
                .min(by: { all[$0].checkedInAt < all[$1].checkedInAt }) else { return nil }
            all[i] = Self.with(all[i], status: .called, counter: counter)
            return all[i]
        }
    }

    public func act(_ action: QueueAction, entryID: UUID, officeSlug: String, counter: String?, transferTo service: String?,
             idChecked: Bool?, staffUserID: UUID?, now: Date) async throws -> QueueEntry {
        try entries.withLock { all in
            guard let i = all.firstIndex(where: { $0.id == entryID && $0.officeSlug == officeSlug }) else {
                throw QueueFailure.notFound
            }
            guard let to = action.next(from: all[i].status, recalls: all[i].recalls) else { throw QueueFailure.illegalTransition }
            all[i] = Self.with(all[i], status: to, counter: counter)
            return all[i]
        }
    }

    public func waiting(officeSlug: String, day: LocalDate) async throws -> [String: Int] {
        entries.withLock { Dictionary(grouping: $0.filter { $0.status == .waiting }, by: \.serviceSlug).mapValues(\.count) }
    }
    public func stillWaiting(officeSlug: String, day: LocalDate) async throws -> Int {
        entries.withLock { $0.filter { $0.status == .waiting || $0.status == .parked }.count }
    }
    public func closeQueue(officeSlug: String, rule: ClosingRule, actor: String, now: Date) async throws
        -> [(entry: QueueEntry, token: String, expiresAt: Date)] { [] }
    public func recentCalls(officeSlug: String, day: LocalDate, limit: Int) async throws -> [QueueEntry] {
        entries.withLock { Array($0.filter { $0.officeSlug == officeSlug && $0.status == .called }.reversed().prefix(limit)) }
    }
    public func atCounter(officeSlug: String, counter: String, day: LocalDate) async throws -> (current: [QueueEntry], parked: [QueueEntry]) {
        entries.withLock { all in
            let mine = all.filter { $0.officeSlug == officeSlug && $0.counter == counter }
            return (mine.filter { $0.status == .called || $0.status == .serving }, mine.filter { $0.status == .parked })
        }
    }
    public func recordEmergency(officeSlug: String, counter: String, actor: String, actorID: UUID, actorName: String,
                         messages: [OutboxMessage], now: Date) async throws {}
    public func entries(officeSlug: String, from: LocalDate, through: LocalDate) async throws -> [QueueEntry] {
        entries.withLock { $0.filter { $0.officeSlug == officeSlug && $0.day >= from && $0.day <= through } }
    }
    public func entry(id: UUID) async throws -> QueueEntry? { entries.withLock { $0.first { $0.id == id } } }
    public func openAlerts(offices: Set<String>?) async throws -> [EmergencyAlert] { [] }
    public func acknowledge(alert id: UUID, officeSlugs: Set<String>?, by user: UUID, now: Date) async throws -> Bool { false }

    public static func with(_ e: QueueEntry, status: QueueEntry.Status, counter: String?) -> QueueEntry {
        QueueEntry(id: e.id, officeSlug: e.officeSlug, serviceSlug: e.serviceSlug, day: e.day, number: e.number, kind: e.kind,
                   status: status, appointmentStart: e.appointmentStart, bookingID: e.bookingID, checkedInAt: e.checkedInAt,
                   calledAt: e.calledAt, startedAt: e.startedAt, finishedAt: e.finishedAt, counter: counter,
                   recalls: e.recalls, clientID: e.clientID)
    }
}

/// Remembers what the waiting-room displays were told.
public final class FakeDisplays: DisplayAnnouncer {
    public init() {}
    public let told = Mutex<[(String, QueueAction?)]>([])
    public func announce(_ entry: QueueEntry, action: QueueAction?, now: Date) {
        told.withLock { $0.append((entry.number, action)) }
    }
}
