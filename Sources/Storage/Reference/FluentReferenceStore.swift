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
        try await db.writeTransaction { tx in
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

    /// Updates an office's contact and accessibility fields and its weekly hours.
    public func updateOffice(_ office: Office, actor: String, now: Date = Date()) async throws {
        try await db.writeTransaction { tx in
            guard let m = try await OfficeModel.query(on: tx).filter(\.$slug == office.slug).with(\.$hours).first(),
                  let id = m.id else { throw StorageError.notFound("office \(office.slug)") }
            let before = Self.describe(m.toDomain(hours: m.hours, desks: [:]))
            m.apply(office)
            try await m.update(on: tx)
            try await OfficeHoursModel.query(on: tx).filter(\.$office.$id == id).delete()
            for (day, ranges) in office.weeklyHours.days {
                for r in ranges {
                    try await OfficeHoursModel(officeID: id, weekday: day.rawValue, opens: r.open.minutes,
                                               closes: r.close.minutes).create(on: tx)
                }
            }
            try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "office", id: office.slug, action: "update",
                                        before: before, after: Self.describe(office))
        }
    }

    static func describe(_ o: Office) -> String {
        let hours = Weekday.allCases.compactMap { w -> String? in
            let r = o.weeklyHours.ranges(on: w)
            return r.isEmpty ? nil : "\(w.rawValue):\(TimeRange.format(r))"
        }.joined(separator: " ")
        return "name=\(o.name.lv) address=\(o.addressLine ?? "-") phone=\(o.phone ?? "-") email=\(o.email ?? "-") "
            + "accessibility=\(o.accessibility?.lv ?? "-") hours=\(hours)"
    }

    public func addTransfer(_ transfer: CalendarAdjustments.Transfer, reason: String? = nil, actor: String,
                            now: Date = Date()) async throws {
        try await db.writeTransaction { tx in
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
        try await db.writeTransaction { tx in
            let m = CalendarAdjustmentModel()
            m.kind = CalendarAdjustmentModel.Kind.songFestivalClosing.rawValue
            m.date = date.description
            try await m.create(on: tx)
            try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "calendar", id: m.date, action: "add-festival-day",
                                        before: nil, after: "date=\(date)")
        }
    }

    public func addOneOffHoliday(_ holiday: PublicHoliday, actor: String, now: Date = Date()) async throws {
        try await db.writeTransaction { tx in
            let m = CalendarAdjustmentModel()
            m.kind = CalendarAdjustmentModel.Kind.oneOffHoliday.rawValue
            m.date = holiday.date.description
            m.nameLv = holiday.name.lv
            m.nameEn = holiday.name.en
            try await m.create(on: tx)
            try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "calendar", id: m.date, action: "add-holiday",
                                        before: nil, after: "date=\(holiday.date) name=\(holiday.name.lv)")
        }
    }
}

/// Storage's name for the Domain error its stores throw.
public typealias StorageError = StoreError
