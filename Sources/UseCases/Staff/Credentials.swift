import Domain
import Foundation

/// Why a token was not issued or revoked.
public enum CredentialProblem: Error, Sendable, Equatable {
    case fields([Field])
    case notFound
    /// The token's kind needs a permission the caller lacks (kiosk tokens: kiosks-manage).
    case forbidden

    public enum Field: Sendable, Equatable {
        case nameRequired
        /// No active member of staff has this e-mail.
        case unknownOwner
        case unknownOffice
        case scopeNeeded
        case unknownScope(String)
    }
}

/// An administrator issues the credentials that are not passwords (S-ACCESS): a staff API token
/// (optionally narrowed to scopes), a kiosk's token for one office, an integration's token with its
/// scopes. The secret is shown once; the store keeps its hash and audits the issue.
public struct IssueCredential: Sendable {
    let staff: any StaffStore
    let reference: any ReferenceStore
    let now: Date
    let actor: String

    public init(staff: any StaffStore, reference: any ReferenceStore, now: Date, actor: String) {
        self.staff = staff
        self.reference = reference
        self.now = now
        self.actor = actor
    }

    private static func clean(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }

    private static func scopes(_ given: [String], required: Bool) -> (Set<Permission>, [CredentialProblem.Field]) {
        var problems: [CredentialProblem.Field] = given.filter { Permission(rawValue: $0) == nil }.map { .unknownScope($0) }
        let parsed = Set(given.compactMap(Permission.init(rawValue:)))
        if required && given.isEmpty { problems.append(.scopeNeeded) }
        return (parsed, problems)
    }

    /// A member of staff's own API token; no scopes means the owner's permissions.
    public func staffToken(ownerEmail: String, name: String, scopes given: [String]) async throws -> String {
        var problems: [CredentialProblem.Field] = []
        let name = Self.clean(name)
        if name.isEmpty { problems.append(.nameRequired) }
        let owner = try await staff.credentials(email: ownerEmail).flatMap { $0.user.active ? $0.user : nil }
        if owner == nil { problems.append(.unknownOwner) }
        let (scopes, scopeProblems) = Self.scopes(given, required: false)
        problems += scopeProblems
        guard problems.isEmpty, let owner else { throw CredentialProblem.fields(problems) }
        let token = SecretToken.generate(.staff)
        _ = try await staff.createToken(kind: .staff, token: token, name: name, userID: owner.id, officeSlug: nil,
                                        scopes: scopes.isEmpty ? nil : scopes, now: now, actor: actor)
        return token
    }

    /// A kiosk's token: it issues tickets and checks in at one office only.
    public func kioskToken(office: String, name: String) async throws -> String {
        var problems: [CredentialProblem.Field] = []
        let name = Self.clean(name)
        if name.isEmpty { problems.append(.nameRequired) }
        if try await reference.office(slug: office) == nil { problems.append(.unknownOffice) }
        guard problems.isEmpty else { throw CredentialProblem.fields(problems) }
        let token = SecretToken.generate(.kiosk)
        _ = try await staff.createToken(kind: .kiosk, token: token, name: name, userID: nil, officeSlug: office, scopes: nil,
                                        now: now, actor: actor)
        return token
    }

    /// Another system's token: only the scopes named, at least one.
    public func integrationToken(name: String, scopes given: [String]) async throws -> String {
        var problems: [CredentialProblem.Field] = []
        let name = Self.clean(name)
        if name.isEmpty { problems.append(.nameRequired) }
        let (scopes, scopeProblems) = Self.scopes(given, required: true)
        problems += scopeProblems
        guard problems.isEmpty else { throw CredentialProblem.fields(problems) }
        let token = SecretToken.generate(.integration)
        _ = try await staff.createToken(kind: .integration, token: token, name: name, userID: nil, officeSlug: nil,
                                        scopes: scopes, now: now, actor: actor)
        return token
    }

    /// Revokes a token; a kiosk's needs kiosks-manage, any other tokens-manage.
    public func revoke(id: UUID, by principal: StaffPrincipal) async throws {
        guard let token = try await staff.tokens().first(where: { $0.id == id }) else { throw CredentialProblem.notFound }
        let needed: Permission = token.kind == .kiosk ? .kiosksManage : .tokensManage
        guard AccessPolicy.decide(principal, needed) == .allow else { throw CredentialProblem.forbidden }
        try await staff.revokeToken(id: id, now: now, actor: actor)
    }
}
