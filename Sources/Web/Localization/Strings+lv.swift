import Domain

extension Strings {
    static let lv = Strings(
        language: .lv,
        siteName: "PMLP klientu apkalpošana",
        agencyName: LetterFrame.agencyName.lv,   // one source with the letters' signature
        skipToContent: "Pāriet uz saturu",
        mainNavigation: "Galvenā navigācija",
        languageSwitch: "Valoda",
        otherLanguageName: "English",
        navHome: "Sākums",
        navServices: "Pakalpojumi",
        navOffices: "Nodaļas un kontakti",
        navAccessibility: "Piekļūstamība",
        footerContacts: "Kontakti",
        homeTitle: "Pilsonības un migrācijas lietu pārvaldes pakalpojumi",
        homeLead: "Izvēlieties sev ērtāko veidu, kā pieprasīt un saņemt pakalpojumu.",
        howToGetServices: "Kā saņemt pakalpojumus",
        channelInPersonText: "Klātienē jebkurā PMLP teritoriālajā nodaļā neatkarīgi no deklarētās dzīvesvietas.",
        channelOnlineText: "Elektroniski portālā latvija.gov.lv, arī izmantojot oficiālo elektronisko adresi.",
        channelWebsiteText: "Tīmekļvietnē pmlp.gov.lv sadaļā „Pakalpojumi”.",
        channelPostText: "Pa pastu, nosūtot iesniegumu uz PMLP adresi.",
        navBook: "Pierakstīties",
        homeBookTitle: "Pierakstieties vizītei nodaļā",
        homeBookText: "Izvēlieties pakalpojumu, nodaļu, dienu un laiku — pieraksts aizņem dažas minūtes, un apstiprinājumu saņemsiet tālrunī vai e-pastā.",
        homeBookAction: "Pierakstīties",
        vpvkacText: "Konsultācijas par PMLP e-pakalpojumiem sniedz arī valsts un pašvaldību vienotie klientu apkalpošanas centri.",
        contactUs: "Sazinieties ar mums",
        phoneLabel: "Tālrunis",
        postLabel: "Pasta adrese",
        emailLabel: "E-pasts",
        socialLabel: "Sociālie tīkli",
        eAddressLabel: "E-adrese",
        eAddressText: "Oficiālā elektroniskā adrese portālā latvija.gov.lv",
        servicesTitle: "Pakalpojumi",
        servicesLead: "Pakalpojumi, to maksa, termiņi un pieprasīšanas veidi.",
        serviceChannels: "Kā pieprasīt",
        needsAppointment: "Vizītei jāpiesakās iepriekš.",
        noAppointment: "Iepriekšēja pieteikšanās nav nepieciešama.",
        needsIdentityDocument: "Līdzi jāņem personu apliecinošs dokuments.",
        deskTime: { "Apkalpošana parasti aizņem ap \($0) \(LatvianPlural.form($0, one: "minūti", many: "minūtēm"))." },
        feesTitle: "Maksa",
        noFeesPublished: "Maksa šim pakalpojumam šeit nav publicēta.",
        feeUnconfirmed: "precizējiet nodaļā",
        feeFrom: { "No \($0):" },
        feeCategoryHeader: "Kam",
        feeTermHeader: "Termiņš",
        feeAmountHeader: "Summa",
        feeAccountHeader: "Konts",
        expeditedMark: "paātrināti",
        expeditedPaidByCard: "Paātrināto pakalpojumu apmaksā nodaļā ar bankas karti.",
        howToPayTitle: "Kā samaksāt",
        payByCardOrTransfer: "Maksājiet ar karti nodaļā vai ar pārskaitījumu internetbankā.",
        paymentCreditedRule: "Pārskaitījums uzskatāms par samaksātu tikai tad, kad nauda ir ieskaitīta Valsts kases kontā; to var pārbaudīt Valsts kases e-pakalpojumā.",
        payeeLabel: "Saņēmējs",
        payeeRegistrationLabel: "Reģistrācijas numurs",
        bicLabel: "BIC",
        paymentPurposeText: "Maksājuma mērķī norādiet pieteikuma numuru un tās personas vārdu, par kuru maksājat.",
        noTerm: "—",
        term: { t in
            switch t.unit {
            // Genitive after the number: "1 (21) darbdienas laikā", "5 darbdienu laikā".
            case .workingDays: return "\(t.count) \(LatvianPlural.form(t.count, one: "darbdienas", many: "darbdienu")) laikā"
            case .days: return "\(t.count) \(LatvianPlural.form(t.count, one: "dienas", many: "dienu")) laikā"
            }
        },
        feeCategory: { c in
            switch c {
            case .standard: return "Pamatmaksa"
            case .reduced: return "Samazināta: personām līdz 20 gadiem, pensijas vecumā, ar I vai II grupas invaliditāti"
            case .familyOrStudent: return "Latvijas pilsoņu laulātajiem, bērniem un studentiem"
            case .online: return "Pieprasot tiešsaistē"
            case .freeAllowance: return "Divreiz gadā par savām ziņām"
            }
        },
        channel: { c in
            switch c {
            case .inPerson: return "Klātienē nodaļā"
            case .latvijaGovLv: return "Portālā latvija.gov.lv"
            case .eAddress: return "Ar e-adresi"
            case .post: return "Pa pastu"
            }
        },
        officesTitle: "Nodaļas un kontakti",
        officesLead: "PMLP nodaļu adreses, pieņemšanas laiki un informācija klientiem ar kustību traucējumiem.",
        addressLabel: "Adrese",
        addressUnknown: "Adrese vēl nav publicēta.",
        unverifiedNoteWith: { c in "Šī informācija ņemta no vecāka saraksta un vēl tiek pārbaudīta; lūdzu, pirms ierašanās pārliecinieties pa tālruni \(c.phone)." },
        accessibilityTitle: "Piekļūstamība klientiem ar kustību traucējumiem",
        accessibilityUnknownWith: { c in "Informācija vēl nav publicēta. Lūdzu, zvaniet \(c.phone), un mēs pastāstīsim par piekļūšanu nodaļai." },
        weeklyHoursTitle: "Pieņemšanas laiks",
        hoursUnverified: "Pieņemšanas laiks ir tipiskais teritoriālo nodaļu laiks un vēl tiek pārbaudīts.",
        noWeeklyHours: "Klientu pieņemšanas laiks nav publicēts.",
        nextDaysTitle: { n in
            LatvianPlural.isSingular(n) ? "Pieņemšanas laiks nākamajā \(n) dienā" : "Pieņemšanas laiks nākamajās \(n) dienās"
        },
        dateHeader: "Datums",
        hoursHeader: "Laiks",
        noteHeader: "Piezīme",
        shortenedDay: "Pirmssvētku diena: saīsināts laiks",
        closed: "Slēgts",
        closedReason: { r in
            switch r {
            case .holiday: return "Svētku diena"
            case .dayOff: return "Brīvdiena"
            case .officeClosed: return "Nodaļa slēgta"
            case .weekend: return "Nedēļas nogale"
            }
        },
        servicesHere: "Pakalpojumi šajā nodaļā",
        desks: { "darba vietas: \($0)" },
        weekday: { w in
            switch w {
            case .monday: return "pirmdiena"
            case .tuesday: return "otrdiena"
            case .wednesday: return "trešdiena"
            case .thursday: return "ceturtdiena"
            case .friday: return "piektdiena"
            case .saturday: return "sestdiena"
            case .sunday: return "svētdiena"
            }
        },
        date: { d in
            func p(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            return "\(p(d.day)).\(p(d.month)).\(d.year)."
        },
        officeKind: { k in k == .headquarters ? "Centrālais birojs" : "Teritoriālā nodaļa" },
        a11yTitle: "Piekļūstamības paziņojums",
        a11yIntro: "Pilsonības un migrācijas lietu pārvalde apņemas nodrošināt šīs vietnes piekļūstamību saskaņā ar Ministru kabineta 2020. gada 14. jūlija noteikumiem Nr. 445 un Eiropas Parlamenta un Padomes Direktīvu (ES) 2016/2102.",
        a11yStatusTitle: "Atbilstības statuss",
        a11yStatus: "Vietne veidota atbilstoši standartam EN 301 549 un WCAG 2.1 AA līmenim. Atbilstība ir pašnovērtēta un tiek pārbaudīta ar automatizētiem testiem.",
        a11yFeaturesTitle: "Ko esam nodrošinājuši",
        a11yFeatures: [
            "Lapas darbojas bez JavaScript un ar tastatūru.",
            "Katrā lapā ir saite „Pāriet uz saturu” un skaidri apzīmēti apgabali.",
            "Fokuss vienmēr ir redzams; teksts ir kontrastains.",
            "Saturs pieejams latviešu un angļu valodā.",
        ],
        a11yFeedbackTitle: "Atsauksmes un saziņa",
        a11yFeedbackTextWith: { c in "Ja pamanāt piekļūstamības problēmu vai nevarat piekļūt informācijai, rakstiet uz \(c.email) vai zvaniet \(c.phone). Mēs atbildēsim Iesniegumu likumā noteiktajā termiņā." },
        a11yEnforcementText: "Ja atbilde jūs neapmierina, varat iesniegt sūdzību PMLP vadībai, izmantojot tos pašus saziņas kanālus.",
        a11yPreparedOn: "Paziņojums sagatavots 2026. gada 29. novembrī.",
        privacyTitle: "Personas datu apstrāde",
        privacySectionsWith: { c in [
            ("Pārzinis", "Pilsonības un migrācijas lietu pārvalde, \(c.postalAddress); \(c.email); tālrunis \(c.phone)."),
            ("Nolūks", "Jūsu datus apstrādājam, lai sniegtu PMLP pakalpojumus, pierakstītu jūs uz vizīti, sazinātos ar jums par pakalpojumu un izpildītu klientu apkalpošanas standartu."),
            ("Tiesiskais pamats", "Iestādei uzdoto funkciju izpilde un tai noteikto juridisko pienākumu izpilde (VDAR 6. panta 1. punkta c) un e) apakšpunkts)."),
            ("Glabāšana", "Klienta ierakstu glabājam piecus gadus, pēc tam to anonimizējam; piekļuves žurnālu — piecus gadus. Termiņi ir noteikti glabāšanas grafikā."),
            ("Kas redz jūsu datus", "Tikai tie darbinieki, kuriem tas vajadzīgs darba pienākumu veikšanai; katra apskate tiek ierakstīta piekļuves žurnālā."),
            ("Jūsu tiesības", "Jūs varat pieprasīt piekļuvi saviem datiem un to kopiju, labot neprecīzus datus un iebilst pret apstrādi. Atbildam viena mēneša laikā (VDAR 12. panta 3. punkts)."),
            ("Uzraudzības iestāde", "Ja uzskatāt, ka jūsu dati tiek apstrādāti nelikumīgi, varat iesniegt sūdzību Datu valsts inspekcijai."),
        ] },
        myDataTitle: "Jūsu dati",
        myDataIntro: "Šeit redzams viss, ko par jums glabājam, un kad un kuras lomas darbinieki tos apskatīja.",
        myDataRecord: "Jūsu ieraksts",
        myDataReads: "Kas apskatīja jūsu datus",
        myDataNoReads: "Neviens darbinieks jūsu datus nav apskatījis.",
        myDataChanges: "Izmaiņas",
        myDataDownload: "Lejupielādēt visu (JSON)",
        myDataRetention: "Glabāšana",
        myDataRoles: "Loma",
        myDataOffices: "Nodaļa",
        myDataPurpose: "Mērķis",
        myDataWhen: "Kad",
        notFoundTitle: "Lapa nav atrasta",
        notFoundText: "Meklētā lapa nav atrasta. Pārbaudiet adresi vai sāciet no sākumlapas.",
        errorTitle: "Radās kļūda",
        errorText: "Neizdevās izpildīt pieprasījumu. Lūdzu, mēģiniet vēlreiz vēlāk.",
        formTooLarge: "Veidlapā ievadīts pārāk daudz teksta. Lūdzu, saīsiniet to un mēģiniet vēlreiz.",
        backHome: "Uz sākumlapu"
    )
}
