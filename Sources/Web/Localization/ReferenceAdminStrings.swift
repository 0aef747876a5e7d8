import Domain

/// The administrator's pages for offices, services and the agency's contacts (issue 13).
struct ReferenceAdminStrings: Sendable {
    let title: String
    let intro: String
    let officesHeading: String
    let servicesHeading: String
    let contactsHeading: String
    let contactsIntro: String
    let inactive: String
    let unverifiedList: @Sendable (String) -> String
    let field: @Sendable (Office.Field) -> String
    let edit: String
    let officeTitle: @Sendable (String) -> String
    let nameLv: String
    let nameEn: String
    let street: String
    let city: String
    let postalCode: String
    let phone: String
    let phoneHint: String
    let email: String
    let accessibilityLv: String
    let accessibilityEn: String
    let featuresLegend: String
    let feature: @Sendable (AccessibilityFeature) -> String
    let hoursLegend: String
    let hoursHint: String
    let preHolidayClosing: String
    let preHolidayHint: String
    let desksLegend: String
    let desksHint: String
    let active: String
    let activeHint: String
    let verifiedLegend: String
    let verifiedHint: String
    let save: String
    let saved: String
    let savedTold: @Sendable (Int) -> String
    let serviceTitle: @Sendable (String) -> String
    let summaryLv: String
    let summaryEn: String
    let channelsLegend: String
    let needsAppointment: String
    let needsIdentityDocument: String
    let deskMinutes: String
    let feesHeading: String
    let validFromHeader: String
    let always: String
    let addFeeHeading: String
    let addFeeIntro: String
    let category: String
    let termCount: String
    let termUnit: String
    let unit: @Sendable (ServiceTerm.Unit) -> String
    let noTerm: String
    let termHint: String
    let expedited: String
    let amount: String
    let amountHint: String
    let validFrom: String
    let validFromHint: String
    let account: String
    let sameAccount: String
    let facebook: String
    let twitter: String
    let postalAddress: String
    let backToList: String
    let addOfficeHeading: String
    let addOfficeIntro: String
    let slug: String
    let slugHint: String
    let addOffice: String

    static func of(_ l: Language) -> ReferenceAdminStrings { l == .lv ? .lv : .en }

    static let lv = ReferenceAdminStrings(
        title: "Nodaļas, pakalpojumi un kontakti",
        intro: "Šeit labo to, ko klienti redz par nodaļām un pakalpojumiem. Katra maiņa tiek ierakstīta audita žurnālā.",
        officesHeading: "Nodaļas",
        servicesHeading: "Pakalpojumi",
        contactsHeading: "Iestādes kontakti",
        contactsIntro: "Tālrunis, e-pasts, pasta adrese un sociālie tīkli, kas redzami katras lapas kājenē un katrā vēstulē.",
        inactive: "neaktīva",
        unverifiedList: { "nepārbaudīts: \($0)" },
        field: { f in
            switch f {
            case .address: return "adrese"
            case .hours: return "darba laiks"
            case .desks: return "galdu skaits"
            }
        },
        edit: "Labot",
        officeTitle: { "Labot: \($0)" },
        nameLv: "Nosaukums latviski",
        nameEn: "Nosaukums angliski",
        street: "Iela un māja",
        city: "Pilsēta",
        postalCode: "Pasta indekss (LV-1234)",
        phone: "Tālrunis",
        phoneHint: "Astoņi cipari; atstarpes un +371 drīkst rakstīt.",
        email: "E-pasts",
        accessibilityLv: "Piekļūstamība latviski",
        accessibilityEn: "Piekļūstamība angliski",
        featuresLegend: "Nodaļā ir",
        feature: { f in
            switch f {
            case .stepFreeEntrance: return "ieeja bez pakāpieniem"
            case .lift: return "lifts"
            case .parking: return "stāvvieta cilvēkiem ar invaliditāti"
            case .hearingLoop: return "indukcijas cilpa"
            }
        },
        hoursLegend: "Pieņemšanas laiks pa nedēļas dienām",
        hoursHint: "Piemēram, 09:00-12:00, 13:00-16:30 (ar pusdienu pārtraukumu); tukšs — slēgts.",
        preHolidayClosing: "Pirmssvētku dienā slēdz",
        preHolidayHint: "HH:MM; tukšs — stundu agrāk nekā parasti (Darba likuma 135. pants).",
        desksLegend: "Galdi katram pakalpojumam",
        desksHint: "0 — nodaļa šo pakalpojumu nesniedz.",
        active: "Nodaļa pieņem klientus",
        activeHint: "Neaktīvu nodaļu klienti neredz un tajā nevar pierakstīties; pierakstītajiem klientiem paziņo.",
        verifiedLegend: "Pārbaudīts",
        verifiedHint: "Atzīmējiet, ja esat pārliecinājies par vērtību; atzīme tiek ierakstīta audita žurnālā.",
        save: "Saglabāt",
        saved: "Saglabāts.",
        savedTold: { n in n == 0 ? "Saglabāts." : "Saglabāts. Paziņots \(n) \(LatvianPlural.form(n, one: "klientam", many: "klientiem")), ka vizīte vairs neiekļaujas darba laikā." },
        serviceTitle: { "Labot: \($0)" },
        summaryLv: "Apraksts latviski",
        summaryEn: "Apraksts angliski",
        channelsLegend: "Kā pakalpojumu var pieprasīt",
        needsAppointment: "Vajadzīgs pieraksts",
        needsIdentityDocument: "Vajadzīgs personu apliecinošs dokuments",
        deskMinutes: "Laiks pie galda (minūtes)",
        feesHeading: "Maksas",
        validFromHeader: "Spēkā no",
        always: "—",
        addFeeHeading: "Jauna vai labota maksa",
        addFeeIntro: "Maksa no norādītā datuma; agrākiem datumiem paliek iepriekšējā. Tāda pati maksa ar to pašu datumu tiek aizstāta.",
        category: "Kam",
        termCount: "Termiņš (skaitlis)",
        termUnit: "Termiņa vienība",
        unit: { $0 == .workingDays ? "darba dienas" : "dienas" },
        noTerm: "bez termiņa",
        termHint: "Tukšs — bez termiņa.",
        expedited: "Paātrināts termiņš (maksā ar karti nodaļā)",
        amount: "Summa, €",
        amountHint: "Piemēram, 44,00; tukšs — summa nav apstiprināta.",
        validFrom: "Spēkā no (GGGG-MM-DD)",
        validFromHint: "Tukšs — vienmēr.",
        account: "Valsts kases konts",
        sameAccount: "tas pats, kas šai maksai",
        facebook: "Facebook adrese",
        twitter: "X (Twitter) adrese",
        postalAddress: "Pasta adrese",
        backToList: "Atpakaļ uz sarakstu",
        addOfficeHeading: "Pievienot nodaļu",
        addOfficeIntro: "Jauna nodaļa sākumā nav aktīva: klienti to redz, kad tai ir norādīts darba laiks un galdi un tā ir atzīmēta kā aktīva.",
        slug: "Identifikators adresē",
        slugHint: "Mazie latīņu burti, cipari un defises, piemēram, saldus.",
        addOffice: "Pievienot")

