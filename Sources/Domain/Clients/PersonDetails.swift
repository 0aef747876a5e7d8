import Foundation
/// The details that identify a person and let staff reach them, as typed into a form or an API
/// body: a name and surname; a personal code (FACTS.md §4) or, for a foreigner without one, a
/// birth date and an identity-document number; and, where a workflow must reach the person, a
/// phone or an e-mail (C-CONTACT). Every problem names its field, in the order a form shows them.
public struct PersonDetails: Sendable, Hashable {
    public let name: String
    public let surname: String
    public let identity: Client.Identity
    public let phone: String?
    public let email: String?

    public enum Issue: Sendable, Equatable {
        case required
        case personalCode(PersonalCode.Problem)
        case identityNeeded
        case notADate
        /// A birth date in the future or before `earliestBirthYear` (issue 11, item 9).
        case birthDateOutOfRange
        case contactNeeded
        /// Not the form of an e-mail address (EmailAddress).
        case notAnEmail
        /// Longer than the field's limit (`Limits`), in characters.
        case tooLong(Int)
    }

    /// The longest value each field takes, in characters — the same numbers as the API
    /// contract's `maxLength`, so that pages and API refuse alike (issue 11, item 3).
    public enum Limits {
        public static let name = 100
        public static let surname = 100
        public static let personalCode = 32
        public static let documentNumber = 50
        public static let phone = 50
        public static let email = 200
    }

    /// Nobody born before this year is a client; a birth date may not be after today.
    public static let earliestBirthYear = 1900

    public struct Field: Sendable, Equatable {
        public let name: String
        public let issue: Issue
    }

    /// Every problem found, in form order.
    public struct Problems: Error, Sendable, Equatable {
        public let fields: [Field]
    }

    /// `birthDateField` is the field's name in the caller's form (`birthDate`, `dateOfBirth`).
    /// `today` (Riga) bounds the birth date.
    public static func validate(name: String?, surname: String?, personalCode: String?, birthDate: String?,
                                documentNumber: String?, phone: String?, email: String?, birthDateField: String,
                                requireContact: Bool, today: LocalDate) -> Result<PersonDetails, Problems> {
        func clean(_ s: String?) -> String? {
            guard let t = s?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
            return t
        }
        var problems: [Field] = []
        // Over-long values are refused by name before anything else looks at them.
        let limits: [(String, String?, Int)] = [
            ("name", name, Limits.name), ("surname", surname, Limits.surname),
            ("personalCode", personalCode, Limits.personalCode), ("documentNumber", documentNumber, Limits.documentNumber),
            ("phone", phone, Limits.phone), ("email", email, Limits.email),
        ]
        let tooLong = limits.filter { ($0.1?.count ?? 0) > $0.2 }
        guard tooLong.isEmpty else {
            return .failure(Problems(fields: tooLong.map { Field(name: $0.0, issue: .tooLong($0.2)) }))
        }
        let name = clean(name), surname = clean(surname)
        if name == nil { problems.append(Field(name: "name", issue: .required)) }
        if surname == nil { problems.append(Field(name: "surname", issue: .required)) }
        var identity: Client.Identity?
        if let code = clean(personalCode) {
            switch PersonalCode.parse(code) {
            case .success(let c): identity = .personalCode(c)
            case .failure(let p): problems.append(Field(name: "personalCode", issue: .personalCode(p)))
            }
        } else if let born = clean(birthDate), let doc = clean(documentNumber) {
            if let date = LocalDate(iso: born) {
                if date > today || date.year < earliestBirthYear {
                    problems.append(Field(name: birthDateField, issue: .birthDateOutOfRange))
                } else {
                    identity = .foreigner(birthDate: date, documentNumber: doc)
                }
            } else {
                problems.append(Field(name: birthDateField, issue: .notADate))
            }
        } else {
            problems.append(Field(name: "personalCode", issue: .identityNeeded))
        }
        // One spelling per contact, so that "the same phone" and "the same e-mail" compare equal
        // (the per-contact cap, FairAccess): digits and a leading +; e-mail in lower case.
        let phone = clean(phone).map { p in String(p.enumerated().filter { $0.element.isNumber || ($0.offset == 0 && $0.element == "+") }.map(\.element)) }
            .flatMap { $0.isEmpty ? nil : $0 }
        let email = clean(email)?.lowercased()
        if let email, !EmailAddress.isValid(email) { problems.append(Field(name: "email", issue: .notAnEmail)) }
        if requireContact && phone == nil && email == nil { problems.append(Field(name: "phone", issue: .contactNeeded)) }
        guard problems.isEmpty, let name, let surname, let identity else { return .failure(Problems(fields: problems)) }
        return .success(PersonDetails(name: name, surname: surname, identity: identity, phone: phone, email: email))
    }
}
