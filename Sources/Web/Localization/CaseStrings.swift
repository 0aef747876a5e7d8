import Domain

/// The words of the submission and case pages (issue 14), Latvian first.
struct CaseStrings: Sendable {
    let title: String
    let intro: String
    let register: String
    let newTitle: String
    let newIntro: String
    let oralHint: String
    let filterLegend: String
    let statusLabel: String
    let dueLabel: String
    let any: String
    let overdue: String
    let dueSoon: String
    let show: String
    let none: String
    let reference: String
    let office: String
    let channel: String
    let trust: String
    let received: String
    let due: String
    let referralDue: String
    let status: String
    let open: String
    let channelName: @Sendable (SubmissionChannel) -> String
    let trustName: @Sendable (SubmissionTrust) -> String
    let statusName: @Sendable (CaseStatus) -> String
    let receivedAtLabel: String
    let receivedAtHint: String
    let anonymous: String
    let submitterLegend: String
    let name: String
    let surname: String
    let personalCode: String
    let dateOfBirth: String
    let dateOfBirthHint: String
    let email: String
    let phone: String
    let postalAddress: String
    let subject: String
    let text: String
    let moreInformation: String
    let moreInformationHint: String
    let moreInformationReason: String
    let language: String
    let languageName: @Sendable (Language) -> String
    let attachments: String
    let attachmentsHint: String
    let submit: String
    let errorTitle: String
    let registered: @Sendable (String) -> String
    let submitterHeading: String
    let noSubmitter: String
    let textHeading: String
    let deadlinesHeading: String
    let suspendedSince: @Sendable (String, String) -> String
    let moreInformationGiven: @Sendable (String) -> String
    let divisionAddress: String
    let complaintOf: @Sendable (String) -> String
    let timelineHeading: String
    let eventName: @Sendable (CaseEvent.Kind) -> String
    let lettersHeading: String
    /// A letter with no e-mail or e-address: staff print it and post or hand it over.
    let toPrint: String
    let letterPurpose: @Sendable (CaseLetter.Purpose) -> String
    let attachmentsHeading: String
    let actionsHeading: String
    let unsignedNotice: String
    let howToSubmitHeading: String
    let suspendLegend: String
    let reason: String
    let suspend: String
    let resume: String
    let referLegend: String
    let institution: String
    let refer: String
    let decideLegend: String
    let outcome: String
    let outcomeName: @Sendable (DecisionOutcome) -> String
    let legalBasisLegend: String
    let legalBasisHint: String
    let act: String
    let section: String
    let paragraph: String
    let noAct: String
    let decide: String
    let noteLegend: String
    let note: String
    let addNote: String
    let copyLink: String
    let copyHandedOver: String
    let copyHandedOverAt: @Sendable (String) -> String
    let decisionHeading: String
    let appealHeading: String
    let closedNotice: String
    let done: @Sendable (CaseEvent.Kind) -> String
    let copyTitle: String
    let copyIntro: String
    let writtenBy: String
    let submitterSignature: String
    let clerkSignature: String
    let printHint: String
    let backToCase: String
    let letterTo: String
    let mine: String
    let assignedTo: String
    let assignLegend: String
    let assign: String
    let nobody: String
    let registerComplaint: String
    let complaintTitle: @Sendable (String) -> String
    let complaintAbout: String
    let complaintSubject: @Sendable (ComplaintSubject) -> String
    let overdueCount: @Sendable (Int) -> String
    let soonCount: @Sendable (Int) -> String

    static func of(_ l: Language) -> CaseStrings { l == .lv ? .lv : .en }

    /// "3 darbdienās" / "3 working days": the horizon of "due soon", from its one source.
    static let soonLv = "\(DeadlineDigest.soonWorkingDays) " + LatvianPlural.form(DeadlineDigest.soonWorkingDays, one: "darbdienā", many: "darbdienās")
    static let soonEn = "\(DeadlineDigest.soonWorkingDays) " + EnglishPlural.form(DeadlineDigest.soonWorkingDays, one: "working day", many: "working days")

