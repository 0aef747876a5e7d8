/// An act a decision may name as its legal basis (S-REFUSAL): the catalogue administrators
/// maintain (CaseCatalogue) and the case officer picks from, so that a letter never cites an act by
/// a misspelt or invented name.
public struct LegalAct: Hashable, Sendable, Identifiable {
    public let id: String
    public let name: LocalizedText
    /// An act no longer cited (repealed) stays for the decisions that cite it.
    public let active: Bool

    public init(id: String, name: LocalizedText, active: Bool = true) {
        self.id = id
        self.name = name
        self.active = active
    }

    public static let seed: [LegalAct] = [
        LegalAct(id: "iesniegumu-likums", name: LocalizedText(lv: "Iesniegumu likums", en: "Law on Submissions")),
        LegalAct(id: "administrativa-procesa-likums",
                 name: LocalizedText(lv: "Administratīvā procesa likums", en: "Administrative Procedure Law")),
        LegalAct(id: "personu-apliecinosu-dokumentu-likums",
                 name: LocalizedText(lv: "Personu apliecinošu dokumentu likums", en: "Personal Identification Documents Law")),
        LegalAct(id: "imigracijas-likums", name: LocalizedText(lv: "Imigrācijas likums", en: "Immigration Law")),
        LegalAct(id: "pilsonibas-likums", name: LocalizedText(lv: "Pilsonības likums", en: "Citizenship Law")),
        LegalAct(id: "dzivesvietas-deklaresanas-likums",
                 name: LocalizedText(lv: "Dzīvesvietas deklarēšanas likums", en: "Declaration of Place of Residence Law")),
        LegalAct(id: "fizisko-personu-datu-apstrades-likums",
                 name: LocalizedText(lv: "Fizisko personu datu apstrādes likums", en: "Personal Data Processing Law")),
        LegalAct(id: "iedzivotaju-registra-likums",
                 name: LocalizedText(lv: "Iedzīvotāju reģistra likums", en: "Population Register Law")),
    ]

    /// How a basis is cited in a letter: "Imigrācijas likuma 34. panta 1. daļa" / "Immigration Law, Section 34(1)".
    public static func cite(_ basis: LegalBasis, language: Language, acts: [LegalAct]) -> String {
        let act = acts.first { $0.id == basis.act }?.name.text(language) ?? basis.act
        switch language {
        case .lv:
            // The act's name in the genitive: Latvian acts are "… likums" → "… likuma".
            let genitive = act.hasSuffix("likums") ? String(act.dropLast()) + "a" : act
            return basis.paragraph.map { "\(genitive) \(basis.section). panta \($0). daļa" } ?? "\(genitive) \(basis.section). pants"
        case .en:
            return "\(act), Section \(basis.section)" + (basis.paragraph.map { "(\($0))" } ?? "")
        }
    }
}
