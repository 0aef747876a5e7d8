/// Who is asking: a member of staff through a session, or through an API token whose scopes
/// narrow what the user may do.
public struct StaffPrincipal: Sendable, Hashable {
    public let userID: String
    public let roles: Set<Role>
    public let offices: Set<String>
    /// `nil` for a browser session (all the user's permissions); a token's scopes otherwise.
    public let scopes: Set<Permission>?

    public init(userID: String, roles: Set<Role>, offices: Set<String>, scopes: Set<Permission>? = nil) {
        self.userID = userID
        self.roles = roles
        self.offices = offices
        self.scopes = scopes
    }

    public var permissions: Set<Permission> {
        let fromRoles = roles.reduce(into: Set<Permission>()) { $0.formUnion(Permission.granted(to: $1)) }
        return scopes.map { fromRoles.intersection($0) } ?? fromRoles
    }
}

/// Every permission decision, for pages and API alike (S-PRIVACY; GDPR Art. 5(1)(f), 32).
/// Hiding a link is never the control: middleware asks this policy.
public enum AccessPolicy {
    public enum Decision: Equatable, Sendable {
        case allow
        case denyNoPermission
        case denyOtherOffice
    }

    /// `office` is the office the data belongs to, when it belongs to one.
    public static func decide(_ principal: StaffPrincipal, _ permission: Permission, office: String? = nil) -> Decision {
        let holders = principal.roles.filter { Permission.granted(to: $0).contains(permission) }
        guard !holders.isEmpty, principal.scopes.map({ $0.contains(permission) }) ?? true else {
            return .denyNoPermission
        }
        guard let office else { return .allow }
        if holders.contains(where: \.isAgencyWide) || principal.offices.contains(office) { return .allow }
        return .denyOtherOffice
    }
}
