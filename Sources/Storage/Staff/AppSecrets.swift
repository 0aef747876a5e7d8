import Domain
import Fluent
import Foundation

final class AppSecretModel: Model, @unchecked Sendable {
    static let schema = "app_secrets"

    @ID(key: .id) var id: UUID?
    @Field(key: "key") var key: String
    @Field(key: "value") var value: String

    init() {}
}

/// A secret shared by all instances through the database; the first instance to ask creates it.
public enum AppSecrets {
    public static func secret(_ key: String, on db: any Database) async throws -> [UInt8] {
        if let existing = try await AppSecretModel.query(on: db).filter(\.$key == key).first(),
           let bytes = Base32.decode(existing.value) {
            return bytes
        }
        let m = AppSecretModel()
        m.key = key
        m.value = Base32.encode(TOTP.generateSecret() + TOTP.generateSecret())
        do {
            try await m.create(on: db)
        } catch {
            // Another instance created it first: use theirs.
            guard let theirs = try await AppSecretModel.query(on: db).filter(\.$key == key).first() else { throw error }
            return Base32.decode(theirs.value) ?? []
        }
        return Base32.decode(m.value) ?? []
    }
}
