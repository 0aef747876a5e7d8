import Domain
import Fluent

/// Issue 13: FACTS.md §3 was corrected with 2025's transferred working days (2 May → Sat 10 May,
/// 17 Nov → Sat 8 Nov). A fresh database gets them from the seed (`CalendarAdjustments.enacted`);
/// a database seeded before the correction gets them here, unless an administrator already
/// entered them. An unseeded database is left to the seed, so nothing is written twice.
struct AddTransfers2025: AsyncMigration {
    var name: String { "0013_AddTransfers2025" }

    static let transfers = [
        (dayOff: "2025-05-02", saturday: "2025-05-10"),
        (dayOff: "2025-11-17", saturday: "2025-11-08"),
    ]

    func prepare(on db: any Database) async throws {
        guard try await SeedRunModel.query(on: db).first() != nil else { return }
        for t in Self.transfers {
            let present = try await CalendarAdjustmentModel.query(on: db)
                .filter(\.$kind == CalendarAdjustmentModel.Kind.transfer.rawValue).filter(\.$date == t.dayOff).first()
            guard present == nil else { continue }
            let m = CalendarAdjustmentModel()
            m.kind = CalendarAdjustmentModel.Kind.transfer.rawValue
            m.date = t.dayOff
            m.workingSaturday = t.saturday
            try await m.create(on: db)
        }
    }

    func revert(on db: any Database) async throws {
        for t in Self.transfers {
            try await CalendarAdjustmentModel.query(on: db).filter(\.$kind == CalendarAdjustmentModel.Kind.transfer.rawValue)
                .filter(\.$date == t.dayOff).delete()
        }
    }
}
