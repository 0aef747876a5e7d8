import Foundation

/// The letters a case produces (S-REFER, S-REFUSAL): the forwarding to an institution (in
/// Latvian, the state language) with the submitter's notice, and the decision with its contest
/// notice, in the submitter's language. They open with a greeting and close with the goodbye and
/// the signature of whoever sends them (S-MAIL-FORM, LetterFrame); those with an e-mail address
/// leave through the outbox (issue 15).
public enum CaseLetters {
    static func date(_ d: LocalDate, _ language: Language) -> String { MessageTexts.of(language).date(d) }

    static func submitterAddress(_ c: SubmissionCase) -> String? {
        c.submitter.flatMap { $0.email ?? $0.postalAddress }
    }

    /// The case's facts every case letter may use (LetterTemplate.catalogue).
    static func facts(_ c: SubmissionCase, _ l: Language) -> [String: String] {
        ["reference": c.reference, "subject": c.subject, "received": date(RigaTime.date(of: c.receivedAt), l),
         "due": date(c.dueDate, l), "unsigned": c.trust == .unsigned ? "yes" : ""]
    }

    /// A letter of the catalogue's template for `purpose`, filled and framed. The catalogue's own
    /// templates always get what they use (CorrespondenceRulesTests); were one to miss a variable,
    /// the tag stays visible in the text rather than the letter being lost.
    static func written(_ purpose: LetterTemplate.Purpose, _ l: Language, _ variables: [String: String], addressee: String?,
                        from sender: LetterSender) -> (subject: String, body: String) {
        let t = LetterTemplate.of(purpose, l)
        let (subject, content) = (try? t.rendered(variables)) ?? (t.subject, t.content)
        return (subject, LetterFrame.framed(content, addressee: addressee, from: sender, language: l))
    }

    /// The forwarding: the submission itself, to the institution whose competence it is.
    public static func forwarding(_ c: SubmissionCase, to institution: Institution, id: UUID, at: Date, from sender: LetterSender) -> CaseLetter {
        var v = facts(c, .lv)
        v["from"] = c.submitter?.fullName ?? "anonīms iesniedzējs"
        v["submissionText"] = c.text
        let (subject, body) = written(.forwarding, .lv, v, addressee: nil, from: sender)
        return CaseLetter(id: id, purpose: .forwarding, language: .lv, recipient: institution.name.lv,
                          address: institution.eAddress ?? institution.email, subject: subject, body: body, createdAt: at)
    }

    /// The submitter is told, at the same time, where the submission went.
    public static func referralNotice(_ c: SubmissionCase, to institution: Institution, id: UUID, at: Date, from sender: LetterSender) -> CaseLetter {
        let l = c.language
        var v = facts(c, l)
        v["institution"] = institution.name.text(l)
        v["institutionAddress"] = institution.postalAddress
        v["institutionEmail"] = institution.email
        let (subject, body) = written(.referralNotice, l, v, addressee: c.submitter?.fullName, from: sender)
        return CaseLetter(id: id, purpose: .referralNotice, language: l, recipient: c.submitter?.fullName ?? "",
                          address: submitterAddress(c), subject: subject, body: body, createdAt: at)
    }

    /// The submitter is told that more information is needed, why, and by when the answer comes
    /// (Law on Submissions §5 as amended from 2026-03-01); nil without a reason or a submitter.
    public static func moreInformation(_ c: SubmissionCase, id: UUID, at: Date, from sender: LetterSender) -> CaseLetter? {
        guard let reason = c.moreInformationReason, c.submitter != nil else { return nil }
        let l = c.language
        var v = facts(c, l)
        v["reason"] = reason
        v["text"] = ""
        let (subject, body) = written(.moreInformation, l, v, addressee: c.submitter?.fullName, from: sender)
        return CaseLetter(id: id, purpose: .moreInformation, language: l, recipient: c.submitter?.fullName ?? "",
                          address: submitterAddress(c), subject: subject, body: body, createdAt: at)
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
        var v = facts(c, l)
        v["outcome"] = outcomeWords(d.outcome, l)
        v["reason"] = d.reason
        v["legalBasis"] = d.legalBasis.map { LegalAct.cite($0, language: l, acts: acts) }.joined(separator: "; ")
        v["howToSubmit"] = howToSubmit(l, agency: agency)
        v["appeal"] = d.appeal?.text ?? ""
        let (subject, body) = written(.decision, l, v, addressee: c.submitter?.fullName, from: sender)
        return CaseLetter(id: id, purpose: .decision, language: l, recipient: c.submitter?.fullName ?? "", address: submitterAddress(c),
                          subject: subject, body: body, createdAt: at)
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
