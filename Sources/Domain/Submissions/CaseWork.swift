import Foundation

/// What may be done to a case, and what it becomes (issue 14, items 3, 5, 6): suspension stops
/// the clock and resumption restarts it with the days that were left (SubmissionDeadline);
/// referral and decision close it. Each returns the changed case and its timeline entry, or the
/// fields refused — nothing is changed by a refusal.
public enum CaseWork {
    public enum Issue: String, Sendable, Equatable {
        /// Decided or referred: the case takes no further step (a complaint is its own case).
        case closed
        case notSuspended
        case alreadySuspended
        case required
        case tooLong
        case unknownInstitution
        /// Not someone who may work cases of this office.
        case notAnOfficer
        case unknownAct
        case notASection
        case notAParagraph
        case tooMany
        /// K-UNSIGNED: only general information for an unsigned submission.
        case unsignedSubmission
        case legalBasisRequired
        case notAnonymous
        case controlCharacter
        /// A letter's channel the case has no address for (no e-mail, no personal code for an e-address).
        case noAddress
        /// A template blank the officer may not fill (the case's facts fill the others).
        case unknownVariable
        case unknownTemplate
    }

    public struct Refusal: Error, Sendable, Equatable {
        public let fields: [FieldProblem<Issue>]
        public init(_ fields: [FieldProblem<Issue>]) { self.fields = fields }
        public var isUnsigned: Bool { fields.contains { $0.issue == .unsignedSubmission } }
        public var isClosed: Bool { fields.contains { $0.issue == .closed || $0.issue == .notSuspended || $0.issue == .alreadySuspended } }
    }

    public enum Limits {
        public static let reason = 2_000
        public static let legalBases = 10
        public static let note = 4_000
    }

    public typealias Outcome = Result<(SubmissionCase, CaseEvent), Refusal>

    static func cleanText(_ text: String?, _ field: String, limit: Int, into problems: inout [FieldProblem<Issue>]) -> String {
        let t = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if t.isEmpty { problems.append(.init(field, .required)) }
        if t.count > limit { problems.append(.init(field, .tooLong)) }
        if ControlCharacters.found(in: t) { problems.append(.init(field, .controlCharacter)) }
        return t
    }

    /// Waiting for the submitter (more documents, a clarification): the clock stops on `day`.
    public static func suspend(_ c: SubmissionCase, reason: String?, on day: LocalDate, at: Date, by actor: String,
                               calendar: WorkingCalendar) -> Outcome {
        if c.status.isClosed { return .failure(Refusal([.init("status", .closed)])) }
        if c.status == .suspended { return .failure(Refusal([.init("status", .alreadySuspended)])) }
        var problems: [FieldProblem<Issue>] = []
        let why = cleanText(reason, "reason", limit: Limits.reason, into: &problems)
        guard problems.isEmpty else { return .failure(Refusal(problems)) }
        var next = c
        next.status = .suspended
        next.suspension = .init(since: day, reason: why,
                                remaining: SubmissionDeadline.remaining(c.term, due: c.dueDate, suspended: day, calendar: calendar))
        return .success((next, CaseEvent(at: at, actor: actor, kind: .suspended, detail: why)))
    }

    /// The submitter answered on `day`: what was left is counted again from it.
    public static func resume(_ c: SubmissionCase, on day: LocalDate, at: Date, by actor: String,
                              calendar: WorkingCalendar) -> Outcome {
        guard c.status == .suspended, let s = c.suspension else {
            return .failure(Refusal([.init("status", c.status.isClosed ? .closed : .notSuspended)]))
        }
        var next = c
        next.status = .open
        next.suspension = nil
        next.dueDate = SubmissionDeadline.resumedDue(s.remaining, resumed: max(day, s.since), calendar: calendar)
        return .success((next, CaseEvent(at: at, actor: actor, kind: .resumed, detail: next.dueDate.description)))
    }

