import Foundation

/// An officer's letter from a case (issue 15, item 1): a template of the catalogue filled with
/// the case's facts and the officer's words, or the officer's own subject and text — framed, either
/// way, by the greeting, the goodbye and the officer's signature (S-MAIL-FORM), so no letter can
/// leave without them. The address comes from the case for the chosen channel.
public enum LetterComposer {
    /// `post`: the letter is printed (its printable page) and posted or handed over.
    public enum Channel: String, Sendable, CaseIterable, Codable { case email, eAddress = "e-address", post }

    public struct Request: Sendable, Equatable {
        public var template: LetterTemplate.Purpose?
        /// nil: the case's language (the client's).
        public var language: Language?
        public var channel: Channel
        public var subject: String?
        public var text: String?
        /// The officer's words for the template's blanks (`reason`, `text`).
        public var variables: [String: String]

        public init(template: LetterTemplate.Purpose? = nil, language: Language? = nil, channel: Channel, subject: String? = nil,
                    text: String? = nil, variables: [String: String] = [:]) {
            self.template = template
            self.language = language
            self.channel = channel
            self.subject = subject
            self.text = text
            self.variables = variables
        }
    }

    public enum Limits {
        public static let subject = 200
        public static let text = 10_000
        public static let variable = 2_000
    }

    /// The blanks an officer fills; the others are the case's facts and cannot be overridden.
    public static let officerVariables: Set<String> = ["text", "reason"]

    /// The official e-address of a natural person is kept under their personal code (FACTS.md §8).
    public static func eAddress(of submitter: SubmissionIntake.Submitter?) -> String? {
        guard let code = submitter?.personalCode else { return nil }
        let address = "_DEFAULT@\(code)"
        return EAddress.isValid(address) ? address : nil
    }

    /// The facts every case letter may use (LetterTemplate.catalogue).
    public static func facts(_ c: SubmissionCase, language l: Language, agency: AgencyContacts) -> [String: String] {
        CaseLetters.facts(c, l).merging(["howToSubmit": CaseLetters.howToSubmit(l, agency: agency), "agencyPhone": agency.phone]) { $1 }
    }

    public static func compose(_ r: Request, for c: SubmissionCase, id: UUID, at: Date, agency: AgencyContacts,
                               from sender: LetterSender) -> Result<CaseLetter, CaseWork.Refusal> {
        var problems: [FieldProblem<CaseWork.Issue>] = []
        let l = r.language ?? c.language

        func clean(_ text: String?, _ field: String, limit: Int, oneLine: Bool = false) -> String? {
            let t = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !t.isEmpty else { return nil }
            if t.count > limit { problems.append(.init(field, .tooLong)) }
            if ControlCharacters.found(in: t) || (oneLine && t.contains(where: \.isNewline)) {
                problems.append(.init(field, .controlCharacter))
            }
            return t
        }
        let subject = clean(r.subject, "subject", limit: Limits.subject, oneLine: true)
        let text = clean(r.text, "text", limit: Limits.text)
        var given: [String: String] = [:]
        for (name, value) in r.variables.sorted(by: { $0.key < $1.key }) {
            guard officerVariables.contains(name) else { problems.append(.init("variables/\(name)", .unknownVariable)); continue }
            given[name] = clean(value, "variables/\(name)", limit: Limits.variable)
        }
        if let text { given["text"] = text }

        let address: String?
        switch r.channel {
        case .email: address = c.submitter?.email
        case .eAddress: address = eAddress(of: c.submitter)
        case .post: address = c.submitter?.postalAddress
        }
        if address == nil, r.channel != .post { problems.append(.init("channel", .noAddress)) }

        var rendered: (subject: String, content: String)?
        if let purpose = r.template, !purpose.isComposable {
            problems.append(.init("template", .unknownTemplate))
        } else if let purpose = r.template {
            var variables = given.merging(facts(c, language: l, agency: agency)) { _, fact in fact }
            for name in officerVariables where variables[name] == nil { variables[name] = "" }
            do {
                let filled = try LetterTemplate.of(purpose, l).rendered(variables)
                if purpose == .moreInformation, given["reason"] == nil { problems.append(.init("variables/reason", .required)) }
                rendered = (subject ?? filled.subject, filled.content)
            } catch {
                problems.append(.init("template", .unknownTemplate))
            }
        } else {
            if subject == nil { problems.append(.init("subject", .required)) }
            if text == nil { problems.append(.init("text", .required)) }
            if let subject, let text { rendered = (subject, text) }
        }
        guard problems.isEmpty, let rendered else { return .failure(.init(problems)) }
        let purpose = r.template.flatMap { CaseLetter.Purpose(rawValue: $0.rawValue) } ?? .answer
        let body = LetterFrame.framed(rendered.content, addressee: c.submitter?.fullName, from: sender, language: l)
        return .success(CaseLetter(id: id, purpose: purpose, language: l, recipient: c.submitter?.fullName ?? "",
                                   address: address, subject: rendered.subject, body: body, createdAt: at))
    }
}