    static let lv = CaseStrings(
        title: "Iesniegumi un lietas",
        intro: "Jūsu nodaļu iesniegumi pēc atbildes termiņa. Saraksts nerāda personas datus; lietas atvēršana tiek reģistrēta piekļuves žurnālā.",
        register: "Reģistrēt iesniegumu",
        newTitle: "Iesnieguma reģistrēšana",
        newIntro: "Klātienes, mutvārdu un pasta iesniegumi. Atbildes termiņš tiek noteikts pēc saņemšanas dienas.",
        oralHint: "Mutvārdu iesniegumu pierakstiet klienta klātbūtnē, nolasiet viņam priekšā un izsniedziet kopiju.",
        filterLegend: "Atlase", statusLabel: "Statuss", dueLabel: "Termiņš", any: "Visi", overdue: "Nokavēti",
        dueSoon: "Beidzas \(soonLv)", show: "Rādīt", none: "Nav lietu.",
        reference: "Reģ. Nr.", office: "Nodaļa", channel: "Kanāls", trust: "Paraksts", received: "Saņemts",
        due: "Atbildēt līdz", referralDue: "Pārsūtīt līdz", status: "Statuss", open: "Atvērt",
        channelName: { c in
            switch c {
            case .inPerson: return "klātienē"
            case .oral: return "mutvārdos"
            case .post: return "pa pastu"
            case .email: return "e-pastā"
            case .eAddress: return "e-adresē"
            case .portal: return "portālā"
            case .webForm: return "tīmekļa veidlapā"
            }
        },
        trustName: { t in
            switch t {
            case .signed: return "parakstīts"
            case .unsigned: return "neparakstīts"
            case .anonymous: return "anonīms"
            }
        },
        statusName: { s in
            switch s {
            case .open: return "izskatīšanā"
            case .suspended: return "apturēts"
            case .referred: return "pārsūtīts"
            case .decided: return "atbildēts"
            }
        },
        receivedAtLabel: "Saņemšanas laiks",
        receivedAtHint: "Pasta vēstulei — diena, kad tā saņemta, piemēram, 2026-12-01 09:30. Tukšs — tagad.",
        anonymous: "Anonīms iesniegums (iesniedzējs nav zināms)",
        submitterLegend: "Iesniedzējs", name: "Vārds", surname: "Uzvārds", personalCode: "Personas kods",
        dateOfBirth: "Dzimšanas datums", dateOfBirthHint: "Ja nav Latvijas personas koda, piemēram, 1985-04-30.",
        email: "E-pasts", phone: "Tālrunis", postalAddress: "Pasta adrese",
        subject: "Temats", text: "Iesnieguma teksts",
        moreInformation: "Jāiegūst papildu informācija (termiņš — viens mēnesis)",
        moreInformationHint: "Iemesls tiek saglabāts un paziņots iesniedzējam.",
        moreInformationReason: "Kāpēc vajadzīga papildu informācija",
        language: "Saziņas valoda", languageName: { $0 == .lv ? "latviešu" : "angļu" },
        attachments: "Pielikumi (piemēram, vēstules skenējums)",
        attachmentsHint: "PDF, JPEG, PNG, TIFF, TXT, DOCX, ODT vai EDOC; katrs līdz 10 MB, kopā līdz 25 MB.",
        submit: "Reģistrēt", errorTitle: "Iesniegumu nevar reģistrēt",
        registered: { "Iesniegums reģistrēts ar Nr. \($0)." },
        submitterHeading: "Iesniedzējs", noSubmitter: "Anonīms", textHeading: "Iesniegums",
        deadlinesHeading: "Termiņi",
        suspendedSince: { "Apturēts kopš \($0): \($1)" },
        moreInformationGiven: { "Termiņš — viens mēnesis, jo jāiegūst papildu informācija: \($0)" },
        divisionAddress: "Saņemts adresē",
        complaintOf: { "Sūdzība lietā \($0)" },
        timelineHeading: "Vēsture",
        eventName: { k in
            switch k {
            case .received: return "Saņemts"
            case .assigned: return "Nodots izpildītājam"
            case .note: return "Piezīme"
            case .suspended: return "Apturēts"
            case .resumed: return "Atsākts"
            case .referred: return "Pārsūtīts"
            case .decided: return "Lēmums"
            case .copyHandedOver: return "Kopija izsniegta"
            case .complaintFiled: return "Iesniegta sūdzība"
            case .attachmentAdded: return "Pievienots pielikums"
            case .letterWritten: return "Uzrakstīta vēstule"
            case .letterDelivered: return "Vēstule nosūtīta"
            case .letterCorrected: return "Nosūtīts labojums ar atvainošanos"
            }
        },
        lettersHeading: "Vēstules",
        toPrint: "jāizdrukā un jānosūta pa pastu vai jānodod",
        letterPurpose: { p in
            switch p {
            case .forwarding: return "Pārsūtīšana iestādei"
            case .referralNotice: return "Paziņojums iesniedzējam par pārsūtīšanu"
            case .decision: return "Atbilde"
            case .moreInformation: return "Papildu informācijas pieprasījums"
            case .generalInformation: return "Vispārīga informācija"
            case .howToSubmit: return "Kā iesniegt pareizi"
            case .answer: return "Vēstule"
            }
        },
        attachmentsHeading: "Pielikumi", actionsHeading: "Darbības",
        unsignedNotice: "Iesniegums nav parakstīts: uz to var sniegt tikai vispārīgu informāciju. Atbildē tiks iekļauts paskaidrojums, kā iesniegt pareizi:",
        howToSubmitHeading: "Kā iesniegt pareizi",
        suspendLegend: "Apturēt termiņu (gaida iesniedzēja atbildi)", reason: "Pamatojums", suspend: "Apturēt",
        resume: "Iesniedzējs atbildēja — atsākt",
        referLegend: "Pārsūtīt citai iestādei (nav PMLP kompetencē)", institution: "Iestāde", refer: "Pārsūtīt",
        decideLegend: "Lēmums", outcome: "Iznākums",
        outcomeName: { o in
            switch o {
            case .granted: return "apmierināts"
            case .partlyGranted: return "apmierināts daļēji"
            case .refused: return "atteikts"
            case .generalInformation: return "vispārīga informācija"
            case .notExamined: return "atstāts bez izskatīšanas"
            }
        },
        legalBasisLegend: "Tiesiskais pamatojums",
        legalBasisHint: "Atteikumam un daļējai apmierināšanai — vismaz viens akts ar pantu.",
        act: "Tiesību akts", section: "Pants", paragraph: "Daļa", noAct: "—", decide: "Pieņemt lēmumu",
        noteLegend: "Iekšēja piezīme", note: "Piezīme", addNote: "Pievienot piezīmi",
        copyLink: "Iesnieguma kopija drukāšanai", copyHandedOver: "Kopija izsniegta klientam",
        copyHandedOverAt: { "Kopija izsniegta \($0)." },
        decisionHeading: "Lēmums", appealHeading: "Apstrīdēšana",
        closedNotice: "Lieta ir pabeigta. Sūdzību par to reģistrē kā jaunu iesniegumu.",
        done: { k in
            switch k {
            case .suspended: return "Termiņš apturēts."
            case .resumed: return "Termiņš atsākts."
            case .referred: return "Iesniegums pārsūtīts; sagatavotas abas vēstules."
            case .decided: return "Lēmums pieņemts; atbildes vēstule sagatavota."
            case .note: return "Piezīme pievienota."
            case .copyHandedOver: return "Kopijas izsniegšana reģistrēta."
            case .assigned: return "Lieta nodota izpildītājam."
            case .letterWritten: return "Vēstule saglabāta lietā; ja tai ir e-pasta vai e-adrese, tā nosūtīta."
            default: return "Saglabāts."
            }
        },
        copyTitle: "Iesnieguma kopija",
        copyIntro: "Mutvārdos izteikts iesniegums, pierakstīts iesniedzēja klātbūtnē (Iesniegumu likums).",
        writtenBy: "Pierakstīja", submitterSignature: "Iesniedzējs iepazinās, paraksts:", clerkSignature: "Darbinieka paraksts:",
        printHint: "Drukājiet šo lapu (Ctrl+P); izvēlne un pogas netiek drukātas.", backToCase: "Atpakaļ uz lietu",
        letterTo: "Adresāts", mine: "Tikai man nodotās", assignedTo: "Izpildītājs", assignLegend: "Nodot izpildītājam",
        assign: "Nodot", nobody: "— neviens —", registerComplaint: "Reģistrēt sūdzību par šo lietu",
        complaintTitle: { "Sūdzība lietā \($0)" }, complaintAbout: "Par ko ir sūdzība",
        complaintSubject: { s in
            switch s {
            case .decision: return "par lēmumu"
            case .act: return "par citu rīcību vai faktisko rīcību"
            case .conduct: return "par darbinieka uzvedību"
            }
        },
        overdueCount: { n in "Nokavēti iesniegumi: \(n)" },
        soonCount: { n in "Atbildes termiņš beidzas \(soonLv): \(n)" })

