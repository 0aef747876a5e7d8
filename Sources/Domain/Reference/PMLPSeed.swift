/// PMLP's reference data as FACTS.md §5-7 give it: the Treasury accounts, the service catalogue
/// with its fees, and the offices. Only what FACTS gives is seeded; what it marks unverified is
/// flagged so the pages say so, and administrators correct it later. No phone number or address
/// is invented.
public enum PMLPSeed {
    public static let payeeTreasury = "Valsts kase"
    public static let treasuryRegistrationNumber = "90000050138"
    public static let treasuryBIC = "TRELLV22"

    public static let treasuryAccounts: [TreasuryAccount] = {
        func a(_ code: TreasuryAccount.Code, _ iban: String, _ lv: String, _ en: String,
               payee: String = payeeTreasury, reg: String = treasuryRegistrationNumber) -> TreasuryAccount {
            TreasuryAccount(code: code, iban: iban, payee: payee, payeeRegistrationNumber: reg, bic: treasuryBIC,
                            name: LocalizedText(lv: lv, en: en))
        }
        return [
            a(.passport, "LV70TREL1060140918100", "Valsts nodeva par pasi", "State fee for a passport"),
            a(.eidCard, "LV86TREL1060140918200", "Valsts nodeva par personas apliecību", "State fee for an eID card"),
            a(.register, "LV05TREL1060140918300", "Valsts nodeva par Fizisko personu reģistra informāciju",
              "State fee for Register information"),
            a(.residencePermit, "LV37TREL1060140918500", "Valsts nodeva par vīzu / uzturēšanās atļauju",
              "State fee for a visa / residence permit"),
            a(.naturalisation, "LV19TREL1060140919600", "Valsts nodeva par naturalizāciju", "State fee for naturalisation"),
            a(.residenceRegistration, "LV53TREL1060140918600", "Valsts nodeva par uzturēšanās reģistrāciju",
              "State fee for residence registration"),
            a(.citizenship, "LV35TREL1060140919700", "Valsts nodeva par pilsonības atjaunošanu / atteikšanos",
              "State fee for citizenship restoration / renunciation"),
            a(.fines, "LV14TREL1060141019600", "Naudas sodi", "Fines"),
            a(.paidServices, "LV74TREL2140093025000", "PMLP maksas pakalpojumi", "PMLP paid services",
              payee: "Pilsonības un migrācijas lietu pārvalde", reg: "90000054163"),
        ]
    }()

    /// Seed literals only (input never reaches it); a typo traps in the seed's own tests.
    private static func eur(_ text: String) -> Money { Money(decimal: text)! }

    /// The passport and eID fee rises of 2025-01-01 and 2026-01-01 (Cabinet Regulation No. 133 as
    /// amended 10.12.2024; FACTS.md §5): standard 10 and 2 working days, reduced 10 and 2; nil
    /// where no source confirms the amount — shown as "confirm at the office", never invented.
    private static func rise(_ account: TreasuryAccount.Code, y2025: (String?, String?, String?, String?),
                             y2026: (String?, String?, String?, String?)) -> [Fee] {
        [(LocalDate(2025, 1, 1), y2025), (LocalDate(2026, 1, 1), y2026)].flatMap { from, a in
            [Fee(category: .standard, term: .workingDays(10), amount: a.0.map(eur), account: account, validFrom: from),
             Fee(category: .standard, term: .workingDays(2), amount: a.1.map(eur), account: account, expedited: true, validFrom: from),
             Fee(category: .reduced, term: .workingDays(10), amount: a.2.map(eur), account: account, validFrom: from),
             Fee(category: .reduced, term: .workingDays(2), amount: a.3.map(eur), account: account, expedited: true, validFrom: from)]
        }
    }

