/// Why a look-up by personal code was refused, each problem naming its field.
public struct LookUpProblem: Error, Sendable, Equatable {
    public enum Issue: Sendable, Equatable {
        case personalCode(PersonalCode.Problem)
        /// Outside a case, staff must say why they look a person up (S-PRIVACY).
        case purposeNeeded
    }
    public let fields: [(field: String, issue: Issue)]

    public init(fields: [(field: String, issue: Issue)]) { self.fields = fields }

    public static func == (a: LookUpProblem, b: LookUpProblem) -> Bool {
        a.fields.map(\.field) == b.fields.map(\.field) && a.fields.map(\.issue) == b.fields.map(\.issue)
    }
}