    static let en = CaseStrings(
        title: "Submissions and cases",
        intro: "Your offices' submissions by answer date. The list shows no personal data; opening a case is recorded in the access log.",
        register: "Register a submission",
        newTitle: "Register a submission",
        newIntro: "In-person, oral and postal submissions. The answer date follows from the day it was received.",
        oralHint: "Write an oral submission down in the client's presence, read it back to them and give them a copy.",
        filterLegend: "Filter", statusLabel: "Status", dueLabel: "Due", any: "All", overdue: "Overdue",
        dueSoon: "Due within \(soonEn)", show: "Show", none: "No cases.",
        reference: "Ref.", office: "Office", channel: "Channel", trust: "Signature", received: "Received",
        due: "Answer by", referralDue: "Forward by", status: "Status", open: "Open",
        channelName: { c in
            switch c {
            case .inPerson: return "in person"
            case .oral: return "oral"
            case .post: return "by post"
            case .email: return "by e-mail"
            case .eAddress: return "e-address"
            case .portal: return "portal"
            case .webForm: return "web form"
            }
        },
        trustName: { t in
            switch t {
            case .signed: return "signed"
            case .unsigned: return "unsigned"
            case .anonymous: return "anonymous"
            }
        },
        statusName: { s in
            switch s {
            case .open: return "in progress"
            case .suspended: return "suspended"
            case .referred: return "forwarded"
            case .decided: return "answered"
            }
        },
        receivedAtLabel: "Time received",
        receivedAtHint: "For a letter, the day it arrived, e.g. 2026-12-01 09:30. Empty means now.",
        anonymous: "Anonymous submission (the sender is unknown)",
        submitterLegend: "Submitter", name: "Name", surname: "Surname", personalCode: "Personal code",
        dateOfBirth: "Date of birth", dateOfBirthHint: "Without a Latvian personal code, e.g. 1985-04-30.",
        email: "E-mail", phone: "Phone", postalAddress: "Postal address",
        subject: "Subject", text: "Text of the submission",
        moreInformation: "More information must be obtained (one month to answer)",
        moreInformationHint: "The reason is recorded and told to the submitter.",
        moreInformationReason: "Why more information is needed",
        language: "Language for letters", languageName: { $0 == .lv ? "Latvian" : "English" },
        attachments: "Attachments (e.g. a scan of the letter)",
        attachmentsHint: "PDF, JPEG, PNG, TIFF, TXT, DOCX, ODT or EDOC; up to 10 MB each, 25 MB together.",
        submit: "Register", errorTitle: "The submission cannot be registered",
        registered: { "Submission registered as \($0)." },
        submitterHeading: "Submitter", noSubmitter: "Anonymous", textHeading: "Submission",
        deadlinesHeading: "Deadlines",
        suspendedSince: { "Suspended since \($0): \($1)" },
        moreInformationGiven: { "One month to answer, as more information must be obtained: \($0)" },
        divisionAddress: "Received at",
        complaintOf: { "Complaint in case \($0)" },
        timelineHeading: "History",
        eventName: { k in
            switch k {
            case .received: return "Received"
            case .assigned: return "Assigned"
            case .note: return "Note"
            case .suspended: return "Suspended"
            case .resumed: return "Resumed"
            case .referred: return "Forwarded"
            case .decided: return "Decision"
            case .copyHandedOver: return "Copy handed over"
            case .complaintFiled: return "Complaint filed"
            case .attachmentAdded: return "Attachment added"
            case .letterWritten: return "Letter written"
            case .letterDelivered: return "Letter sent"
            case .letterCorrected: return "Correction with apology sent"
            }
        },
        lettersHeading: "Letters",
        toPrint: "to print and post or hand over",
        letterPurpose: { p in
            switch p {
            case .forwarding: return "Forwarding to the institution"
            case .referralNotice: return "Notice to the submitter of the forwarding"
            case .decision: return "Answer"
            case .moreInformation: return "Request for more information"
            case .generalInformation: return "General information"
            case .howToSubmit: return "How to submit properly"
            case .answer: return "Letter"
            }
        },
        attachmentsHeading: "Attachments", actionsHeading: "Actions",
        unsignedNotice: "The submission is not signed: it can receive general information only. The answer will explain how to submit properly:",
        howToSubmitHeading: "How to submit properly",
        suspendLegend: "Suspend the deadline (waiting for the submitter)", reason: "Reason", suspend: "Suspend",
        resume: "The submitter answered — resume",
        referLegend: "Forward to another institution (outside PMLP's competence)", institution: "Institution", refer: "Forward",
        decideLegend: "Decision", outcome: "Outcome",
        outcomeName: { o in
            switch o {
            case .granted: return "granted"
            case .partlyGranted: return "partly granted"
            case .refused: return "refused"
            case .generalInformation: return "general information"
            case .notExamined: return "not examined"
            }
        },
        legalBasisLegend: "Legal basis",
        legalBasisHint: "A refusal or partial grant needs at least one act with its section.",
        act: "Act", section: "Section", paragraph: "Paragraph", noAct: "—", decide: "Decide",
        noteLegend: "Internal note", note: "Note", addNote: "Add the note",
        copyLink: "Printable copy of the submission", copyHandedOver: "Copy handed to the client",
        copyHandedOverAt: { "Copy handed over \($0)." },
        decisionHeading: "Decision", appealHeading: "Right to contest",
        closedNotice: "The case is closed. A complaint about it is registered as a new submission.",
        done: { k in
            switch k {
            case .suspended: return "The deadline is suspended."
            case .resumed: return "The deadline runs again."
            case .referred: return "Forwarded; both letters are prepared."
            case .decided: return "Decided; the answer letter is prepared."
            case .note: return "Note added."
            case .copyHandedOver: return "The copy's handing over is recorded."
            case .assigned: return "The case is given to the officer."
            case .letterWritten: return "The letter is kept on the case and, to an e-mail or e-address, sent."
            default: return "Saved."
            }
        },
        copyTitle: "Copy of the submission",
        copyIntro: "An oral submission, written down in the submitter's presence (Law on Submissions).",
        writtenBy: "Written down by", submitterSignature: "Read by the submitter, signature:", clerkSignature: "Employee's signature:",
        printHint: "Print this page (Ctrl+P); the menu and buttons are not printed.", backToCase: "Back to the case",
        letterTo: "To", mine: "Only those given to me", assignedTo: "Officer", assignLegend: "Give to an officer",
        assign: "Give", nobody: "— nobody —", registerComplaint: "Register a complaint about this case",
        complaintTitle: { "Complaint in case \($0)" }, complaintAbout: "What the complaint is about",
        complaintSubject: { s in
            switch s {
            case .decision: return "the decision"
            case .act: return "another act or action"
            case .conduct: return "an employee's conduct"
            }
        },
        overdueCount: { n in "Overdue submissions: \(n)" },
        soonCount: { n in "Due within \(soonEn): \(n)" })
}

