import Domain
import UseCases

/// Refusals of submissions and case work in the reader's words — for the API's problem+json and
/// the staff pages alike (issue 14).
enum SubmissionWording {
    static func detail(_ issue: SubmissionProblem.Issue, _ l: Language) -> String {
        let lv = l == .lv
        switch issue {
        case .unknownOffice: return lv ? "Nezināma nodaļa." : "Unknown office."
        case .intake(let i):
            switch i {
            case .required: return Said.required(lv)
            case .tooLong: return Said.tooLong(lv)
            case .notAnEmail: return lv ? "Norādiet e-pasta adresi, piemēram, vards@example.lv." : "Give an e-mail address, e.g. name@example.com."
            case .notAPersonalCode: return lv ? "Personas kods nav derīgs." : "The personal code is not valid."
            case .notADate: return lv ? "Norādiet datumu formā GGGG-MM-DD." : "Give a date as YYYY-MM-DD."
            case .inTheFuture: return lv ? "Saņemšanas laiks nevar būt nākotnē." : "The time received cannot be in the future."
            case .notForThisChannel:
                return lv ? "Saņemšanas laiku var norādīt tikai pasta, klātienes un mutvārdu iesniegumam."
                          : "A time received can be given only for post, in-person and oral submissions."
            case .tooEarly: return lv ? "Saņemšanas datums ir par agru." : "The date received is too early."
            case .controlCharacter: return Said.controlCharacter(lv)
            }
        case .attachment(let a):
            switch a {
            case .tooLarge:
                return lv ? "Pielikums ir par lielu: katrs līdz 10 MB, kopā līdz 25 MB." : "The attachment is too large: 10 MB each, 25 MB together."
            case .typeNotAccepted:
                return lv ? "Pieņemam PDF, JPEG, PNG, TIFF, TXT, DOCX, ODT un EDOC datnes." : "We accept PDF, JPEG, PNG, TIFF, TXT, DOCX, ODT and EDOC files."
            case .tooMany: return lv ? "Ne vairāk kā 10 pielikumi." : "At most 10 attachments."
            case .empty: return lv ? "Datne ir tukša." : "The file is empty."
            case .nameTooLong: return lv ? "Datnes nosaukums ir par garu." : "The file name is too long."
            }
        }
    }

    static func detail(_ issue: CaseWork.Issue, _ l: Language) -> String {
        let lv = l == .lv
        switch issue {
        case .closed: return lv ? "Lieta jau ir pabeigta (pieņemts lēmums vai pārsūtīta)." : "The case is already closed (decided or forwarded)."
        case .notSuspended: return lv ? "Lieta nav apturēta." : "The case is not suspended."
        case .alreadySuspended: return lv ? "Lieta jau ir apturēta." : "The case is already suspended."
        case .required: return Said.required(lv)
        case .tooLong: return Said.tooLong(lv)
        case .unknownInstitution: return lv ? "Nezināma iestāde." : "Unknown institution."
        case .notAnOfficer: return lv ? "Šim darbiniekam nevar nodot šīs nodaļas lietas." : "This employee cannot be given this office's cases."
        case .unknownAct: return lv ? "Tiesību akts nav katalogā." : "The act is not in the catalogue."
        case .notASection: return lv ? "Norādiet panta numuru, piemēram, 34 vai 5.1." : "Give a section number, e.g. 34 or 5.1."
        case .notAParagraph: return lv ? "Norādiet daļas numuru, piemēram, 1." : "Give a paragraph number, e.g. 1."
        case .tooMany: return lv ? "Ne vairāk kā 10 tiesiskie pamatojumi." : "At most 10 legal bases."
        case .unsignedSubmission:
            return lv ? "Uz neparakstītu iesniegumu var sniegt tikai vispārīgu informāciju (izmantojiet veidni, kas paskaidro, kā iesniegt pareizi)."
                      : "An unsigned submission can receive general information only (use the template that explains how to submit properly)."
        case .legalBasisRequired:
            return lv ? "Atteikumam vai daļējai apmierināšanai norādiet vismaz vienu tiesisko pamatojumu."
                      : "A refusal or partial grant needs at least one legal basis."
        case .notAnonymous: return lv ? "Bez izskatīšanas var atstāt tikai anonīmu iesniegumu." : "Only an anonymous submission may be left unexamined."
        case .controlCharacter: return Said.controlCharacter(lv)
        case .noAddress:
            return lv ? "Iesniedzējs nav norādījis adresi šim kanālam (e-pastam — e-pasta adresi, e-adresei — personas kodu). Izvēlieties citu."
                      : "The submitter gave no address for this channel (an e-mail address for e-mail, a personal code for the e-address). Choose another."
        case .unknownVariable: return lv ? "Šo veidnes lauku aizpilda no lietas, nevis no rokas." : "This template field is filled from the case, not by hand."
        case .unknownTemplate: return lv ? "Nezināma veidne." : "Unknown template."
        }
    }
}

/// Refusals of the referral list and the act catalogue (issue 14).
enum CatalogueWording {
    static func detail(_ issue: CaseCatalogueRule.Issue, _ l: Language) -> String {
        let lv = l == .lv
        switch issue {
        case .notAnID: return lv ? "Identifikatorā tikai mazie burti, cipari un defises, piemēram, valsts-policija." : "An id has lower-case letters, digits and hyphens only, e.g. state-police."
        case .required: return Said.required(lv)
        case .tooLong: return Said.tooLong(lv)
        case .notAnEmail: return lv ? "Norādiet e-pasta adresi, piemēram, pasts@iestade.gov.lv." : "Give an e-mail address, e.g. mail@institution.gov.lv."
        case .controlCharacter: return Said.controlCharacter(lv)
        }
    }
}

/// What the three free-text refusals above say alike, said once.
enum Said {
    static func required(_ lv: Bool) -> String { lv ? "Aizpildiet šo lauku." : "Fill in this field." }
    static func tooLong(_ lv: Bool) -> String { lv ? "Teksts ir par garu." : "The text is too long." }
    static func tooLong(_ lv: Bool, maximum n: Int) -> String { lv ? "Ne vairāk kā \(n) rakstzīmes." : "At most \(n) characters." }
    static func controlCharacter(_ lv: Bool) -> String {
        lv ? "Teksts satur neatļautas vadības rakstzīmes." : "The text contains control characters that are not allowed."
    }
}
