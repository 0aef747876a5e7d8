import Domain
import Fluent
import Foundation

final class StaffUserModel: Model, @unchecked Sendable {
    static let schema = "staff_users"

    @ID(key: .id) var id: UUID?
    @Field(key: "email") var email: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "name") var name: String
    @Field(key: "surname") var surname: String
    @OptionalField(key: "unit") var unit: String?
    @OptionalField(key: "position") var position: String?
    @OptionalField(key: "phone") var phone: String?
    @Field(key: "roles") var roles: String
    @Field(key: "offices") var offices: String
    @Field(key: "active") var active: Bool
    @OptionalField(key: "totp_secret") var totpSecret: String?
    @OptionalField(key: "totp_last_step") var totpLastStep: Int64?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "password_changed_at") var passwordChangedAt: Date

    init() {}

    func toDomain() -> StaffUser {
        StaffUser(id: id!, email: email, name: name, surname: surname, unit: unit, position: position, phone: phone,
                  roles: Set(roles.split(separator: ",").compactMap { Role(rawValue: String($0)) }),
                  offices: Set(offices.split(separator: ",").map(String.init)),
                  active: active, totpEnabled: totpSecret != nil)
    }

    func apply(_ user: StaffUser) {
        email = user.email
        name = user.name
        surname = user.surname
        unit = user.unit
        position = user.position
        phone = user.phone
        roles = user.roles.map(\.rawValue).sorted().joined(separator: ",")
        offices = user.offices.sorted().joined(separator: ",")
        active = user.active
    }
}

final class StaffSessionModel: Model, @unchecked Sendable {
    static let schema = "staff_sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Parent(key: "user_id") var user: StaffUserModel
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "last_seen_at") var lastSeenAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @Field(key: "second_factor_done") var secondFactorDone: Bool

    init() {}
}

final class APITokenModel: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    @ID(key: .id) var id: UUID?
    @Field(key: "kind") var kind: String
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "name") var name: String
    @OptionalParent(key: "user_id") var user: StaffUserModel?
    @OptionalField(key: "office_slug") var officeSlug: String?
    @OptionalField(key: "scopes") var scopes: String?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?

    init() {}

    func toDomain() -> APIToken? {
        guard let kind = TokenKind(rawValue: kind) else { return nil }
        return APIToken(id: id!, kind: kind, name: name, userID: $user.id, officeSlug: officeSlug,
                        scopes: scopes.map { Set($0.split(separator: ",").compactMap { Permission(rawValue: String($0)) }) },
                        createdAt: createdAt, lastUsedAt: lastUsedAt, revokedAt: revokedAt)
    }
}

final class LoginFailureModel: Model, @unchecked Sendable {
    static let schema = "login_failures"

    @ID(key: .id) var id: UUID?
    @Field(key: "key") var key: String
    @Field(key: "failures") var failures: Int
    @Field(key: "last_failure_at") var lastFailureAt: Date

    init() {}
}

/// An (account, client address) pair that has signed in successfully (issue 11, item 5).
final class LoginKnownAddressModel: Model, @unchecked Sendable {
    static let schema = "login_known_addresses"

    @ID(key: .id) var id: UUID?
    @Field(key: "key") var key: String
    @Field(key: "last_success_at") var lastSuccessAt: Date

    init() {}
}
