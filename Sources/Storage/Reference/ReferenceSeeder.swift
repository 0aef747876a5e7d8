import Domain
import Fluent
import Foundation

/// Writes PMLP's reference data once. Each seed set is recorded in `seed_runs`, so a second
/// start adds nothing and an administrator's edits (or deletions) survive restarts.
public struct ReferenceSeeder: Sendable {
    public static let baseKey = "0001-pmlp-reference"

    public init() {}

    /// Returns true when it wrote the seed, false when it had been applied before.
    @discardableResult
    public func run(on db: any Database, now: Date = Date()) async throws -> Bool {
        try await db.referenceWrite { tx in
            if try await SeedRunModel.query(on: tx).filter(\.$key == Self.baseKey).first() != nil { return false }
            try await Self.writeBase(on: tx)
            try await SeedRunModel(key: Self.baseKey, appliedAt: now).create(on: tx)
            return true
        }
    }

    private static func writeBase(on db: any Database) async throws {
        for account in PMLPSeed.treasuryAccounts {
            try await TreasuryAccountModel(account).create(on: db)
        }
        var serviceIDs: [String: UUID] = [:]
        for service in PMLPSeed.services {
            let m = ServiceModel()
            m.apply(service)
            try await m.create(on: db)
            serviceIDs[service.slug] = m.id
            for (i, fee) in service.fees.enumerated() {
                try await ServiceFeeModel(serviceID: m.id!, fee: fee, sortOrder: i).create(on: db)
            }
        }
        for office in PMLPSeed.offices {
            let m = OfficeModel()
            m.apply(office)
            try await m.create(on: db)
            for (day, ranges) in office.weeklyHours.days {
                for r in ranges {
                    try await OfficeHoursModel(officeID: m.id!, weekday: day.rawValue, opens: r.open.minutes,
                                               closes: r.close.minutes).create(on: db)
                }
            }
            for (slug, desks) in office.desks {
                guard let serviceID = serviceIDs[slug] else { continue }
                try await OfficeServiceModel(officeID: m.id!, serviceID: serviceID, desks: desks).create(on: db)
            }
        }
        let enacted = CalendarAdjustments.enacted
        let store = FluentReferenceStore(db: db)
        for t in enacted.transfers { try await store.addTransfer(t, actor: "seed") }
        for h in enacted.oneOffHolidays { try await store.addOneOffHoliday(h, actor: "seed") }
        for day in enacted.songFestivalClosingDays {
            let m = CalendarAdjustmentModel()
            m.kind = CalendarAdjustmentModel.Kind.songFestivalClosing.rawValue
            m.date = day.description
            try await m.create(on: db)
        }
    }
}