    public static let services: [Service] = [
        Service(
            slug: "passport",
            name: LocalizedText(lv: "Pase", en: "Passport"),
            summary: LocalizedText(lv: "Latvijas pilsoņa vai nepilsoņa pases izsniegšana.",
                                   en: "Issue of a passport to a Latvian citizen or non-citizen."),
            channels: [.inPerson], needsAppointment: true, needsIdentityDocument: true, deskMinutes: 10,
            fees: [
                Fee(category: .standard, term: .workingDays(10), amount: eur("34"), account: .passport),
                Fee(category: .standard, term: .workingDays(2), amount: eur("60"), account: .passport, expedited: true),
                Fee(category: .reduced, term: .workingDays(10), amount: eur("15"), account: .passport),
                Fee(category: .reduced, term: .workingDays(2), amount: eur("30"), account: .passport, expedited: true),
            ] + rise(.passport, y2025: ("44", "70", nil, nil), y2026: ("50", "75", "25", nil)), sortOrder: 1),
        Service(
            slug: "eid-card",
            name: LocalizedText(lv: "Personas apliecība (eID karte)", en: "Identity card (eID card)"),
            summary: LocalizedText(lv: "Personas apliecības izsniegšana.", en: "Issue of an identity card."),
            channels: [.inPerson], needsAppointment: true, needsIdentityDocument: true, deskMinutes: 10,
            fees: [
                Fee(category: .standard, term: .workingDays(10), amount: eur("15"), account: .eidCard),
                Fee(category: .standard, term: .workingDays(2), amount: eur("30"), account: .eidCard, expedited: true),
                Fee(category: .reduced, term: .workingDays(10), amount: eur("5"), account: .eidCard),
                Fee(category: .reduced, term: .workingDays(2), amount: eur("15"), account: .eidCard, expedited: true),
            ] + rise(.eidCard, y2025: ("25", "40", nil, nil), y2026: ("30", "45", "15", nil)), sortOrder: 2),
        Service(
            slug: "residence-declaration",
            name: LocalizedText(lv: "Dzīvesvietas deklarēšana", en: "Declaration of the place of residence"),
            summary: LocalizedText(lv: "Dzīvesvietas deklarācijas iesniegšana.",
                                   en: "Submitting a declaration of one's place of residence."),
            channels: [.inPerson, .latvijaGovLv, .post], needsAppointment: false, needsIdentityDocument: true,
            deskMinutes: 10, fees: [], sortOrder: 3),
        Service(
            slug: "register-extract",
            name: LocalizedText(lv: "Izziņa vai izraksts no Fizisko personu reģistra",
                                en: "Certificate or extract from the Register of Natural Persons"),
            summary: LocalizedText(lv: "Pilns izraksts par savām ziņām divreiz gadā bez maksas, pēc tam par maksu.",
                                   en: "A full extract of one's own data is free twice a year, then paid."),
            channels: [.inPerson, .latvijaGovLv, .eAddress, .post], needsAppointment: false,
            needsIdentityDocument: true, deskMinutes: 10,
            fees: [
                Fee(category: .freeAllowance, term: nil, amount: eur("0"), account: .register),
                Fee(category: .standard, term: nil, amount: eur("7.50"), account: .register),
            ], sortOrder: 4),
        Service(
            slug: "temporary-residence-permit",
            name: LocalizedText(lv: "Termiņuzturēšanās atļaujas pieprasījuma izskatīšana",
                                en: "Review of a temporary residence permit application"),
            summary: LocalizedText(lv: "Dokumentu izskatīšana termiņuzturēšanās atļaujas saņemšanai.",
                                   en: "Review of the documents for a temporary residence permit."),
            channels: [.inPerson], needsAppointment: true, needsIdentityDocument: true, deskMinutes: 30,
            fees: [
                Fee(category: .standard, term: .days(30), amount: eur("100"), account: .residencePermit),
                Fee(category: .standard, term: .workingDays(10), amount: eur("200"), account: .residencePermit),
                Fee(category: .standard, term: .workingDays(5), amount: eur("400"), account: .residencePermit),
                Fee(category: .familyOrStudent, term: .days(30), amount: eur("70"), account: .residencePermit),
                Fee(category: .familyOrStudent, term: .workingDays(10), amount: eur("200"), account: .residencePermit),
                Fee(category: .familyOrStudent, term: .workingDays(5), amount: eur("400"), account: .residencePermit),
            ], sortOrder: 5),
        Service(
            slug: "permanent-residence-permit",
            name: LocalizedText(lv: "Pastāvīgās uzturēšanās atļaujas pieprasījuma izskatīšana",
                                en: "Review of a permanent residence permit application"),
            summary: LocalizedText(lv: "Dokumentu izskatīšana pastāvīgās uzturēšanās atļaujas saņemšanai.",
                                   en: "Review of the documents for a permanent residence permit."),
            channels: [.inPerson], needsAppointment: true, needsIdentityDocument: true, deskMinutes: 30,
            fees: [Fee(category: .standard, term: nil, amount: eur("100"), account: .residencePermit)],
            sortOrder: 6),
        Service(
            slug: "eu-blue-card",
            name: LocalizedText(lv: "ES zilā karte", en: "EU Blue Card"),
            summary: LocalizedText(lv: "Dokumentu izskatīšana ES zilās kartes saņemšanai.",
                                   en: "Review of the documents for an EU Blue Card."),
            channels: [.inPerson], needsAppointment: true, needsIdentityDocument: true, deskMinutes: 30,
            fees: [
                Fee(category: .standard, term: .workingDays(10), amount: eur("100"), account: .residencePermit),
                Fee(category: .standard, term: .workingDays(5), amount: eur("200"), account: .residencePermit),
            ], sortOrder: 7),
        Service(
            slug: "invitation-approval",
            name: LocalizedText(lv: "Ielūguma apstiprināšana", en: "Approval of an invitation"),
            summary: LocalizedText(lv: "Ārzemnieka ielūguma apstiprināšana; tiešsaistē lētāk.",
                                   en: "Approval of an invitation for a foreigner; cheaper online."),
            channels: [.inPerson, .latvijaGovLv], needsAppointment: false, needsIdentityDocument: true,
            deskMinutes: 15,
            fees: [
                Fee(category: .standard, term: nil, amount: eur("10"), account: .residencePermit),
                Fee(category: .online, term: nil, amount: eur("5"), account: .residencePermit),
            ], sortOrder: 8),
        Service(
            slug: "documents-by-post",
            name: LocalizedText(lv: "Oriģinālo dokumentu nosūtīšana pa pastu",
                                en: "Return of original documents by post"),
            summary: LocalizedText(lv: "PMLP maksas pakalpojums (MK noteikumi Nr. 515).",
                                   en: "A PMLP paid service (Cabinet Regulation No. 515)."),
            channels: [.inPerson, .eAddress, .post], needsAppointment: false, needsIdentityDocument: false,
            deskMinutes: 5,
            fees: [Fee(category: .standard, term: nil, amount: eur("12.15"), account: .paidServices)],
            sortOrder: 9),
    ]