/// The public submission form's own words (issue 14); its fields are CaseStrings'.
struct PublicSubmissionStrings: Sendable {
    let title: String
    let intro: String
    let unsigned: String
    let personalCodeHint: String
    let contactHint: String
    let send: String
    let sentTitle: String
    let sent: @Sendable (String) -> String
    let sentDue: @Sendable (String) -> String
    let keepReference: String

    static func of(_ l: Language) -> PublicSubmissionStrings { l == .lv ? .lv : .en }

    static let lv = PublicSubmissionStrings(
        title: "Iesniegums Pārvaldei",
        intro: "Uzrakstiet savu jautājumu vai iesniegumu. Konts nav vajadzīgs.",
        unsigned: "Šī veidlapa nav parakstīta ar drošu elektronisko parakstu, tāpēc uz to varam sniegt tikai vispārīgu informāciju. "
            + "Lai iesniegumu izskatītu pēc būtības (piemēram, lūgums izsniegt dokumentu), iesniedziet to portālā latvija.gov.lv, "
            + "oficiālajā e-adresē, ar drošu elektronisko parakstu vai klātienē.",
        personalCodeHint: "Nav obligāts; palīdz atrast Jūsu lietu.",
        contactHint: "Norādiet e-pastu vai pasta adresi, uz kuru sūtīt atbildi.",
        send: "Nosūtīt",
        sentTitle: "Iesniegums saņemts",
        sent: { "Jūsu iesniegums saņemts un reģistrēts ar Nr. \($0)." },
        sentDue: { "Atbildi sniegsim līdz \($0)." },
        keepReference: "Saglabājiet reģistrācijas numuru — to var norādīt, sazinoties ar mums.")

