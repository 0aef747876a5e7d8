import Foundation

/// A person a booking, visit, case or payment belongs to: the first personal-data record
/// (S-PRIVACY). Identified by personal code, or — for a foreigner without one — by date of
/// birth and identity-document number. At least one contact (C-CONTACT) is asked for where a
/// workflow needs to reach the person; the register itself accepts what is known.
public struct Client: Sendable, Hashable {
    public enum Identity: Sendable, Hashable {
        case personalCode(PersonalCode)
        case foreigner(birthDate: LocalDate, documentNumber: String)
    }

    public let id: UUID
    public var name: String
    public var surname: String
    public var identity: Identity
    public var phone: String?
    public var email: String?
    public var language: Language
    public let createdAt: Date

    public init(id: UUID = UUID.random(), name: String, surname: String, identity: Identity, phone: String? = nil,
                email: String? = nil, language: Language = .lv, createdAt: Date) {
        self.id = id
        self.name = name
        self.surname = surname
        self.identity = identity
        self.phone = phone
        self.email = email
        self.language = language
        self.createdAt = createdAt
    }
}

/// What a client's data was read for, recorded with every staff read (GDPR Art. 5(2), 32).
public struct AccessLogEntry: Sendable, Hashable {
    public let id: UUID
    public let at: Date
    public let staffUserID: UUID
    public let staffRoles: Set<Role>
    /// The offices the employee served when reading (what a person may see of who looked).
    public let staffOffices: Set<String>
    public let clientID: UUID
    /// The record read: `client`, later `booking`, `visit`, `case`…
    public let recordType: String
    public let recordID: UUID
    /// The screen or API route, e.g. `GET /api/v1/clients/{clientId}`.
    public let channel: String
    /// Implicit from the workflow, or stated by the employee for a lookup outside a case.
    public let purpose: String

    public init(id: UUID = UUID.random(), at: Date, staffUserID: UUID, staffRoles: Set<Role>, staffOffices: Set<String> = [],
                clientID: UUID,
                recordType: String, recordID: UUID, channel: String, purpose: String) {
        self.id = id
        self.at = at
        self.staffUserID = staffUserID
        self.staffRoles = staffRoles
        self.staffOffices = staffOffices
        self.clientID = clientID
        self.recordType = recordType
        self.recordID = recordID
        self.channel = channel
        self.purpose = purpose
    }
}
