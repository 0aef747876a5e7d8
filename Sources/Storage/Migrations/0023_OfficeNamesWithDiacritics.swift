import Domain
import Fluent
import Foundation
import SQLKit

/// Issue 16, item 9: the English names of the offices are proper names and keep their letters
/// ("Alūksne division", not "Aluksne division"). A fresh database gets them from the seed; here a
/// database seeded before the correction gets them too — only where the English name is still
/// the old spelling, so an administrator's own name for an office is kept.
struct OfficeNamesWithDiacritics: AsyncMigration {
    var name: String { "0023_OfficeNamesWithDiacritics" }

    func prepare(on db: any Database) async throws {
        let sql = try db.sql()
        for office in PMLPSeed.offices {
            guard let english = office.name.en else { continue }
            let old = english.folding(options: .diacriticInsensitive, locale: Locale(identifier: "en"))
            guard old != english else { continue }
            try await sql.update("offices").set("name_en", to: english)
                .where("slug", .equal, office.slug).where("name_en", .equal, old).run()
        }
    }

    func revert(on db: any Database) async throws {}
}
