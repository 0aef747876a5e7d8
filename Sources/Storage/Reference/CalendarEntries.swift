import Domain
import Fluent
import Foundation

/// What the calendar page lists and takes back (issue 16, item 8): every removal is one
/// transaction with its audit entry, which keeps what the entry was.
extension FluentReferenceStore {
    public func recordedExceptions(from: LocalDate) async throws -> [RecordedException] {
        try await OfficeExceptionModel.query(on: db).with(\.$office)
            .filter(\.$date >= from.description).sort(\.$date).all()
            .compactMap { m in m.toDomain().map { RecordedException(officeSlug: m.office.slug, exception: $0) } }
            .inCalendarOrder
    }

    public func remove(_ entry: CalendarEntry, actor: String, now: Date) async throws -> Bool {
        try await db.referenceWrite { tx in
            switch entry {
            case .exception(let officeSlug, let date):
                guard let office = try await OfficeModel.query(on: tx).filter(\.$slug == officeSlug).first(), let id = office.id,
                      let row = try await OfficeExceptionModel.query(on: tx).filter(\.$office.$id == id)
                        .filter(\.$date == date.description).first() else { return false }
                try await row.delete(on: tx)
                try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "office_exception", id: "\(officeSlug)/\(date)",
                                            action: "delete",
                                            before: "date=\(row.date) kind=\(row.kind) ranges=\(row.ranges) reason=\(row.reasonLv ?? "-")",
                                            after: nil)
                return true
            case .holiday(let date), .transfer(let date), .festivalDay(let date):
                let kind: CalendarAdjustmentModel.Kind, action: String
                switch entry {
                case .holiday: (kind, action) = (.oneOffHoliday, "remove-holiday")
                case .transfer: (kind, action) = (.transfer, "remove-transfer")
                default: (kind, action) = (.songFestivalClosing, "remove-festival-day")
                }
                guard let row = try await CalendarAdjustmentModel.query(on: tx).filter(\.$kind == kind.rawValue)
                    .filter(\.$date == date.description).first() else { return false }
                try await row.delete(on: tx)
                try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "calendar", id: row.date, action: action,
                                            before: Self.describe(row), after: nil)
                return true
            case .releaseRule(let officeSlug, let serviceSlug):
                let office = officeSlug ?? "", service = serviceSlug ?? ""
                guard let row = try await ReleaseRuleModel.query(on: tx).filter(\.$officeSlug == office)
                    .filter(\.$serviceSlug == service).first() else { return false }
                try await row.delete(on: tx)
                try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "release_rule", id: "\(office)/\(service)",
                                            action: "delete", before: row.describe, after: nil)
                return true
            }
        }
    }

    public func replaceTransfer(dayOff: LocalDate, with transfer: CalendarAdjustments.Transfer, reason: String?, actor: String,
                                now: Date) async throws {
        try await db.referenceWrite { tx in
            let kind = CalendarAdjustmentModel.Kind.transfer.rawValue
            guard let row = try await CalendarAdjustmentModel.query(on: tx).filter(\.$kind == kind)
                .filter(\.$date == dayOff.description).first() else { throw StorageError.notFound("transfer \(dayOff)") }
            let before = Self.describe(row)
            row.date = transfer.dayOff.description
            row.workingSaturday = transfer.workingSaturday.description
            try await row.update(on: tx)
            try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "calendar", id: row.date, action: "update-transfer",
                                        before: before, after: Self.describe(row) + (reason.map { " reason=\($0)" } ?? ""))
        }
    }

    static func describe(_ row: CalendarAdjustmentModel) -> String {
        switch CalendarAdjustmentModel.Kind(rawValue: row.kind) {
        case .transfer: "day-off=\(row.date) working-saturday=\(row.workingSaturday ?? "-")"
        case .oneOffHoliday: "date=\(row.date) name=\(row.nameLv ?? "-")"
        case .songFestivalClosing, nil: "date=\(row.date)"
        }
    }
}
