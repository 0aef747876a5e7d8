import Domain

/// The one wording of a refused form field, in the reader's language: the API puts it in
/// problem+json, the pages beside the field (issue 12, item 4).
enum FormWording {
    static func person(_ issue: PersonDetails.Issue, field: String, _ s: ProblemStrings) -> String {
        switch issue {
        case .required: return s.fieldRequired(field)
        case .personalCode(let p): return s.personalCode(p)
        case .identityNeeded: return s.identityNeeded
        case .notADate: return s.notADate(field)
        case .birthDateOutOfRange: return s.birthDateOutOfRange(PersonDetails.earliestBirthYear)
        case .contactNeeded: return s.contactNeeded
        case .notAnEmail: return s.notAnEmail
        case .tooLong(let n): return s.tooLong(n)
        }
    }

    static func detail(_ f: BookingForm.Field, _ s: ProblemStrings) -> String {
        switch f.issue {
        case .person(let issue): return person(issue, field: f.name, s)
        case .badDateTime: return s.badDateTime
        case .notADate: return s.notADate(f.name)
        case .range(.reversed): return s.rangeReversed
        case .range(.past): return s.rangePast
        case .range(.tooFar(let last)): return s.rangeTooFar(last.description)
        }
    }

    static func detail(_ issue: BookingProblem.Issue, _ s: ProblemStrings) -> String {
        switch issue {
        case .unknownOffice(let slug): return s.unknownOffice(slug)
        case .notBookable: return s.notBookable
        case .outsideWindow(let last): return s.outsideWindow(last.description)
        case .notOnOffer: return s.notOnOffer
        case .contactCap(let n): return s.contactCap(n)
        case .secondBooking: return s.secondBooking
        case .alreadyWaiting: return s.alreadyWaiting
        case .badDateTime: return s.badDateTime
        }
    }

    /// A form's problems beside their fields.
    static func fields(_ problems: BookingForm.Problems, _ s: ProblemStrings) -> [(field: String, message: String)] {
        problems.fields.map { ($0.name, detail($0, s)) }
    }

    /// A booking use case's refusal beside its field, and the status the page answers with.
    static func fields(_ problem: BookingProblem, _ s: ProblemStrings, whole field: String = "start")
        -> (errors: [(field: String, message: String)], status: HTTPStatusCode) {
        switch problem {
        case .fields(let issues): return (issues.map { ($0.field, detail($0.issue, s)) }, 422)
        case .slotFull: return ([(field, s.slotFull)], 409)
        case .passNotUsable: return ([(field, s.passNotUsable)], 410)
        case .notFound: return ([(field, s.noSuchPath)], 404)
        case .underWay: return ([(field, s.bookingUnderWay)], 409)
        }
    }

    typealias HTTPStatusCode = UInt
}