    /// Desks per service in a division — a starting point for administrators (unverified).
    static func defaultDesks(busy: Bool) -> [String: Int] {
        var desks: [String: Int] = [:]
        for s in services { desks[s.slug] = 1 }
        desks["passport"] = busy ? 4 : 2
        desks["eid-card"] = busy ? 4 : 2
        return desks
    }

    public static let headquartersPhone = "67209400"
    public static let headquartersEmail = "pasts@pmlp.gov.lv"
    /// K-CHANNELS: the postal address and the social-media accounts.
    public static let postalAddress = "Čiekurkalna 1. līnija 1, k-3, Rīga, LV-1026"
    public static let facebookURL = "https://www.facebook.com/IeM.PMLP"
    public static let twitterURL = "https://twitter.com/IeM_PMLP"
    public static let bookingURL = "https://www.pmlp.gov.lv/lv/pieraksts"
    public static let portalURL = "https://www.latvija.gov.lv"

    public static let offices: [Office] = {
        var list: [Office] = [
            Office(slug: "headquarters", kind: .headquarters,
                   name: LocalizedText(lv: "PMLP centrālais birojs", en: "PMLP headquarters"),
                   street: "Čiekurkalna 1. līnija 1, k-3", city: "Rīga", postalCode: "LV-1026",
                   phone: headquartersPhone, email: headquartersEmail, sortOrder: 0),
        ]
        for n in 1...4 {
            list.append(Office(slug: "riga-\(n)", kind: .division,
                               name: LocalizedText(lv: "Rīgas \(n). nodaļa", en: "Rīga division \(n)"),
                               city: "Rīga", weeklyHours: .typicalTerritorial, desks: defaultDesks(busy: true),
                               unverified: [.hours, .desks], sortOrder: n))
        }
        // (slug, genitive for the Latvian name, town, the town without diacritics — its old
        // English spelling, kept for the migration that corrects it — street or nil): FACTS.md §7.
        let towns: [(String, String, String, String, String?)] = [
            ("aizkraukle", "Aizkraukles", "Aizkraukle", "Aizkraukle", "Lāčplēša 1"),
            ("aluksne", "Alūksnes", "Alūksne", "Aluksne", "Dārza 11"),
            ("balvi", "Balvu", "Balvi", "Balvi", "Bērzpils 1a"),
            ("bauska", "Bauskas", "Bauska", "Bauska", "Uzvaras 3"),
            ("cesis", "Cēsu", "Cēsis", "Cesis", "Poruka 8"),
            ("daugavpils", "Daugavpils", "Daugavpils", "Daugavpils", "Saules 15"),
            ("dobele", "Dobeles", "Dobele", "Dobele", "Viestura 12a"),
            ("gulbene", "Gulbenes", "Gulbene", "Gulbene", "Gaitnieku 2a"),
            ("jelgava", "Jelgavas", "Jelgava", "Jelgava", "Uzvaras 8"),
            ("jekabpils", "Jēkabpils", "Jēkabpils", "Jekabpils", "Draudzības al. 2"),
            ("jurmala", "Jūrmalas", "Jūrmala", "Jurmala", "Strēlnieku pr. 16"),
            ("kraslava", "Krāslavas", "Krāslava", "Kraslava", "Dīķu 5"),
            ("kuldiga", "Kuldīgas", "Kuldīga", "Kuldiga", "Pilsētas lauk. 2"),
            ("liepaja", "Liepājas", "Liepāja", "Liepaja", "Graudu 23"),
            ("limbazi", "Limbažu", "Limbaži", "Limbazi", "Cēsu 17"),
            ("ludza", "Ludzas", "Ludza", "Ludza", "Stacijas 46"),
            ("madona", "Madonas", "Madona", "Madona", "Saules 17"),
            ("ogre", "Ogres", "Ogre", "Ogre", "Brīvības 33a"),
            ("preili", "Preiļu", "Preiļi", "Preili", nil),
            ("tukums", "Tukuma", "Tukums", "Tukums", nil),
            ("valka", "Valkas", "Valka", "Valka", nil),
            ("valmiera", "Valmieras", "Valmiera", "Valmiera", nil),
        ]
        for (i, t) in towns.enumerated() {
            var unverified: Set<Office.Field> = [.hours, .desks]
            if t.4 != nil { unverified.insert(.address) }
            list.append(Office(slug: t.0, kind: .division,
                               // A proper name keeps its letters in English too (issue 16, item 9).
                               name: LocalizedText(lv: "\(t.1) nodaļa", en: "\(t.2) division"),
                               street: t.4, city: t.2, weeklyHours: .typicalTerritorial,
                               desks: defaultDesks(busy: false), unverified: unverified, sortOrder: 10 + i))
        }
        return list
    }()
}
