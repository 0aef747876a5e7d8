import Domain
import Foundation

/// "Find this person" — staff look a person up by personal code with a stated purpose; the read
/// goes to the access log with that purpose (the page and the API alike).
public struct LookUpPerson: Sendable {
    let register: any ClientRegister
    let now: Date

    public init(register: any ClientRegister, now: Date) {
        self.register = register
        self.now = now
    }

    /// The shortest purpose that says something.
    public static let minimumPurpose = 3

    /// The person, or nil when nobody has this code; `LookUpProblem` for a bad code or no purpose.
    public func callAsFunction(personalCode text: String, purpose: String, staffUserID: UUID, roles: Set<Role>,
                               offices: Set<String>, channel: String) async throws -> Client? {
        var problems: [(field: String, issue: LookUpProblem.Issue)] = []
        var code: PersonalCode?
        switch PersonalCode.parse(text.trimmingCharacters(in: .whitespaces)) {
        case .success(let c): code = c
        case .failure(let p): problems.append(("personalCode", .personalCode(p)))
        }
        let purpose = purpose.trimmingCharacters(in: .whitespacesAndNewlines)
        if purpose.count < Self.minimumPurpose { problems.append(("purpose", .purposeNeeded)) }
        guard problems.isEmpty, let code else { throw LookUpProblem(fields: problems) }
        let reader = ClientReader(staffUserID: staffUserID, roles: roles, offices: offices, channel: channel, purpose: purpose)
        return try await register.read(personalCode: code, by: reader, now: now)
    }
}

/// "Open the client's record" — a read by staff, written to the access log in the same
/// transaction (the record page, the counter's greeting, the API, the Art. 15 export).
public struct ReadClientRecord: Sendable {
    let register: any ClientRegister
    let now: Date

    public init(register: any ClientRegister, now: Date) {
        self.register = register
        self.now = now
    }

    public func callAsFunction(id: UUID, by reader: ClientReader) async throws -> Client? {
        try await register.read(id: id, by: reader, now: now)
    }
}