    static let en = PublicSubmissionStrings(
        title: "Write to the Office",
        intro: "Write your question or submission. No account is needed.",
        unsigned: "This form is not signed with a secure electronic signature, so we can give general information only. To have a "
            + "request examined on its merits (for example, to be issued a document), submit it through latvija.gov.lv, the official "
            + "e-address, with a secure electronic signature or in person.",
        personalCodeHint: "Optional; it helps us find your case.",
        contactHint: "Give an e-mail or postal address for the answer.",
        send: "Send",
        sentTitle: "Submission received",
        sent: { "Your submission has been received and registered as \($0)." },
        sentDue: { "We will answer by \($0)." },
        keepReference: "Keep the registration number — quote it when you contact us.")
}

/// The client record's ledger (issue 14, item 4).
struct LedgerStrings: Sendable {
    let heading: String
    let none: String
    let when: String
    let what: String
    let office: String
    let details: String
    let status: String
    let kind: @Sendable (ClientContact.Kind) -> String
    /// A record's status code in words (bookings, visits, waitlist places, cases, letters).
    let words: [String: String]

    func status(_ code: String) -> String { words[code] ?? code }

    static func of(_ l: Language) -> LedgerStrings { l == .lv ? .lv : .en }

    static let lv = LedgerStrings(
        heading: "Saziņas vēsture", none: "Vēl nav neviena pieraksta, apmeklējuma vai iesnieguma.",
        when: "Kad", what: "Kas", office: "Nodaļa", details: "Sīkāk", status: "Statuss",
        kind: { k in
            switch k {
            case .booking: return "Pieraksts"
            case .visit: return "Apmeklējums"
            case .waitlist: return "Gaidu saraksts"
            case .submission: return "Iesniegums"
            case .letter: return "Vēstule"
            case .message: return "Ziņa"
            case .correction: return "Labojums ar atvainošanos"
            }
        },
        words: ["active": "aktīvs", "checked-in": "ieradies", "attended": "apmeklēts", "cancelled": "atcelts", "no-show": "neieradās",
                "waiting": "gaida", "called": "izsaukts", "serving": "apkalpo", "done": "apkalpots", "parked": "atlikts",
                "referred": "pārsūtīts", "offered": "piedāvāts laiks", "booked": "pierakstīts", "left": "izstājies",
                "open": "izskatīšanā", "suspended": "apturēts", "decided": "atbildēts",
                "forwarding": "pārsūtīšana iestādei", "referral-notice": "paziņojums par pārsūtīšanu", "decision": "atbilde",
                "more-information": "papildu informācija", "general-information": "vispārīga informācija",
                "how-to-submit": "kā iesniegt pareizi", "answer": "vēstule",
                "queued": "gaida nosūtīšanu", "sending": "sūta", "sent": "nosūtīts", "temporary-failure": "neizdevās, mēģinās vēlreiz",
                "permanent-failure": "neizdevās nosūtīt"])

