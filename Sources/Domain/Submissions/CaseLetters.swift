import Foundation

/// The letters a case produces (S-REFER, S-REFUSAL): the forwarding to an institution (in
/// Latvian, the state language) with the submitter's notice, and the decision with its contest
/// notice, in the submitter's language. They open with a greeting and close with the goodbye and
/// the signature of whoever sends them (S-MAIL-FORM, LetterFrame); those with an e-mail address
/// leave through the outbox (issue 15).
public enum CaseLetters {
    static let agencyName = LetterFrame.agencyName

    static func greeting(_ c: SubmissionCase, _ language: Language) -> String {
        LetterFrame.greeting(c.submitter?.fullName, language)
    }

    static func closing(_ language: Language, _ sender: LetterSender) -> String {
        sender.closing(language).joined(separator: "\n")
    }

    static func date(_ d: LocalDate, _ language: Language) -> String { MessageTexts.of(language).date(d) }

    static func submitterAddress(_ c: SubmissionCase) -> String? {
        c.submitter.flatMap { $0.email ?? $0.postalAddress }
    }

    /// The forwarding: the submission itself, to the institution whose competence it is.
    public static func forwarding(_ c: SubmissionCase, to institution: Institution, id: UUID, at: Date, from sender: LetterSender) -> CaseLetter {
        let received = date(RigaTime.date(of: c.receivedAt), .lv)
        let from = c.submitter?.fullName ?? "anonīms iesniedzējs"
        let body = """
            \(LetterFrame.greeting(nil, .lv))

            Pilsonības un migrācijas lietu pārvalde \(received) saņēma \(from) iesniegumu "\(c.subject)" (reģ. Nr. \(c.reference)). \
            Tā izskatīšana nav Pārvaldes kompetencē, tāpēc saskaņā ar Iesniegumu likuma 4. pantu to pārsūtām Jums.

            Iesnieguma teksts:
            \(c.text)

            \(closing(.lv, sender))
            """
        return CaseLetter(id: id, purpose: .forwarding, language: .lv, recipient: institution.name.lv,
                          address: institution.eAddress ?? institution.email, subject: "Iesnieguma pārsūtīšana (\(c.reference))",
                          body: body, createdAt: at)
    }

    /// The submitter is told, at the same time, where the submission went.
    public static func referralNotice(_ c: SubmissionCase, to institution: Institution, id: UUID, at: Date, from sender: LetterSender) -> CaseLetter {
        let l = c.language
        let received = date(RigaTime.date(of: c.receivedAt), l)
        let name = institution.name.text(l)
        let body: String
        switch l {
        case .lv:
            body = """
                \(greeting(c, l))

                Jūsu \(received) iesniegums "\(c.subject)" (reģ. Nr. \(c.reference)) nav Pilsonības un migrācijas lietu \
                pārvaldes kompetencē. Saskaņā ar Iesniegumu likuma 4. pantu esam to pārsūtījuši iestādei: \(name) \
                (\(institution.postalAddress), \(institution.email)), kas Jums atbildēs.

                \(closing(l, sender))
                """
        case .en:
            body = """
                \(greeting(c, l))

                Your submission "\(c.subject)" of \(received) (ref. \(c.reference)) is not within the competence of the \
                Office of Citizenship and Migration Affairs. Under Section 4 of the Law on Submissions we have forwarded it to \
                \(name) (\(institution.postalAddress), \(institution.email)), which will answer you.

                \(closing(l, sender))
                """
        }
        return CaseLetter(id: id, purpose: .referralNotice, language: l, recipient: c.submitter?.fullName ?? "",
                          address: submitterAddress(c),
                          subject: l == .lv ? "Jūsu iesniegums pārsūtīts (\(c.reference))" : "Your submission was forwarded (\(c.reference))",
                          body: body, createdAt: at)
    }

