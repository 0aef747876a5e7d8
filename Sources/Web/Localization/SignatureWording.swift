import Domain
import UseCases

/// S-MAIL-FORM refusals in the reader's words: which field of the signer's profile is missing,
/// for the API's problem+json and the staff pages alike (issue 15).
enum SignatureWording {
    static func field(_ f: Signatory.Field, _ l: Language) -> String {
        switch (f, l) {
        case (.name, .lv): return "vārds"
        case (.surname, .lv): return "uzvārds"
        case (.unit, .lv): return "struktūrvienība"
        case (.position, .lv): return "amats"
        case (.phone, .lv): return "tālrunis"
        case (.name, .en): return "name"
        case (.surname, .en): return "surname"
        case (.unit, .en): return "unit"
        case (.position, .en): return "position"
        case (.phone, .en): return "phone"
        }
    }

    static func missing(_ f: Signatory.Field, _ l: Language) -> String {
        l == .lv ? "Jūsu profilā nav norādīts: \(field(f, l))." : "Your profile has no \(field(f, l))."
    }

    static func incomplete(_ missing: [Signatory.Field], _ l: Language) -> String {
        let list = missing.map { field($0, l) }.joined(separator: ", ")
        return l == .lv
            ? "Vēstulei jābeidzas ar Jūsu vārdu, uzvārdu, struktūrvienību, amatu un tālruni. Profilā trūkst: \(list). Papildiniet profilu un mēģiniet vēlreiz."
            : "A letter must close with your name, surname, unit, position and phone. Your profile lacks: \(list). Complete your profile and try again."
    }

    static func title(_ l: Language) -> String { l == .lv ? "Paraksts vēstulēs" : "Signature on letters" }
    static func intro(_ l: Language) -> String {
        l == .lv ? "Katra Jūsu vēstule klientam beidzas ar Jūsu vārdu, uzvārdu, struktūrvienību, amatu un tālruni. Bez tiem vēstuli nosūtīt nevar."
                 : "Every letter you send a client closes with your name, surname, unit, position and phone. Without them no letter can be sent."
    }
    static func save(_ l: Language) -> String { l == .lv ? "Saglabāt parakstu" : "Save the signature" }
    static func saved(_ l: Language) -> String { l == .lv ? "Paraksts saglabāts." : "The signature is saved." }

    static func problem(_ issue: StaffAccountProblem.Issue, _ l: Language) -> String { StaffAccountWording.detail(issue, l) }
}

/// What a refused account or profile field says (issue 15 review: the users page said "required"
/// for every problem), one wording for the users page and the profile's signature.
enum StaffAccountWording {
    static func detail(_ issue: StaffAccountProblem.Issue, _ l: Language) -> String {
        let lv = l == .lv
        switch issue {
        case .required: return Said.required(lv)
        case .notAnEmail(let v): return lv ? "“\(v)” nav e-pasta adrese." : "“\(v)” is not an e-mail address."
        case .unknownRole(let v): return lv ? "Nav tādas lomas: \(v)." : "No such role: \(v)."
        case .unknownOffice(let v): return lv ? "Nav tādas nodaļas: \(v)." : "No such office: \(v)."
        case .officeNeeded: return lv ? "Šai lomai jānorāda vismaz viena nodaļa." : "This role needs at least one office."
        case .passwordTooShort(let n): return lv ? "Parolei jābūt vismaz \(n) rakstzīmes garai." : "The password must have at least \(n) characters."
        case .tooLong(let n): return Said.tooLong(lv, maximum: n)
        case .controlCharacter: return Said.controlCharacter(lv)
        case .notAPhone: return lv ? "Norādiet tālruņa numuru, piemēram, 67209400 vai +371 67209400." : "Give a phone number, e.g. 67209400 or +371 67209400."
        }
    }
}
