import Domain
import Fluent
import Foundation

/// Issue 14: the institutions a submission is forwarded to and the acts a decision cites are
/// lists administrators maintain, not constants. Seeded here (Institution.seed, LegalAct.seed) so
/// that old and new databases alike have them.
struct CaseCatalogueMigration: AsyncMigration {
    var name: String { "0020_CaseCatalogue" }

    func prepare(on db: any Database) async throws {
        try await db.schema(InstitutionModel.schema)
            .id()
            .field("slug", .string, .required)
            .field("name_lv", .string, .required)
            .field("name_en", .string)
            .field("e_address", .string)
            .field("email", .string, .required)
            .field("postal_address", .string, .required)
            .field("active", .bool, .required)
            .unique(on: "slug")
            .create()
        try await db.schema(LegalActModel.schema)
            .id()
            .field("slug", .string, .required)
            .field("name_lv", .string, .required)
            .field("name_en", .string)
            .field("active", .bool, .required)
            .unique(on: "slug")
            .create()
        for institution in Institution.seed { try await InstitutionModel(institution).create(on: db) }
        for act in LegalAct.seed { try await LegalActModel(act).create(on: db) }
    }

    func revert(on db: any Database) async throws {
        try await db.schema(LegalActModel.schema).delete()
        try await db.schema(InstitutionModel.schema).delete()
    }
}

final class InstitutionModel: Model, @unchecked Sendable {
    static let schema = "institutions"

    @ID(key: .id) var id: UUID?
    @Field(key: "slug") var slug: String
    @Field(key: "name_lv") var nameLv: String
    @OptionalField(key: "name_en") var nameEn: String?
    @OptionalField(key: "e_address") var eAddress: String?
    @Field(key: "email") var email: String
    @Field(key: "postal_address") var postalAddress: String
    @Field(key: "active") var active: Bool

    init() {}
    init(_ i: Institution) { apply(i) }

    func apply(_ i: Institution) {
        slug = i.id
        nameLv = i.name.lv
        nameEn = i.name.en
        eAddress = i.eAddress
        email = i.email
        postalAddress = i.postalAddress
        active = i.active
    }

    var domain: Institution {
        Institution(id: slug, name: LocalizedText(lv: nameLv, en: nameEn), eAddress: eAddress, email: email,
                    postalAddress: postalAddress, active: active)
    }
}

final class LegalActModel: Model, @unchecked Sendable {
    static let schema = "legal_acts"

    @ID(key: .id) var id: UUID?
    @Field(key: "slug") var slug: String
    @Field(key: "name_lv") var nameLv: String
    @OptionalField(key: "name_en") var nameEn: String?
    @Field(key: "active") var active: Bool

    init() {}
    init(_ a: LegalAct) { apply(a) }

    func apply(_ a: LegalAct) {
        slug = a.id
        nameLv = a.name.lv
        nameEn = a.name.en
        active = a.active
    }

    var domain: LegalAct { LegalAct(id: slug, name: LocalizedText(lv: nameLv, en: nameEn), active: active) }
}