    /// The submitter is told that more information is needed, why, and by when the answer comes
    /// (Law on Submissions §5 as amended from 2026-03-01); nil without a reason or a submitter.
    public static func moreInformation(_ c: SubmissionCase, id: UUID, at: Date, from sender: LetterSender) -> CaseLetter? {
        guard let reason = c.moreInformationReason, c.submitter != nil else { return nil }
        let l = c.language, received = date(RigaTime.date(of: c.receivedAt), l), due = date(c.dueDate, l)
        let body: String
        switch l {
        case .lv:
            body = """
                \(greeting(c, l))

                Jūsu \(received) iesniegumam "\(c.subject)" (reģ. Nr. \(c.reference)) jāiegūst papildu informācija: \(reason). \
                Tāpēc atbildi sniegsim viena mēneša laikā — līdz \(due).

                \(closing(l, sender))
                """
        case .en:
            body = """
                \(greeting(c, l))

                More information must be obtained for your submission "\(c.subject)" of \(received) (ref. \(c.reference)): \(reason). \
                We will therefore answer within one month — by \(due).

                \(closing(l, sender))
                """
        }
        return CaseLetter(id: id, purpose: .moreInformation, language: l, recipient: c.submitter?.fullName ?? "",
                          address: submitterAddress(c),
                          subject: l == .lv ? "Papildu informācija Jūsu iesniegumam (\(c.reference))" : "More information for your submission (\(c.reference))",
                          body: body, createdAt: at)
    }

    public static func outcomeWords(_ o: DecisionOutcome, _ l: Language) -> String {
        switch (o, l) {
        case (.granted, .lv): return "iesniegums apmierināts"
        case (.partlyGranted, .lv): return "iesniegums apmierināts daļēji"
        case (.refused, .lv): return "iesniegumu atteikts apmierināt"
        case (.generalInformation, .lv): return "sniegta vispārīga informācija"
        case (.notExamined, .lv): return "iesniegums atstāts bez izskatīšanas"
        case (.granted, .en): return "your request is granted"
        case (.partlyGranted, .en): return "your request is partly granted"
        case (.refused, .en): return "your request is refused"
        case (.generalInformation, .en): return "general information is given"
        case (.notExamined, .en): return "the submission is left unexamined"
        }
    }

    /// The decision letter: outcome, reason, legal basis and — when unfavourable — the notice of
    /// the right to contest. An unsigned submission's answer says how to submit properly (K-UNSIGNED).
    public static func decision(_ c: SubmissionCase, id: UUID, at: Date, agency: AgencyContacts, acts: [LegalAct],
                                from sender: LetterSender) -> CaseLetter? {
        guard let d = c.decision else { return nil }
        let l = c.language
        var parts = [greeting(c, l)]
        let received = date(RigaTime.date(of: c.receivedAt), l)
        parts.append(l == .lv
            ? "Izskatot Jūsu \(received) iesniegumu \"\(c.subject)\" (reģ. Nr. \(c.reference)), \(outcomeWords(d.outcome, l))."
            : "Having examined your submission \"\(c.subject)\" of \(received) (ref. \(c.reference)): \(outcomeWords(d.outcome, l)).")
        if !d.reason.isEmpty { parts.append(d.reason) }
        if !d.legalBasis.isEmpty {
            parts.append((l == .lv ? "Tiesiskais pamatojums: " : "Legal basis: ")
                + d.legalBasis.map { LegalAct.cite($0, language: l, acts: acts) }.joined(separator: "; ") + ".")
        }
        if c.trust == .unsigned {
            parts.append(howToSubmit(l, agency: agency))
        }
        if let appeal = d.appeal { parts.append(appeal.text) }
        parts.append(closing(l, sender))
        return CaseLetter(id: id, purpose: .decision, language: l, recipient: c.submitter?.fullName ?? "", address: submitterAddress(c),
                          subject: l == .lv ? "Atbilde uz Jūsu iesniegumu (\(c.reference))" : "Answer to your submission (\(c.reference))",
                          body: parts.joined(separator: "\n\n"), createdAt: at)
    }

    /// K-UNSIGNED: the template offered for an unsigned submission — how to submit so that it can
    /// be examined on its merits.
    public static func howToSubmit(_ l: Language, agency: AgencyContacts) -> String {
        switch l {
        case .lv:
            return "Jūsu iesniegums nav parakstīts ar drošu elektronisko parakstu, tāpēc uz to sniedzama tikai vispārīga informācija. "
                + "Lai to izskatītu pēc būtības, iesniedziet to ar drošu elektronisko parakstu uz \(agency.email), oficiālajā "
                + "elektroniskajā adresē, portālā latvija.gov.lv, pa pastu (\(agency.postalAddress)) vai klātienē."
        case .en:
            return "Your submission is not signed with a secure electronic signature, so it can receive general information only. "
                + "To have it examined on its merits, send it signed with a secure electronic signature to \(agency.email), through the "
                + "official electronic address, the latvija.gov.lv portal, by post (\(agency.postalAddress)) or in person."
        }
    }
}
