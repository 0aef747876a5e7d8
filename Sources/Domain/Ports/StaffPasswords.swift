import Foundation

/// Staff passwords, hashed and checked off the request threads (bcrypt costs a quarter of a
/// second at cost 12; issue 12, item 8).
public protocol StaffPasswords: Sendable {
    func hash(_ password: String) async throws -> String
    /// `hash` nil (no such account, or a disabled one) is checked against a dummy hash of the same
    /// cost and answers false: both answers take the same time, so timing tells nobody which
    /// e-mail addresses have accounts.
    func verify(_ password: String, hash: String?) async -> Bool
}
