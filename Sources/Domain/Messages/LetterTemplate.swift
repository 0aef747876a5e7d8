import Foundation

/// The letters an officer sends from a case (issue 15, item 1): a template per purpose and
/// language with variables (`{{reference}}`) and conditional blocks (`{{#reason}}…{{/reason}}`
/// shown when the variable is given, `{{^reason}}…{{/reason}}` when it is not). The template holds
/// the content only; `LetterFrame` adds the greeting and the signature, so no template can leave
/// them out. Facts (the agency's contacts) come in as variables, never typed into a template.
public struct LetterTemplate: Sendable, Equatable {
    public enum Purpose: String, Sendable, CaseIterable, Codable {
        /// The answer an unsigned submission may receive (K-UNSIGNED).
        case generalInformation = "general-information"
        /// The client is told more information is needed, why, and by when (Law on Submissions §5).
        case moreInformation = "more-information"
        /// How to submit so that the submission can be examined on its merits (K-UNSIGNED).
        case howToSubmit = "how-to-submit"
    }

    public let purpose: Purpose
    public let language: Language
    public let subject: String
    public let content: String

    public enum Problem: Error, Sendable, Equatable {
        /// `{{name}}` with no value given.
        case missingVariable(String)
        /// A block opened and never closed (a template's own mistake; tests keep the catalogue free of it).
        case unclosedBlock(String)
    }

    /// `text` with its variables filled in and its blocks kept or dropped.
    public static func render(_ text: String, _ variables: [String: String]) throws(Problem) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else { throw .unclosedBlock(String(rest[open.lowerBound...].prefix(20))) }
            let tag = String(rest[open.upperBound..<close.lowerBound]).trimmingCharacters(in: .whitespaces)
            rest = rest[close.upperBound...]
            if let kind = tag.first, kind == "#" || kind == "^" {
                let name = String(tag.dropFirst())
                guard let end = rest.range(of: "{{/\(name)}}") else { throw .unclosedBlock(name) }
                let inner = String(rest[..<end.lowerBound])
                rest = rest[end.upperBound...]
                let given = !(variables[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                if given == (kind == "#") { out += try render(inner, variables) }
            } else {
                guard let value = variables[tag] else { throw .missingVariable(tag) }
                out += value
            }
        }
        out += rest
        return out
    }

    public func rendered(_ variables: [String: String]) throws(Problem) -> (subject: String, content: String) {
        (try Self.render(subject, variables), try Self.render(content, variables))
    }

    public static func of(_ purpose: Purpose, _ l: Language) -> LetterTemplate {
        catalogue.first { $0.purpose == purpose && $0.language == l } ?? catalogue[0]
    }

    /// Variables every case letter can use: `reference`, `subject`, `received`, `due`, `unsigned`,
    /// `howToSubmit` (CaseLetters.howToSubmit, with the agency's contacts), `agencyPhone`; the
    /// officer gives `text` and `reason`.
    public static let catalogue: [LetterTemplate] = [
        LetterTemplate(purpose: .generalInformation, language: .lv, subject: "Atbilde uz Jūsu iesniegumu ({{reference}})", content: """
            Atbildot uz Jūsu {{received}} iesniegumu "{{subject}}" (reģ. Nr. {{reference}}), sniedzam vispārīgu informāciju.

            {{text}}{{#unsigned}}

            {{howToSubmit}}{{/unsigned}}
            """),
        LetterTemplate(purpose: .generalInformation, language: .en, subject: "Answer to your submission ({{reference}})", content: """
            In answer to your submission "{{subject}}" of {{received}} (ref. {{reference}}), we give you general information.

            {{text}}{{#unsigned}}

            {{howToSubmit}}{{/unsigned}}
            """),
        LetterTemplate(purpose: .moreInformation, language: .lv, subject: "Papildu informācija Jūsu iesniegumam ({{reference}})", content: """
            Jūsu {{received}} iesniegumam "{{subject}}" (reģ. Nr. {{reference}}) jāiegūst papildu informācija: {{reason}}. \
            Tāpēc atbildi sniegsim viena mēneša laikā — līdz {{due}}.{{#text}}

            {{text}}{{/text}}
            """),
        LetterTemplate(purpose: .moreInformation, language: .en, subject: "More information for your submission ({{reference}})", content: """
            More information must be obtained for your submission "{{subject}}" of {{received}} (ref. {{reference}}): {{reason}}. \
            We will therefore answer within one month — by {{due}}.{{#text}}

            {{text}}{{/text}}
            """),
        LetterTemplate(purpose: .howToSubmit, language: .lv, subject: "Kā iesniegt iesniegumu ({{reference}})", content: """
            Par Jūsu {{received}} iesniegumu "{{subject}}" (reģ. Nr. {{reference}}): {{howToSubmit}} \
            Jautājumu gadījumā zvaniet {{agencyPhone}}.{{#text}}

            {{text}}{{/text}}
            """),
        LetterTemplate(purpose: .howToSubmit, language: .en, subject: "How to submit ({{reference}})", content: """
            About your submission "{{subject}}" of {{received}} (ref. {{reference}}): {{howToSubmit}} \
            If you have questions, call {{agencyPhone}}.{{#text}}

            {{text}}{{/text}}
            """),
    ]
}
