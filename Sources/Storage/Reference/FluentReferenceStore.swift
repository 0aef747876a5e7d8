import Domain
import Fluent
import Foundation

/// `ReferenceStore` on Fluent: the same queries on SQLite and PostgreSQL.
public struct FluentReferenceStore: ReferenceStore {
    let db: any Database

    public init(db: any Database) { self.db = db }

    public func services() async throws -> [Service] {
        let models = try await ServiceModel.query(on: db).with(\.$fees).sort(\.$sortOrder).sort(\.$slug).all()
        return models.map { $0.toDomain(fees: $0.fees) }
    }

    public func service(slug: String) async throws -> Service? {
        guard let m = try await ServiceModel.query(on: db).filter(\.$slug == slug).with(\.$fees).first() else {
            return nil
        }
        return m.toDomain(fees: m.fees)
    }

    public func offices() async throws -> [Office] {
        let models = try await OfficeModel.query(on: db).with(\.$hours).with(\.$desks) { $0.with(\.$service) }
            .sort(\.$sortOrder).sort(\.$slug).all()
        return models.map(Self.office)
    }

    public func office(slug: String) async throws -> Office? {
        try await OfficeModel.query(on: db).filter(\.$slug == slug).with(\.$hours)
            .with(\.$desks) { $0.with(\.$service) }.first().map(Self.office)
    }

    private static func office(_ m: OfficeModel) -> Office {
        var desks: [String: Int] = [:]
        for d in m.desks { desks[d.service.slug] = d.desks }
        return m.toDomain(hours: m.hours, desks: desks)
    }

    public func exceptions(officeSlug: String, from: LocalDate, through: LocalDate) async throws -> [OfficeException] {
        guard let office = try await OfficeModel.query(on: db).filter(\.$slug == officeSlug).first(),
              let id = office.id else { return [] }
        return try await OfficeExceptionModel.query(on: db)
            .filter(\.$office.$id == id)
            .filter(\.$date >= from.description).filter(\.$date <= through.description)
            .sort(\.$date).all()
            .compactMap { $0.toDomain() }
    }

    public func treasuryAccounts() async throws -> [TreasuryAccount] {
        try await TreasuryAccountModel.query(on: db).sort(\.$code).all().compactMap { $0.toDomain() }
    }

    public func calendarAdjustments() async throws -> CalendarAdjustments {
        var result = CalendarAdjustments()
        for row in try await CalendarAdjustmentModel.query(on: db).sort(\.$date).all() {
            guard let date = LocalDate(iso: row.date) else { continue }
            switch CalendarAdjustmentModel.Kind(rawValue: row.kind) {
            case .transfer:
                if let sat = row.workingSaturday.flatMap(LocalDate.init(iso:)) {
                    result.transfers.append(.init(dayOff: date, workingSaturday: sat))
                }
            case .oneOffHoliday:
                result.oneOffHolidays.append(PublicHoliday(date: date, kind: .oneOff,
                                                           name: LocalizedText(lv: row.nameLv ?? "", en: row.nameEn)))
            case .songFestivalClosing:
                result.songFestivalClosingDays.append(date)
            case nil:
                continue
            }
        }
        return result
    }

    // MARK: - Writes used by administrators (and tests) — each in one transaction.

