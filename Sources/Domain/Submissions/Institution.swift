/// An institution a submission outside PMLP's competence is forwarded to (S-REFER; Law on
/// Submissions §4): the list administrators maintain (CaseCatalogue) and the case officer picks
/// from. The seed holds the institutions PMLP forwards to most, with their published contacts.
public struct Institution: Hashable, Sendable, Identifiable {
    public let id: String
    public let name: LocalizedText
    /// The official electronic address (e-adrese) identifier, where known.
    public let eAddress: String?
    public let email: String
    public let postalAddress: String
    /// An institution no longer forwarded to stays for the cases that name it.
    public let active: Bool

    public init(id: String, name: LocalizedText, eAddress: String?, email: String, postalAddress: String, active: Bool = true) {
        self.id = id
        self.name = name
        self.eAddress = eAddress
        self.email = email
        self.postalAddress = postalAddress
        self.active = active
    }

    public static let seed: [Institution] = [
        Institution(id: "vid", name: LocalizedText(lv: "Valsts ieņēmumu dienests", en: "State Revenue Service"),
                    eAddress: "_DEFAULT@90000069281", email: "pasts@vid.gov.lv", postalAddress: "Talejas iela 1, Rīga, LV-1978"),
        Institution(id: "valsts-policija", name: LocalizedText(lv: "Valsts policija", en: "State Police"),
                    eAddress: "_DEFAULT@90000099968", email: "kanceleja@vp.gov.lv",
                    postalAddress: "Čiekurkalna 1. līnija 1, k-4, Rīga, LV-1026"),
        Institution(id: "robezsardze", name: LocalizedText(lv: "Valsts robežsardze", en: "State Border Guard"),
                    eAddress: "_DEFAULT@90000090384", email: "vrs@rs.gov.lv", postalAddress: "Rūdolfa Blaumaņa iela 6, Rīga, LV-1011"),
        Institution(id: "iem", name: LocalizedText(lv: "Iekšlietu ministrija", en: "Ministry of the Interior"),
                    eAddress: "_DEFAULT@90000069053", email: "kanceleja@iem.gov.lv",
                    postalAddress: "Čiekurkalna 1. līnija 1, k-2, Rīga, LV-1026"),
        Institution(id: "tiesu-administracija", name: LocalizedText(lv: "Tiesu administrācija", en: "Court Administration"),
                    eAddress: "_DEFAULT@90001672849", email: "pasts@ta.gov.lv", postalAddress: "Antonijas iela 6, Rīga, LV-1010"),
    ]
}
