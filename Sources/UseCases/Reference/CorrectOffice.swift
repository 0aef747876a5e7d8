import Domain
import Foundation

/// What an administrator changes on an office (issue 13): every field optional — absent leaves
/// the value as it is; an empty text clears an optional one. Times are typed as on a timetable
/// (`09:00-12:00, 13:00-16:30`), one text per weekday; an empty text closes that weekday.
public struct OfficeChange: Sendable, Equatable {
    public var nameLv: String?
    public var nameEn: String?
    public var street: String?
    public var city: String?
    public var postalCode: String?
    public var phone: String?
    public var email: String?
    public var accessibilityLv: String?
    public var accessibilityEn: String?
    public var accessibilityFeatures: [String]?
    /// By weekday (1 = Monday … 7 = Sunday); a weekday not given keeps its hours.
    public var hours: [Int: String]?
    /// `HH:MM`; empty: the default (one hour earlier, Labour Law §135).
    public var preHolidayClosing: String?
    /// Desks per service slug; 0: the office does not offer the service.
    public var desks: [String: Int]?
    public var active: Bool?
    /// Fields an administrator vouches for: their "unverified" mark is cleared (a recorded act).
    public var verified: [String]?

    public init() {}
}

extension ChangeReferenceData {
    /// Corrects an office's published details (I-CONTACTS, I-ACCESS, C-HOURS, I-PREHOLIDAY): checked
    /// by OfficeDetailsRule, saved and audited in one transaction; when the week, the desks or the
    /// office's being open change, every client whose appointment no longer fits is told (I-BOOK).
    /// Returns the office as saved and how many clients were told.
    public func correctOffice(_ slug: String, _ change: OfficeChange) async throws -> (office: Office, clientsTold: Int) {
        guard let old = try await reference.office(slug: slug) else {
            throw ReferenceProblem(fields: [.init("office", .unknownOffice)])
        }
        var problems: [ReferenceProblem.Field] = []
        var office = old
        func clean(_ text: String?) -> String?? {
            guard let text else { return .none }
            let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return .some(t.isEmpty ? nil : t)
        }
        if let lv = clean(change.nameLv) { office.name = LocalizedText(lv: lv ?? "", en: office.name.en) }
        if let en = clean(change.nameEn) { office.name = LocalizedText(lv: office.name.lv, en: en) }
        if let v = clean(change.street) { office.street = v }
        if let v = clean(change.city) { office.city = v }
        if let v = clean(change.postalCode) { office.postalCode = v?.uppercased() }
        if let v = clean(change.phone) {
            // Spaces and +371 are how people type a number; it is kept as eight digits.
            office.phone = v.map { OfficeDetailsRule.phone($0) ?? $0 }
        }
        if let v = clean(change.email) { office.email = v }
        if change.accessibilityLv != nil || change.accessibilityEn != nil {
            let lv = clean(change.accessibilityLv) ?? office.accessibility?.lv
            let en = clean(change.accessibilityEn) ?? office.accessibility?.en
            office.accessibility = lv.map { LocalizedText(lv: $0, en: en) }
            if lv == nil && en != nil { problems.append(.init("accessibilityLv", .required)) }
        }
        if let names = change.accessibilityFeatures {
            let features = names.compactMap(AccessibilityFeature.init(rawValue:))
            if features.count != names.count { problems.append(.init("accessibilityFeatures", .outOfRange)) }
            office.accessibilityFeatures = Set(features)
        }
        var days = old.weeklyHours.days
        for (number, text) in (change.hours ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let weekday = Weekday(rawValue: number) else {
                problems.append(.init("hours", .outOfRange))
                continue
            }
            guard let ranges = TimeRange.parseList(text) else {
                problems.append(.init("hours\(number)", .badRanges))
                continue
            }
            days[weekday] = ranges
        }
        var closing = old.weeklyHours.preHolidayClosing
        if let text = clean(change.preHolidayClosing) {
            if let text {
                if let time = TimeOfDay(text: text) { closing = time } else { problems.append(.init("preHolidayClosing", .badTime)) }
            } else {
                closing = nil
            }
        }
        office.weeklyHours = WeeklyHours(days, preHolidayClosing: closing)
        let services = Set(try await reference.services().map(\.slug))
        if let desks = change.desks {
            for (slug, count) in desks { office.desks[slug] = count }
        }
        if let active = change.active { office.active = active }
        if let names = change.verified {
            let fields = names.compactMap(Office.Field.init(rawValue:))
            if fields.count != names.count { problems.append(.init("verified", .outOfRange)) }
            office.unverified.subtract(fields)
        }
        problems += OfficeDetailsRule.check(office, services: services).map { .init($0.name, .init($0.issue)) }
        guard problems.isEmpty else { throw ReferenceProblem(fields: problems) }
        guard office != old else { return (old, 0) }
        try await reference.updateOffice(office, actor: actor, now: now)
        let scheduleChanged = office.weeklyHours != old.weeklyHours || office.active != old.active
            || office.desks.filter({ $0.value > 0 }) != old.desks.filter({ $0.value > 0 })
        guard scheduleChanged else { return (office, 0) }
        var told = 0
        for day in try await notify.bookings.activeDays(officeSlug: office.slug, from: RigaTime.date(of: now)).sorted() {
            told += try await notify(date: day, officeSlug: office.slug)
        }
        return (office, told)
    }
}

extension ChangeReferenceData {
    /// Adds a territorial division the seed does not have (FACTS.md §7 names 26 of PMLP's 29). It
    /// starts inactive, with no hours and no desks, every value marked unverified: clients see it
    /// once an administrator has given it hours and desks and made it active.
    public func addOffice(slug: String, nameLv: String, nameEn: String?, city: String?) async throws -> Office {
        var problems: [ReferenceProblem.Field] = []
        let slug = slug.trimmingCharacters(in: .whitespaces).lowercased()
        if !OfficeDetailsRule.isSlug(slug) {
            problems.append(.init("slug", .outOfRange))
        } else if try await reference.office(slug: slug) != nil {
            problems.append(.init("slug", .taken))
        }
        func clean(_ text: String?) -> String? {
            let t = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return t.isEmpty ? nil : t
        }
        let offices = try await reference.offices()
        let office = Office(slug: slug, kind: .division, name: LocalizedText(lv: clean(nameLv) ?? "", en: clean(nameEn)),
                            city: clean(city), unverified: Set(Office.Field.allCases),
                            sortOrder: (offices.map(\.sortOrder).max() ?? 0) + 1, active: false)
        problems += OfficeDetailsRule.check(office, services: []).map { .init($0.name, .init($0.issue)) }
        guard problems.isEmpty else { throw ReferenceProblem(fields: problems) }
        try await reference.addOffice(office, actor: actor, now: now)
        return office
    }
}