    /// Adds or replaces the exception of an office on one date.
    public func setException(officeSlug: String, _ exception: OfficeException, actor: String,
                             now: Date = Date()) async throws {
        try await db.referenceWrite { tx in
            guard let office = try await OfficeModel.query(on: tx).filter(\.$slug == officeSlug).first(),
                  let id = office.id else { throw StorageError.notFound("office \(officeSlug)") }
            let previous = try await OfficeExceptionModel.query(on: tx).filter(\.$office.$id == id)
                .filter(\.$date == exception.date.description).first()
            try await OfficeExceptionModel.query(on: tx).filter(\.$office.$id == id)
                .filter(\.$date == exception.date.description).delete()
            func describe(_ m: OfficeExceptionModel?) -> String? {
                m.map { "date=\($0.date) kind=\($0.kind) ranges=\($0.ranges) reason=\($0.reasonLv ?? "-")" }
            }
            let m = OfficeExceptionModel()
            m.$office.id = id
            m.date = exception.date.description
            m.kind = exception.kind.rawValue
            m.ranges = TimeRange.format(exception.ranges)
            m.reasonLv = exception.reason?.lv
            m.reasonEn = exception.reason?.en
            try await m.create(on: tx)
            try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "office_exception",
                                        id: "\(officeSlug)/\(exception.date)", action: previous == nil ? "create" : "update",
                                        before: describe(previous), after: describe(m))
        }
    }

    /// Replaces an office's details, weekly hours and desks in one transaction; the audit trail keeps
    /// the office before and after, and a cleared "unverified" mark is its own entry (`verify`):
    /// someone vouched for the value (issue 13).
    public func updateOffice(_ office: Office, actor: String, now: Date = Date()) async throws {
        try await db.referenceWrite { tx in
            guard let m = try await OfficeModel.query(on: tx).filter(\.$slug == office.slug).with(\.$hours)
                .with(\.$desks, { $0.with(\.$service) }).first(), let id = m.id else {
                throw StorageError.notFound("office \(office.slug)")
            }
            let old = Self.office(m)
            m.apply(office)
            try await m.update(on: tx)
            if old.weeklyHours.days != office.weeklyHours.days {
                try await OfficeHoursModel.query(on: tx).filter(\.$office.$id == id).delete()
                for (day, ranges) in office.weeklyHours.days {
                    for r in ranges {
                        try await OfficeHoursModel(officeID: id, weekday: day.rawValue, opens: r.open.minutes,
                                                   closes: r.close.minutes).create(on: tx)
                    }
                }
            }
            if old.desks.filter({ $0.value > 0 }) != office.desks.filter({ $0.value > 0 }) {
                let services = try await ServiceModel.query(on: tx).all()
                try await OfficeServiceModel.query(on: tx).filter(\.$office.$id == id).delete()
                for (slug, count) in office.desks.sorted(by: { $0.key < $1.key }) where count > 0 {
                    guard let serviceID = services.first(where: { $0.slug == slug })?.id else {
                        throw StorageError.notFound("service \(slug)")
                    }
                    try await OfficeServiceModel(officeID: id, serviceID: serviceID, desks: count).create(on: tx)
                }
            }
            try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "office", id: office.slug, action: "update",
                                        before: Self.describe(old), after: Self.describe(office))
            let vouched = old.unverified.subtracting(office.unverified)
            if !vouched.isEmpty {
                try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "office", id: office.slug, action: "verify",
                                            before: "unverified=\(old.unverified.map(\.rawValue).sorted().joined(separator: ","))",
                                            after: "verified=\(vouched.map(\.rawValue).sorted().joined(separator: ","))")
            }
        }
    }

    public func addOffice(_ office: Office, actor: String, now: Date = Date()) async throws {
        try await db.referenceWrite { tx in
            let m = OfficeModel()
            m.apply(office)
            try await m.create(on: tx)
            guard let id = m.id else { throw StorageError.notFound("office \(office.slug)") }
            for (day, ranges) in office.weeklyHours.days {
                for r in ranges {
                    try await OfficeHoursModel(officeID: id, weekday: day.rawValue, opens: r.open.minutes, closes: r.close.minutes).create(on: tx)
                }
            }
            try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "office", id: office.slug, action: "create",
                                        before: nil, after: Self.describe(office))
        }
    }

    static func describe(_ o: Office) -> String {
        let hours = Weekday.allCases.compactMap { w -> String? in
            let r = o.weeklyHours.ranges(on: w)
            return r.isEmpty ? nil : "\(w.rawValue):\(TimeRange.format(r))"
        }.joined(separator: " ")
        let desks = o.desks.filter { $0.value > 0 }.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: ",")
        return "name=\(o.name.lv)/\(o.name.en ?? "-") address=\(o.addressLine ?? "-") phone=\(o.phone ?? "-") email=\(o.email ?? "-") "
            + "accessibility=\(o.accessibility?.lv ?? "-") features=\(o.accessibilityFeatures.map(\.rawValue).sorted().joined(separator: ",")) "
            + "hours=\(hours) pre-holiday-close=\(o.weeklyHours.preHolidayClosing?.description ?? "-") desks=\(desks) "
            + "active=\(o.active) unverified=\(o.unverified.map(\.rawValue).sorted().joined(separator: ","))"
    }

    /// Replaces a service's details and its fee periods in one transaction, audited before and
    /// after (FACTS.md §5: a dated fee keeps the earlier amount for earlier dates).
    public func updateService(_ service: Service, actor: String, now: Date = Date()) async throws {
        try await db.referenceWrite { tx in
            guard let m = try await ServiceModel.query(on: tx).filter(\.$slug == service.slug).with(\.$fees).first(),
                  let id = m.id else { throw StorageError.notFound("service \(service.slug)") }
            let old = m.toDomain(fees: m.fees)
            m.apply(service)
            try await m.update(on: tx)
            if old.fees != service.fees {
                try await ServiceFeeModel.query(on: tx).filter(\.$service.$id == id).delete()
                for (i, fee) in service.fees.enumerated() {
                    try await ServiceFeeModel(serviceID: id, fee: fee, sortOrder: i).create(on: tx)
                }
            }
            try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "service", id: service.slug, action: "update",
                                        before: Self.describe(old), after: Self.describe(service))
        }
    }

    static func describe(_ s: Service) -> String {
        let fees = s.fees.map { f in
            "\(f.category.rawValue)\(f.expedited ? "/expedited" : "")\(f.term.map { "/\($0.count)\($0.unit.rawValue)" } ?? "")"
                + "=\(f.amount?.decimalString ?? "unconfirmed")\(f.validFrom.map { "@\($0)" } ?? "")"
        }.joined(separator: ",")
        return "name=\(s.name.lv)/\(s.name.en ?? "-") channels=\(s.channels.map(\.rawValue).joined(separator: ",")) "
            + "appointment=\(s.needsAppointment) id=\(s.needsIdentityDocument) desk-minutes=\(s.deskMinutes) fees=\(fees)"
    }

    public func agencyContacts() async throws -> AgencyContacts {
        try await AgencyContactsModel.query(on: db).first()?.domain ?? .seed
    }

    public func setAgencyContacts(_ contacts: AgencyContacts, actor: String, now: Date = Date()) async throws {
        try await db.referenceWrite { tx in
            let m = try await AgencyContactsModel.query(on: tx).first() ?? AgencyContactsModel(.seed)
            let before = m.domain
            m.apply(contacts)
            try await m.save(on: tx)
            func describe(_ c: AgencyContacts) -> String {
                "phone=\(c.phone) email=\(c.email) address=\(c.postalAddress) facebook=\(c.facebookURL ?? "-") twitter=\(c.twitterURL ?? "-")"
            }
            try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "agency_contacts", id: "agency", action: "update",
                                        before: describe(before), after: describe(contacts))
        }
    }

    public func addTransfer(_ transfer: CalendarAdjustments.Transfer, reason: String? = nil, actor: String,
                            now: Date = Date()) async throws {
        try await db.referenceWrite { tx in
            let m = CalendarAdjustmentModel()
            m.kind = CalendarAdjustmentModel.Kind.transfer.rawValue
            m.date = transfer.dayOff.description
            m.workingSaturday = transfer.workingSaturday.description
            try await m.create(on: tx)
            try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "calendar", id: m.date, action: "add-transfer",
                                        before: nil, after: "day-off=\(transfer.dayOff) working-saturday=\(transfer.workingSaturday)"
                                            + (reason.map { " reason=\($0)" } ?? ""))
        }
    }

    public func addSongFestivalDay(_ date: LocalDate, actor: String, now: Date = Date()) async throws {
        try await db.referenceWrite { tx in
            let m = CalendarAdjustmentModel()
            m.kind = CalendarAdjustmentModel.Kind.songFestivalClosing.rawValue
            m.date = date.description
            try await m.create(on: tx)
            try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "calendar", id: m.date, action: "add-festival-day",
                                        before: nil, after: "date=\(date)")
        }
    }

    public func addOneOffHoliday(_ holiday: PublicHoliday, actor: String, now: Date = Date()) async throws {
        try await db.referenceWrite { tx in
            // A holiday on a date that has one is its correction (the page's "edit"): the name changes.
            let kind = CalendarAdjustmentModel.Kind.oneOffHoliday.rawValue
            let previous = try await CalendarAdjustmentModel.query(on: tx).filter(\.$kind == kind)
                .filter(\.$date == holiday.date.description).first()
            let before = previous.map(Self.describe)
            let m = previous ?? CalendarAdjustmentModel()
            m.kind = kind
            m.date = holiday.date.description
            m.nameLv = holiday.name.lv
            m.nameEn = holiday.name.en
            try await m.save(on: tx)
            try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "calendar", id: m.date,
                                        action: previous == nil ? "add-holiday" : "update-holiday",
                                        before: before, after: "date=\(holiday.date) name=\(holiday.name.lv)")
        }
    }
}

/// Storage's name for the Domain error its stores throw.
public typealias StorageError = StoreError
