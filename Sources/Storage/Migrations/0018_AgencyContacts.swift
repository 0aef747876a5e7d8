import Domain
import Fluent
import Foundation

/// Issue 13 (K-CHANNELS): the agency's phone, e-mail, postal address and social accounts are data
/// an administrator corrects, not string literals. One row, written here from the seed (FACTS.md
/// §7) so that old and new databases alike have it.
struct CreateAgencyContacts: AsyncMigration {
    var name: String { "0018_AgencyContacts" }

    func prepare(on db: any Database) async throws {
        try await db.schema(AgencyContactsModel.schema)
            .id()
            .field("phone", .string, .required)
            .field("email", .string, .required)
            .field("postal_address", .string, .required)
            .field("facebook_url", .string)
            .field("twitter_url", .string)
            .create()
        try await AgencyContactsModel(AgencyContacts.seed).create(on: db)
    }

    func revert(on db: any Database) async throws {
        try await db.schema(AgencyContactsModel.schema).delete()
    }
}

/// The agency's contact channels: one row.
final class AgencyContactsModel: Model, @unchecked Sendable {
    static let schema = "agency_contacts"

    @ID(key: .id) var id: UUID?
    @Field(key: "phone") var phone: String
    @Field(key: "email") var email: String
    @Field(key: "postal_address") var postalAddress: String
    @OptionalField(key: "facebook_url") var facebookURL: String?
    @OptionalField(key: "twitter_url") var twitterURL: String?

    init() {}
    init(_ c: AgencyContacts) { apply(c) }

    func apply(_ c: AgencyContacts) {
        phone = c.phone
        email = c.email
        postalAddress = c.postalAddress
        facebookURL = c.facebookURL
        twitterURL = c.twitterURL
    }

    var domain: AgencyContacts {
        AgencyContacts(phone: phone, email: email, postalAddress: postalAddress, facebookURL: facebookURL, twitterURL: twitterURL)
    }
}