    static let en = LedgerStrings(
        heading: "Contact history", none: "No booking, visit or submission yet.",
        when: "When", what: "What", office: "Office", details: "Details", status: "Status",
        kind: { k in
            switch k {
            case .booking: return "Booking"
            case .visit: return "Visit"
            case .waitlist: return "Waitlist"
            case .submission: return "Submission"
            case .letter: return "Letter"
            case .message: return "Message"
            case .correction: return "Correction with apology"
            }
        },
        words: ["active": "active", "checked-in": "checked in", "attended": "attended", "cancelled": "cancelled", "no-show": "did not come",
                "waiting": "waiting", "called": "called", "serving": "being served", "done": "served", "parked": "set aside",
                "referred": "forwarded", "offered": "offered a time", "booked": "booked", "left": "left",
                "open": "in progress", "suspended": "suspended", "decided": "answered",
                "forwarding": "forwarding to an institution", "referral-notice": "notice of forwarding", "decision": "answer",
                "more-information": "more information", "general-information": "general information",
                "how-to-submit": "how to submit properly", "answer": "letter",
                "queued": "waiting to be sent", "sending": "sending", "sent": "sent", "temporary-failure": "failed, will be tried again",
                "permanent-failure": "could not be sent"])
}

/// The administrator's page for the referral list and the act catalogue (issue 14).
struct CatalogueAdminStrings: Sendable {
    let title: String
    let intro: String
    let errorTitle: String
    let institutions: String
    let acts: String
    let id: String
    let nameLv: String
    let nameEn: String
    let eAddress: String
    let email: String
    let address: String
    let state: String
    let active: String
    let inactive: String
    let institutionForm: String
    let actForm: String
    let byID: String
    let offered: String
    let save: String

