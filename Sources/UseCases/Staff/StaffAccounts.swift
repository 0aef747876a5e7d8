import Domain
import Foundation

/// Why an account change was refused: each problem names its field (the page shows it beside the
/// field, the command line names the option).
public enum StaffAccountProblem: Error, Sendable, Equatable {
    case fields([Field])
    /// An account with this e-mail exists.
    case emailTaken(String)
    case notFound

    public typealias Field = FieldProblem<Issue>

    public enum Issue: Sendable, Equatable {
        case required
        case notAnEmail(String)
        case unknownRole(String)
        case unknownOffice(String)
        /// A role that works in an office needs at least one office.
        case officeNeeded
        case passwordTooShort(minimum: Int)
        case tooLong(maximum: Int)
        case controlCharacter
        case notAPhone
    }
}

/// Roles and offices as typed, checked against the roles that exist and the offices in the
/// reference data: the same rule for a new account and for changing one's access (S-ACCESS).
struct StaffAccess {
    static func check(roles: [String], offices: [String], reference: any ReferenceStore)
        async throws -> (Set<Role>, Set<String>, [StaffAccountProblem.Field]) {
        var problems: [StaffAccountProblem.Field] = []
        var parsed = Set<Role>()
        for r in roles {
            if let role = Role(rawValue: r) { parsed.insert(role) } else { problems.append(.init("roles", .unknownRole(r))) }
        }
        if roles.isEmpty { problems.append(.init("roles", .required)) }
        let known = Set(try await reference.offices().map(\.slug))
        for o in offices where !known.contains(o) { problems.append(.init("offices", .unknownOffice(o))) }
        let chosen = Set(offices.filter(known.contains))
        if chosen.isEmpty && !parsed.isEmpty && !parsed.allSatisfy(\.isAgencyWide) { problems.append(.init("offices", .officeNeeded)) }
        return (parsed, chosen, problems)
    }
}

/// An administrator adds a member of staff (from the users page or `apkalpe user add`): name,
/// surname, e-mail, roles and offices checked, the unit, position and phone that sign their
/// letters (S-MAIL-FORM) kept; a one-time password is made unless one is given. Audited.
public struct AddStaffMember: Sendable {
    public struct Form: Sendable {
        public var email: String
        public var name: String
        public var surname: String
        public var unit: String?
        public var position: String?
        public var phone: String?
        public var roles: [String]
        public var offices: [String]

        public init(email: String, name: String, surname: String, unit: String? = nil, position: String? = nil,
                    phone: String? = nil, roles: [String], offices: [String]) {
            self.email = email
            self.name = name
            self.surname = surname
            self.unit = unit
            self.position = position
            self.phone = phone
            self.roles = roles
            self.offices = offices
        }
    }

    let staff: any StaffStore
    let reference: any ReferenceStore
    let passwords: any StaffPasswords
    let now: Date

    public init(staff: any StaffStore, reference: any ReferenceStore, passwords: any StaffPasswords, now: Date) {
        self.staff = staff
        self.reference = reference
        self.passwords = passwords
        self.now = now
    }

    /// The new account, and the one-time password to hand over when none was given.
    public func callAsFunction(_ form: Form, password given: String? = nil, actor: String) async throws
        -> (user: StaffUser, oneTimePassword: String?) {
        func clean(_ v: String?) -> String? {
            guard let t = v?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
            return t
        }
        var problems: [StaffAccountProblem.Field] = []
        let email = clean(form.email) ?? ""
        if email.isEmpty { problems.append(.init("email", .required)) }
        else if !StaffUser.isPlausible(email: email) { problems.append(.init("email", .notAnEmail(email))) }
        if clean(form.name) == nil { problems.append(.init("name", .required)) }
        if clean(form.surname) == nil { problems.append(.init("surname", .required)) }
        let (roles, offices, accessProblems) = try await StaffAccess.check(roles: form.roles, offices: form.offices,
                                                                           reference: reference)
        problems += accessProblems
        if let given, given.count < StaffUser.minimumPasswordLength {
            problems.append(.init("password", .passwordTooShort(minimum: StaffUser.minimumPasswordLength)))
        }
        guard problems.isEmpty else { throw StaffAccountProblem.fields(problems) }
        let password = given ?? OneTimePassword.generate()
        let user = StaffUser(email: email, name: clean(form.name) ?? "", surname: clean(form.surname) ?? "",
                             unit: clean(form.unit), position: clean(form.position), phone: clean(form.phone),
                             roles: roles, offices: offices)
        do {
            try await staff.createUser(user, passwordHash: try await passwords.hash(password), now: now, actor: actor)
        } catch StoreError.conflict {
            throw StaffAccountProblem.emailTaken(user.email)
        }
        return (user, given == nil ? password : nil)
    }
}

/// An administrator changes a member of staff's roles and offices (audited; the policy reads
/// them at the next request).
public struct ChangeStaffAccess: Sendable {
    let staff: any StaffStore
    let reference: any ReferenceStore
    let now: Date

    public init(staff: any StaffStore, reference: any ReferenceStore, now: Date) {
        self.staff = staff
        self.reference = reference
        self.now = now
    }

    public func callAsFunction(userID: UUID, roles: [String], offices: [String], actor: String) async throws {
        guard try await staff.user(id: userID) != nil else { throw StaffAccountProblem.notFound }
        let (parsed, chosen, problems) = try await StaffAccess.check(roles: roles, offices: offices, reference: reference)
        guard problems.isEmpty else { throw StaffAccountProblem.fields(problems) }
        try await staff.updateAccess(userID: userID, roles: parsed, offices: chosen, now: now, actor: actor)
    }
}

/// An administrator disables an account: it cannot sign in, and its sessions and tokens stop.
public struct DisableStaffMember: Sendable {
    let staff: any StaffStore
    let now: Date

    public init(staff: any StaffStore, now: Date) {
        self.staff = staff
        self.now = now
    }

    public func callAsFunction(email: String, actor: String) async throws {
        do {
            try await staff.disable(email: email, now: now, actor: actor)
        } catch StoreError.notFound {
            throw StaffAccountProblem.notFound
        }
    }
}

/// A member of staff completes the fields that sign their letters (S-MAIL-FORM): unit, position and
/// phone — each needed, at most 100 characters, no control characters, a phone with 8 to 15 digits.
/// Audited. (Name and surname are the account's, set by an administrator.)
public struct UpdateOwnSignature: Sendable {
    let staff: any StaffStore
    let now: Date

    public init(staff: any StaffStore, now: Date) {
        self.staff = staff
        self.now = now
    }

    public func callAsFunction(userID: UUID, unit: String?, position: String?, phone: String?) async throws -> StaffUser {
        let fields: SignatureProfile.Fields
        switch SignatureProfile.check(unit: unit, position: position, phone: phone) {
        case .success(let f): fields = f
        case .failure(let refusal):
            throw StaffAccountProblem.fields(refusal.fields.map { f in
                let issue: StaffAccountProblem.Issue = switch f.issue {
                case .required: .required
                case .tooLong(let maximum): .tooLong(maximum: maximum)
                case .controlCharacter: .controlCharacter
                case .notAPhone: .notAPhone
                }
                return .init(f.name, issue)
            })
        }
        let u = fields.unit, p = fields.position, ph = fields.phone
        guard try await staff.user(id: userID) != nil else { throw StaffAccountProblem.notFound }
        try await staff.updateSignature(userID: userID, unit: u, position: p, phone: ph, now: now)
        guard let user = try await staff.user(id: userID) else { throw StaffAccountProblem.notFound }
        return user
    }
}
