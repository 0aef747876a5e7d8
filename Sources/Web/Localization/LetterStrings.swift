import Domain

/// The words of the letter composer on the case page and of the correction on the mailbox page
/// (issue 15), Latvian first.
struct LetterStrings: Sendable {
    let legend: String
    let hint: String
    let template: String
    let ownText: String
    let templateName: @Sendable (LetterTemplate.Purpose) -> String
    let language: String
    let languageName: @Sendable (Language) -> String
    let channel: String
    let channelName: @Sendable (LetterComposer.Channel) -> String
    let subject: String
    let subjectHint: String
    let text: String
    let reason: String
    let reasonHint: String
    let preview: String
    let send: String
    let previewHeading: String
    let previewHint: String
    let notifiedOn: @Sendable (String) -> String
    let correctionOf: String
    let correctionLegend: String
    let correctionHint: String
    let wrong: String
    let right: String
    let sendCorrection: String
    let corrected: String
    let corrects: String
    let filterLegend: String
    let anyStatus: String
    let show: String

    static func of(_ l: Language) -> LetterStrings { l == .lv ? .lv : .en }

    static let lv = LetterStrings(
        legend: "Rakstīt vēstuli",
        hint: "Uzruna, atvadas un Jūsu paraksts (vārds, uzvārds, struktūrvienība, amats, tālrunis) tiek pievienoti automātiski.",
        template: "Veidne", ownText: "Bez veidnes — savs temats un teksts",
        templateName: { p in
            switch p {
            case .generalInformation: return "Vispārīga informācija"
            case .moreInformation: return "Nepieciešama papildu informācija"
            case .howToSubmit: return "Kā iesniegt pareizi"
            case .decision: return "Atbilde (lēmums)"
            case .referralNotice: return "Paziņojums par pārsūtīšanu"
            case .forwarding: return "Pārsūtīšana iestādei"
            }
        },
        language: "Valoda", languageName: { $0 == .lv ? "latviešu" : "angļu" },
        channel: "Kā nosūtīt",
        channelName: { c in
            switch c {
            case .email: return "e-pastā"
            case .eAddress: return "uz oficiālo e-adresi"
            case .post: return "izdrukāt (pa pastu vai klātienē)"
            }
        },
        subject: "Temats", subjectHint: "Ar veidni — tikai ja vēlaties citu temata tekstu.",
        text: "Teksts", reason: "Iemesls", reasonHint: "Veidnei “Nepieciešama papildu informācija”: kāda informācija jāiegūst.",
        preview: "Priekšskatīt", send: "Nosūtīt",
        previewHeading: "Priekšskatījums", previewHint: "Vēstule vēl nav saglabāta un nosūtīta.",
        notifiedOn: { "uzskatāma par paziņotu \($0)" },
        correctionOf: "Labojums", correctionLegend: "Nosūtīt labojumu ar atvainošanos",
        correctionHint: "Klients saņems jaunu ziņu tajā pašā kanālā un valodā: kas bija kļūdaini, kas ir pareizi, un atvainošanos. Tā tiks reģistrēta.",
        wrong: "Kas bija kļūdaini", right: "Kas ir pareizi", sendCorrection: "Nosūtīt labojumu",
        corrected: "Labojums ar atvainošanos nosūtīšanai ierindots.", corrects: "Labo ziņu",
        filterLegend: "Atlase", anyStatus: "Visi statusi", show: "Rādīt")

    static let en = LetterStrings(
        legend: "Write a letter",
        hint: "The greeting, the goodbye and your signature (name, surname, unit, position, phone) are added automatically.",
        template: "Template", ownText: "No template — my own subject and text",
        templateName: { p in
            switch p {
            case .generalInformation: return "General information"
            case .moreInformation: return "More information needed"
            case .howToSubmit: return "How to submit properly"
            case .decision: return "Answer (decision)"
            case .referralNotice: return "Notice of the forwarding"
            case .forwarding: return "Forwarding to the institution"
            }
        },
        language: "Language", languageName: { $0 == .lv ? "Latvian" : "English" },
        channel: "How to send",
        channelName: { c in
            switch c {
            case .email: return "by e-mail"
            case .eAddress: return "to the official e-address"
            case .post: return "print (post or hand over)"
            }
        },
        subject: "Subject", subjectHint: "With a template — only to word the subject differently.",
        text: "Text", reason: "Reason", reasonHint: "For “More information needed”: what must be obtained.",
        preview: "Preview", send: "Send",
        previewHeading: "Preview", previewHint: "The letter is not saved or sent yet.",
        notifiedOn: { "counts as notified on \($0)" },
        correctionOf: "Correction", correctionLegend: "Send a correction with an apology",
        correctionHint: "The client receives a new message over the same channel and in the same language: what was wrong, what is right, and an apology. It is recorded.",
        wrong: "What was wrong", right: "What is right", sendCorrection: "Send the correction",
        corrected: "The correction with an apology is queued to be sent.", corrects: "Corrects message",
        filterLegend: "Filter", anyStatus: "All statuses", show: "Show")
}
