import Foundation

/// Secrets the app makes once and keeps (the form-token key).
public protocol SecretStore: Sendable {
    func secret(_ key: String) async throws -> [UInt8]
}

