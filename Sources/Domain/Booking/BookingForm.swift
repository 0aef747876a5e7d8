import Foundation

/// A booking or a waitlist place as typed — into a page's form or an API body — before it is a
/// request: every field is text, and each problem is named by its field (issue 12, item 4). The
/// API words the problems as problem+json, the pages beside their fields; both from this check.
public struct BookingForm: Sendable {
    /// One field's problem, in form order.
    public struct Field: Sendable, Equatable {
        public let name: String
        public let issue: Issue
        public init(name: String, issue: Issue) {
            self.name = name
            self.issue = issue
        }
    }

    public enum Issue: Sendable, Equatable {
        case person(PersonDetails.Issue)
        /// Not an RFC 3339 date-time within the calendar's years.
        case badDateTime
        /// Not a date (`YYYY-MM-DD`).
        case notADate
        case range(WaitlistRequest.RangeProblem)
    }

    public struct Problems: Error, Sendable, Equatable {
        public let fields: [Field]
    }

    public var officeSlug: String
    public var serviceSlug: String
    public var name: String
    public var surname: String
    public var personalCode: String?
    public var dateOfBirth: String?
    public var documentNumber: String?
    public var phone: String?
    public var email: String?
    public var language: Language
    public var interpreter: Bool

    public init(officeSlug: String, serviceSlug: String, name: String, surname: String, personalCode: String?,
                dateOfBirth: String?, documentNumber: String?, phone: String?, email: String?, language: Language,
                interpreter: Bool) {
        self.officeSlug = officeSlug
        self.serviceSlug = serviceSlug
        self.name = name
        self.surname = surname
        self.personalCode = personalCode
        self.dateOfBirth = dateOfBirth
        self.documentNumber = documentNumber
        self.phone = phone
        self.email = email
        self.language = language
        self.interpreter = interpreter
    }

    /// The person with a contact (C-CONTACT), or their fields' problems.
    private func person(today: LocalDate) -> (PersonDetails?, [Field]) {
        switch PersonDetails.validate(name: name, surname: surname, personalCode: personalCode, birthDate: dateOfBirth,
                                      documentNumber: documentNumber, phone: phone, email: email,
                                      birthDateField: "dateOfBirth", requireContact: true, today: today) {
        case .success(let p): return (p, [])
        case .failure(let problems): return (nil, problems.fields.map { Field(name: $0.name, issue: .person($0.issue)) })
        }
    }

    /// A booking at `start` (RFC 3339), or every field's problem.
    public func booking(start: String, today: LocalDate) throws(Problems) -> BookingRequest {
        var (person, problems) = person(today: today)
        let at = RigaTime.parse(start)
        if at == nil { problems.append(Field(name: "start", issue: .badDateTime)) }
        guard problems.isEmpty, let person, let at else { throw Problems(fields: problems) }
        return BookingRequest(officeSlug: officeSlug, serviceSlug: serviceSlug, start: at, name: person.name,
                              surname: person.surname, identity: person.identity, phone: person.phone, email: person.email,
                              language: language, interpreter: interpreter)
    }

    /// A waitlist place for the days `from` through `to` (ISO dates), or every field's problem.
    public func waitlist(from: String, to: String, today: LocalDate) throws(Problems) -> WaitlistRequest {
        var (person, problems) = person(today: today)
        let first = LocalDate(iso: from), last = LocalDate(iso: to)
        if first == nil { problems.append(Field(name: "from", issue: .notADate)) }
        if last == nil { problems.append(Field(name: "to", issue: .notADate)) }
        var range: (LocalDate, LocalDate)?
        if let first, let last {
            switch WaitlistRequest.checkRange(from: first, through: last, today: today) {
            case .success(let r): range = r
            case .failure(let p): problems.append(Field(name: "to", issue: .range(p)))
            }
        }
        guard problems.isEmpty, let person, let range else { throw Problems(fields: problems) }
        return WaitlistRequest(officeSlug: officeSlug, serviceSlug: serviceSlug, from: range.0, through: range.1,
                               name: person.name, surname: person.surname, identity: person.identity, phone: person.phone,
                               email: person.email, language: language, interpreter: interpreter)
    }
}
