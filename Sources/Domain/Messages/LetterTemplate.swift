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
        /// The decision with its reason, legal basis and — when unfavourable — the contest notice
        /// (S-REFUSAL); written by the decide step, not picked in the composer.
        case decision
        /// The submitter told where their submission was forwarded (S-REFER).
        case referralNotice = "referral-notice"
        /// The submission forwarded to the competent institution, in Latvian (S-REFER).
        case forwarding

        /// The templates an officer picks in the composer; the others are written by their case step.
        public static let composable: [Purpose] = [.generalInformation, .moreInformation, .howToSubmit]
        public var isComposable: Bool { Self.composable.contains(self) }
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

    /// The template in `l`, or in Latvian when it has no other (the forwarding to an institution).
    public static func of(_ purpose: Purpose, _ l: Language) -> LetterTemplate {
        catalogue.first { $0.purpose == purpose && $0.language == l } ?? catalogue.first { $0.purpose == purpose } ?? catalogue[0]
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
        // `outcome` in words, `legalBasis` cited, `appeal` the contest notice (ContestNotice).
        LetterTemplate(purpose: .decision, language: .lv, subject: "Atbilde uz Jūsu iesniegumu ({{reference}})", content: """
            Izskatot Jūsu {{received}} iesniegumu "{{subject}}" (reģ. Nr. {{reference}}), {{outcome}}.{{#reason}}

            {{reason}}{{/reason}}{{#legalBasis}}

            Tiesiskais pamatojums: {{legalBasis}}.{{/legalBasis}}{{#unsigned}}

            {{howToSubmit}}{{/unsigned}}{{#appeal}}

            {{appeal}}{{/appeal}}
            """),
        LetterTemplate(purpose: .decision, language: .en, subject: "Answer to your submission ({{reference}})", content: """
            Having examined your submission "{{subject}}" of {{received}} (ref. {{reference}}): {{outcome}}.{{#reason}}

            {{reason}}{{/reason}}{{#legalBasis}}

            Legal basis: {{legalBasis}}.{{/legalBasis}}{{#unsigned}}

            {{howToSubmit}}{{/unsigned}}{{#appeal}}

            {{appeal}}{{/appeal}}
            """),
        LetterTemplate(purpose: .referralNotice, language: .lv, subject: "Jūsu iesniegums pārsūtīts ({{reference}})", content: """
            Jūsu {{received}} iesniegums "{{subject}}" (reģ. Nr. {{reference}}) nav Pilsonības un migrācijas lietu \
            pārvaldes kompetencē. Saskaņā ar Iesniegumu likuma 4. pantu esam to pārsūtījuši iestādei: {{institution}} \
            ({{institutionAddress}}, {{institutionEmail}}), kas Jums atbildēs.
            """),
        LetterTemplate(purpose: .referralNotice, language: .en, subject: "Your submission was forwarded ({{reference}})", content: """
            Your submission "{{subject}}" of {{received}} (ref. {{reference}}) is not within the competence of the \
            Office of Citizenship and Migration Affairs. Under Section 4 of the Law on Submissions we have forwarded it to \
            {{institution}} ({{institutionAddress}}, {{institutionEmail}}), which will answer you.
            """),
        // To an institution: in the state language only; `from` names the submitter or says anonymous.
        LetterTemplate(purpose: .forwarding, language: .lv, subject: "Iesnieguma pārsūtīšana ({{reference}})", content: """
            Pilsonības un migrācijas lietu pārvalde {{received}} saņēma {{from}} iesniegumu "{{subject}}" (reģ. Nr. {{reference}}). \
            Tā izskatīšana nav Pārvaldes kompetencē, tāpēc saskaņā ar Iesniegumu likuma 4. pantu to pārsūtām Jums.

            Iesnieguma teksts:
            {{submissionText}}
            """),
    ]
}