    static let en = ReferenceAdminStrings(
        title: "Offices, services and contacts",
        intro: "Correct here what clients see about offices and services. Every change is recorded in the audit trail.",
        officesHeading: "Offices",
        servicesHeading: "Services",
        contactsHeading: "Agency contacts",
        contactsIntro: "The phone, e-mail, postal address and social accounts shown in every page's footer and in every message.",
        inactive: "inactive",
        unverifiedList: { "not verified: \($0)" },
        field: { f in
            switch f {
            case .address: return "address"
            case .hours: return "hours"
            case .desks: return "desks"
            }
        },
        edit: "Edit",
        officeTitle: { "Edit: \($0)" },
        nameLv: "Name in Latvian",
        nameEn: "Name in English",
        street: "Street and number",
        city: "Town",
        postalCode: "Postal code (LV-1234)",
        phone: "Phone",
        phoneHint: "Eight digits; spaces and +371 may be typed.",
        email: "E-mail",
        accessibilityLv: "Accessibility in Latvian",
        accessibilityEn: "Accessibility in English",
        featuresLegend: "The office has",
        feature: { f in
            switch f {
            case .stepFreeEntrance: return "a step-free entrance"
            case .lift: return "a lift"
            case .parking: return "disabled parking"
            case .hearingLoop: return "a hearing loop"
            }
        },
        hoursLegend: "Reception hours by weekday",
        hoursHint: "For example 09:00-12:00, 13:00-16:30 (with a lunch break); empty — closed.",
        preHolidayClosing: "Closes on a pre-holiday day at",
        preHolidayHint: "HH:MM; empty — one hour earlier than usual (Labour Law §135).",
        desksLegend: "Desks per service",
        desksHint: "0 — the office does not offer this service.",
        active: "The office receives clients",
        activeHint: "Clients do not see an inactive office and cannot book there; those booked are told.",
        verifiedLegend: "Verified",
        verifiedHint: "Tick when you have confirmed the value; the tick is recorded in the audit trail.",
        save: "Save",
        saved: "Saved.",
        savedTold: { n in n == 0 ? "Saved." : "Saved. \(n) \(EnglishPlural.form(n, one: "client was", many: "clients were")) told that their visit no longer fits the hours." },
        serviceTitle: { "Edit: \($0)" },
        summaryLv: "Summary in Latvian",
        summaryEn: "Summary in English",
        channelsLegend: "How the service can be requested",
        needsAppointment: "An appointment is needed",
        needsIdentityDocument: "An identity document is needed",
        deskMinutes: "Time at the desk (minutes)",
        feesHeading: "Fees",
        validFromHeader: "From",
        always: "—",
        addFeeHeading: "A new or corrected fee",
        addFeeIntro: "The fee from the date given; earlier dates keep the one before. The same fee from the same date is replaced.",
        category: "Who pays",
        termCount: "Term (number)",
        termUnit: "Term unit",
        unit: { $0 == .workingDays ? "working days" : "days" },
        noTerm: "no term",
        termHint: "Empty — no term.",
        expedited: "Expedited term (paid by card at the office)",
        amount: "Amount, €",
        amountHint: "For example 44.00; empty — the amount is not confirmed.",
        validFrom: "From (YYYY-MM-DD)",
        validFromHint: "Empty — always.",
        account: "Treasury account",
        sameAccount: "the same as this fee's",
        facebook: "Facebook address",
        twitter: "X (Twitter) address",
        postalAddress: "Postal address",
        backToList: "Back to the list",
        addOfficeHeading: "Add an office",
        addOfficeIntro: "A new office starts inactive: clients see it once it has hours and desks and is marked active.",
        slug: "Id in the address",
        slugHint: "Lower-case Latin letters, digits and hyphens, e.g. saldus.",
        addOffice: "Add")
}
