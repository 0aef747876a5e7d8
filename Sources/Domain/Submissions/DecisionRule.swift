/// What a decision on a submission must carry (S-REFUSAL, K-UNSIGNED; APL §67, §79).
public enum DecisionOutcome: String, Sendable, Codable, CaseIterable {
    case granted
    case partlyGranted = "partly-granted"
    case refused
    case generalInformation = "general-information"
    case notExamined = "not-examined"

    /// Decisions against the client's request carry the notice of the right to contest.
    public var isUnfavourable: Bool { self == .refused || self == .partlyGranted || self == .notExamined }
}

/// A legal basis: an act, its section and, where it has one, the paragraph.
public struct LegalBasis: Hashable, Sendable, Codable {
    public let act: String
    public let section: String
    public let paragraph: String?

    public init(act: String, section: String, paragraph: String? = nil) {
        self.act = act
        self.section = section
        self.paragraph = paragraph
    }
}

public enum DecisionRule {
    public enum Problem: String, Sendable, Equatable {
        /// K-UNSIGNED: an unsigned submission gets general information only.
        case unsignedSubmission
        /// A refusal or partial grant names at least one legal basis (S-REFUSAL).
        case legalBasisRequired
        /// Every decision but a grant says why.
        case reasonRequired
        /// Only an anonymous submission may be left unexamined.
        case notAnonymous
    }

    public static func check(_ outcome: DecisionOutcome, trust: SubmissionTrust, reason: String,
                             legalBasis: [LegalBasis]) -> [FieldProblem<Problem>] {
        if trust == .unsigned && outcome != .generalInformation { return [.init("outcome", .unsignedSubmission)] }
        var problems: [FieldProblem<Problem>] = []
        if outcome == .notExamined && trust != .anonymous { problems.append(.init("outcome", .notAnonymous)) }
        if outcome != .granted && reason.allSatisfy(\.isWhitespace) { problems.append(.init("reason", .reasonRequired)) }
        let named = legalBasis.filter { !$0.act.allSatisfy(\.isWhitespace) && !$0.section.allSatisfy(\.isWhitespace) }
        if (outcome == .refused || outcome == .partlyGranted) && named.isEmpty { problems.append(.init("legalBasis", .legalBasisRequired)) }
        return problems
    }
}
