import Domain
import UseCases

/// The calendar administration's refusals in the reader's words — for the API's problem+json and
/// the staff pages alike (Labour Law §133(4), FACTS.md §3).
enum ReferenceWording {
    static func detail(_ issue: ReferenceProblem.Issue, _ l: Language) -> String {
        let lv = l == .lv
        switch issue {
        case .transfer(.notABridgeDay):
            return lv ? "Pārcelt var tikai darbdienu starp svētku dienu un brīvdienām (Darba likuma 133. panta ceturtā daļa)."
                      : "Only a working day between a public holiday and the weekend can be moved (Labour Law §133(4))."
        case .transfer(.notAWorkingSaturday):
            return lv ? "Darba dienai jābūt sestdienai, kas nav svētku diena." : "The working day must be a Saturday that is not a holiday."
        case .transfer(.otherMonth):
            return lv ? "Sestdienai jābūt tajā pašā mēnesī, kurā ir pārceltā diena." : "The Saturday must be in the same month as the day moved."
        case .transfer(.alreadyTransferred):
            return lv ? "Šī diena jau ir pārcelta." : "This day has already been moved."
        case .alreadyThere:
            return lv ? "Šī diena jau ir ierakstīta." : "This day is already recorded."
        case .required: return Said.required(lv)
        case .notADate: return lv ? "Norādiet datumu formā GGGG-MM-DD." : "Give a date as YYYY-MM-DD."
        case .badRanges: return lv ? "Norādiet laikus formā 09:00-12:00." : "Give times as 09:00-12:00."
        case .badTime: return lv ? "Norādiet laiku formā HH:MM." : "Give a time as HH:MM."
        case .outOfRange: return lv ? "Vērtība ir ārpus pieļaujamā." : "The value is out of range."
        case .unknownOffice: return lv ? "Nezināma nodaļa." : "Unknown office."
        case .unknownService: return lv ? "Nezināms pakalpojums." : "Unknown service."
        case .tooLong: return lv ? "Teksts ir par garu." : "The text is too long."
        case .notAPhone: return lv ? "Norādiet astoņciparu tālruņa numuru, piemēram, 61234567." : "Give an eight-digit phone number, e.g. 61234567."
        case .notAnEmail: return lv ? "Norādiet e-pasta adresi, piemēram, vards@pmlp.gov.lv." : "Give an e-mail address, e.g. name@pmlp.gov.lv."
        case .notAPostalCode: return lv ? "Norādiet pasta indeksu formā LV-1234." : "Give a postal code as LV-1234."
        case .taken: return lv ? "Nodaļa ar šādu identifikatoru jau ir." : "An office with this id already exists."
        case .notHTTPS: return lv ? "Norādiet pilnu adresi, kas sākas ar https://." : "Give a full address starting with https://."
        case .tooManyRanges: return lv ? "Dienā var būt ne vairāk kā četri pieņemšanas laiki." : "A day can have at most four reception periods."
        }
    }
}