    /// S-REFER: forwarded to an institution from the list; the case closes.
    public static func refer(_ c: SubmissionCase, to institutionID: String, on day: LocalDate, at: Date,
                             by actor: String, catalogue: CaseCatalogue) -> Result<(SubmissionCase, CaseEvent, Institution), Refusal> {
        if c.status.isClosed { return .failure(Refusal([.init("status", .closed)])) }
        guard let institution = catalogue.institution(institutionID) else {
            return .failure(Refusal([.init("institutionId", .unknownInstitution)]))
        }
        var next = c
        next.status = .referred
        next.suspension = nil
        next.referral = .init(institutionID: institution.id, on: day, by: actor)
        return .success((next, CaseEvent(at: at, actor: actor, kind: .referred, detail: institution.id), institution))
    }

    /// A decision (S-REFUSAL): its reason and legal basis checked, the contest notice attached to
    /// an unfavourable one in the submitter's language; the case closes. The decision is taken to
    /// enter into force on the day it is made (it is handed over or sent that day).
    public static func decide(_ c: SubmissionCase, outcome: DecisionOutcome, reason: String?, legalBasis: [LegalBasis],
                              on day: LocalDate, at: Date, by actor: String, agency: AgencyContacts,
                              calendar: WorkingCalendar, catalogue: CaseCatalogue) -> Outcome {
        if c.status.isClosed { return .failure(Refusal([.init("status", .closed)])) }
        let why = (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [FieldProblem<Issue>] = DecisionRule.check(outcome, trust: c.trust, reason: why, legalBasis: legalBasis)
            .map { p in
                switch p.issue {
                case .unsignedSubmission: return .init(p.name, .unsignedSubmission)
                case .legalBasisRequired: return .init(p.name, .legalBasisRequired)
                case .reasonRequired: return .init(p.name, .required)
                case .notAnonymous: return .init(p.name, .notAnonymous)
                }
            }
        if problems.contains(where: { $0.issue == .unsignedSubmission }) { return .failure(Refusal(problems)) }
        if why.count > Limits.reason { problems.append(.init("reason", .tooLong)) }
        if ControlCharacters.found(in: why) { problems.append(.init("reason", .controlCharacter)) }
        if legalBasis.count > Limits.legalBases { problems.append(.init("legalBasis", .tooMany)) }
        for (i, basis) in legalBasis.prefix(Limits.legalBases).enumerated() {
            if catalogue.act(basis.act) == nil { problems.append(.init("legalBasis/\(i)/act", .unknownAct)) }
            if !isSection(basis.section) { problems.append(.init("legalBasis/\(i)/section", .notASection)) }
            if let p = basis.paragraph, !isParagraph(p) { problems.append(.init("legalBasis/\(i)/paragraph", .notAParagraph)) }
        }
        guard problems.isEmpty else { return .failure(Refusal(problems)) }
        let appeal = outcome.isUnfavourable
            ? ContestNotice.make(enteredIntoForce: day, language: c.language, agency: agency, calendar: calendar) : nil
        var next = c
        next.status = .decided
        next.suspension = nil
        next.decision = .init(outcome: outcome, reason: why, legalBasis: legalBasis, on: day, by: actor, appeal: appeal)
        return .success((next, CaseEvent(at: at, actor: actor, kind: .decided, detail: outcome.rawValue)))
    }

    /// "34", "5.1" (a section inserted later), at most four digits each side.
    public static func isSection(_ s: String) -> Bool {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { (1...4).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }
    }

    public static func isParagraph(_ s: String) -> Bool { (1...3).contains(s.count) && s.allSatisfy(\.isASCIIDigit) }

    /// A note on the timeline (internal; never shown to the submitter).
    public static func note(_ c: SubmissionCase, text: String?, at: Date, by actor: String) -> Result<CaseEvent, Refusal> {
        var problems: [FieldProblem<Issue>] = []
        let t = cleanText(text, "text", limit: Limits.note, into: &problems)
        guard problems.isEmpty else { return .failure(Refusal(problems)) }
        return .success(CaseEvent(at: at, actor: actor, kind: .note, detail: t))
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
