import Domain
import Fluent
import SQLKit

/// Issue 13 (FACTS.md §5): a fee applies from a date, and some announced amounts are not
/// confirmed by any source. Adds `valid_from` and `unconfirmed` to the fees, and gives databases
/// seeded before the correction the 2025 and 2026 passport and eID fees (a fresh database gets
/// them from the seed). An unseeded database is left to the seed, so nothing is written twice.
struct FeePeriods: AsyncMigration {
    var name: String { "0016_FeePeriods" }

    func prepare(on db: any Database) async throws {
        try await db.schema("service_fees").field("valid_from", .string).update()
        try await db.schema("service_fees").field("unconfirmed", .bool).update()
        try await Self.addRises(on: db)
    }

    /// The dated fees of the seed, for a database seeded before them (once).
    static func addRises(on db: any Database) async throws {
        guard try await SeedRunModel.query(on: db).first() != nil else { return }
        for service in PMLPSeed.services {
            let dated = service.fees.filter { $0.validFrom != nil }
            guard !dated.isEmpty, let row = try await ServiceModel.query(on: db).filter(\.$slug == service.slug).first(),
                  let id = row.id else { continue }
            let present = try await ServiceFeeModel.query(on: db).filter(\.$service.$id == id).filter(\.$validFrom != nil).count()
            guard present == 0 else { continue }
            let next = try await ServiceFeeModel.query(on: db).filter(\.$service.$id == id).count()
            for (i, fee) in dated.enumerated() {
                try await ServiceFeeModel(serviceID: id, fee: fee, sortOrder: next + i).create(on: db)
            }
        }
    }

    func revert(on db: any Database) async throws {
        try await ServiceFeeModel.query(on: db).filter(\.$validFrom != nil).delete()
        try await db.schema("service_fees").deleteField("unconfirmed").update()
        try await db.schema("service_fees").deleteField("valid_from").update()
    }
}
