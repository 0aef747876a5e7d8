import Foundation

/// A member of PMLP's staff. Name, surname, unit, position and phone are the fields every
/// signature must carry (S-MAIL-FORM) and the client sees at the desk (S-BADGE).
public struct StaffUser: Sendable, Hashable {
    public let id: UUID
    public var email: String
    public var name: String
    public var surname: String
    public var unit: String?
    public var position: String?
    public var phone: String?
    public var roles: Set<Role>
    public var offices: Set<String>
    public var active: Bool
    public var totpEnabled: Bool

    public init(id: UUID = UUID.random(), email: String, name: String, surname: String, unit: String? = nil,
                position: String? = nil, phone: String? = nil, roles: Set<Role>, offices: Set<String>,
                active: Bool = true, totpEnabled: Bool = false) {
        self.id = id
        self.email = StaffUser.normalise(email: email)
        self.name = name
        self.surname = surname
        self.unit = unit
        self.position = position
        self.phone = phone
        self.roles = roles
        self.offices = offices
        self.active = active
        self.totpEnabled = totpEnabled
    }

    public static func normalise(email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// A plausible address: one `@`, something on each side, a dot in the domain.
    public static func isPlausible(email: String) -> Bool {
        let parts = normalise(email: email).split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".")
            && !parts[1].hasSuffix(".") && !email.contains(where: \.isWhitespace)
    }

    public func principal(scopes: Set<Permission>? = nil) -> StaffPrincipal {
        StaffPrincipal(userID: id.uuidString, roles: roles, offices: offices, scopes: scopes)
    }
}

/// Kinds of API token, each recognisable by its prefix if it leaks (API-CONVENTIONS.md).
public enum TokenKind: String, Sendable, CaseIterable, Codable {
    case staff, integration = "int", kiosk, booking = "book", waitlist = "wait", offer
    /// A priority booking pass handed to a client still waiting at closing (ClosingRule).
    case priority = "prio"

    public var prefix: String { "apk_\(rawValue)_" }

    /// Secrets handed to clients (manage links, waitlist places, offers, priority passes), never to staff or devices.
    public var isClientSecret: Bool { self == .booking || self == .waitlist || self == .offer || self == .priority }

    public static func of(token: String) -> TokenKind? {
        allCases.first { token.hasPrefix($0.prefix) }
    }
}

/// An API token as stored: its hash, never the token.
public struct APIToken: Sendable, Hashable {
    public let id: UUID
    public let kind: TokenKind
    public let name: String
    /// For staff tokens: whose.
    public let userID: UUID?
    /// For kiosk tokens: the office it serves.
    public let officeSlug: String?
    /// `nil` means the user's own permissions.
    public let scopes: Set<Permission>?
    public let createdAt: Date
    public let lastUsedAt: Date?
    public let revokedAt: Date?

    public init(id: UUID, kind: TokenKind, name: String, userID: UUID?, officeSlug: String?,
                scopes: Set<Permission>?, createdAt: Date, lastUsedAt: Date?, revokedAt: Date?) {
        self.id = id
        self.kind = kind
        self.name = name
        self.userID = userID
        self.officeSlug = officeSlug
        self.scopes = scopes
        self.createdAt = createdAt
        self.lastUsedAt = lastUsedAt
        self.revokedAt = revokedAt
    }
}

extension StaffUser {
    /// The shortest password a member of staff may choose (S-ACCESS).
    public static let minimumPasswordLength = 12
}

/// A one-time password for a new account: 16 characters from an alphabet without look-alikes
/// (no 0/O, 1/l/I), to be read aloud or copied once and changed at the first sign-in.
public enum OneTimePassword {
    public static func generate() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var g = SystemRandomNumberGenerator()
        return String((0..<16).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &g)] })
    }
}