    static func of(_ l: Language) -> CatalogueAdminStrings { l == .lv ? .lv : .en }

    static let lv = CatalogueAdminStrings(
        title: "Iestādes un tiesību akti", intro: "Iestādes, kurām pārsūta iesniegumus, kas nav PMLP kompetencē, un tiesību akti, ko lēmumos norāda kā pamatojumu.",
        errorTitle: "Ierakstu nevar saglabāt", institutions: "Iestādes pārsūtīšanai", acts: "Tiesību akti",
        id: "Identifikators", nameLv: "Nosaukums latviski", nameEn: "Nosaukums angliski", eAddress: "E-adrese", email: "E-pasts",
        address: "Pasta adrese", state: "Stāvoklis", active: "piedāvā", inactive: "nepiedāvā",
        institutionForm: "Pievienot vai labot iestādi", actForm: "Pievienot vai labot tiesību aktu",
        byID: "Ja identifikators jau ir sarakstā, ieraksts tiek labots; citādi pievienots. Ierakstus nedzēš — tos var vairs nepiedāvāt.",
        offered: "Piedāvāt lietās", save: "Saglabāt")

    static let en = CatalogueAdminStrings(
        title: "Institutions and acts", intro: "The institutions submissions outside PMLP's competence are forwarded to, and the acts decisions cite as their legal basis.",
        errorTitle: "The entry cannot be saved", institutions: "Institutions to forward to", acts: "Acts",
        id: "Id", nameLv: "Name in Latvian", nameEn: "Name in English", eAddress: "E-address", email: "E-mail",
        address: "Postal address", state: "State", active: "offered", inactive: "not offered",
        institutionForm: "Add or correct an institution", actForm: "Add or correct an act",
        byID: "An id already in the list corrects that entry; a new one adds it. Entries are not deleted — they can stop being offered.",
        offered: "Offer in cases", save: "Save")
}
