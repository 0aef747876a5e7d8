import Domain

extension Strings {
    static let en = Strings(
        language: .en,
        siteName: "PMLP client services",
        agencyName: LetterFrame.agencyName.text(.en),
        skipToContent: "Skip to content",
        mainNavigation: "Main navigation",
        languageSwitch: "Language",
        otherLanguageName: "Latviešu",
        navHome: "Home",
        navServices: "Services",
        navOffices: "Offices and contacts",
        navAccessibility: "Accessibility",
        footerContacts: "Contacts",
        homeTitle: "Services of the Office of Citizenship and Migration Affairs",
        homeLead: "Choose the way to request and receive a service that suits you best.",
        howToGetServices: "How to get services",
        channelInPersonText: "In person at any PMLP territorial division, whatever your declared address.",
        channelOnlineText: "Electronically at latvija.gov.lv, including through the official e-address.",
        channelWebsiteText: "On pmlp.gov.lv under \"Services\" (Pakalpojumi).",
        channelPostText: "By post, sending your application to PMLP's address.",
        navBook: "Book a visit",
        homeBookTitle: "Book a visit to an office",
        homeBookText: "Choose a service, an office, a day and a time — booking takes a few minutes, and the confirmation comes to your phone or e-mail.",
        homeBookAction: "Book a visit",
        vpvkacText: "Advice on PMLP e-services is also given at the state and municipal unified client service centres.",
        contactUs: "Contact us",
        phoneLabel: "Phone",
        postLabel: "Postal address",
        emailLabel: "E-mail",
        socialLabel: "Social media",
        eAddressLabel: "E-address",
        eAddressText: "The official electronic address at latvija.gov.lv",
        servicesTitle: "Services",
        servicesLead: "Services, their fees, terms and the ways to request them.",
        serviceChannels: "How to request",
        needsAppointment: "Book an appointment in advance.",
        noAppointment: "No appointment needed.",
        needsIdentityDocument: "Bring an identity document.",
        deskTime: { "Service at the desk usually takes about \($0) \(EnglishPlural.form($0, one: "minute", many: "minutes"))." },
        feesTitle: "Fees",
        noFeesPublished: "No fee for this service is published here.",
        feeUnconfirmed: "confirm at the office",
        feeFrom: { "From \($0):" },
        feeCategoryHeader: "Who",
        feeTermHeader: "Term",
        feeAmountHeader: "Amount",
        feeAccountHeader: "Account",
        expeditedMark: "expedited",
        expeditedPaidByCard: "Expedited services are paid by bank card at the office.",
        howToPayTitle: "How to pay",
        payByCardOrTransfer: "Pay by card at the office or by bank transfer in your internet bank.",
        paymentCreditedRule: "A transfer counts as paid only once the money is credited to the State Treasury account; you can check this in the Treasury's e-service.",
        payeeLabel: "Payee",
        payeeRegistrationLabel: "Registration number",
        bicLabel: "BIC",
        paymentPurposeText: "In the payment purpose give the application number and the name of the person the fee is for.",
        noTerm: "—",
        term: { t in
            switch t.unit {
            case .workingDays: return "within \(t.count) working \(EnglishPlural.form(t.count, one: "day", many: "days"))"
            case .days: return "within \(t.count) \(EnglishPlural.form(t.count, one: "day", many: "days"))"
            }
        },
        feeCategory: { c in
            switch c {
            case .standard: return "Standard"
            case .reduced: return "Reduced: under 20, of pension age, with group I or II disability"
            case .familyOrStudent: return "Spouses and children of Latvian citizens, students"
            case .online: return "Requested online"
            case .freeAllowance: return "Twice a year, one's own data"
            }
        },
        channel: { c in
            switch c {
            case .inPerson: return "In person at a division"
            case .latvijaGovLv: return "At latvija.gov.lv"
            case .eAddress: return "Through the e-address"
            case .post: return "By post"
            }
        },
        officesTitle: "Offices and contacts",
        officesLead: "PMLP divisions: addresses, reception hours and information for clients with reduced mobility.",
        addressLabel: "Address",
        addressUnknown: "The address has not been published yet.",
        unverifiedNoteWith: { c in "This information comes from an older list and is still being checked; please confirm by calling \(c.phone) before you come." },
        accessibilityTitle: "Access for clients with reduced mobility",
        accessibilityUnknownWith: { c in "Not published yet. Please call \(c.phone) and we will tell you how to reach the division." },
        weeklyHoursTitle: "Reception hours",
        hoursUnverified: "These are the typical hours of territorial divisions and are still being checked.",
        noWeeklyHours: "No client reception hours are published.",
        nextDaysTitle: { "Reception hours for the next \($0) \(EnglishPlural.form($0, one: "day", many: "days"))" },
        dateHeader: "Date",
        hoursHeader: "Hours",
        noteHeader: "Note",
        shortenedDay: "Pre-holiday day: shorter hours",
        closed: "Closed",
        closedReason: { r in
            switch r {
            case .holiday: return "Public holiday"
            case .dayOff: return "Day off"
            case .officeClosed: return "Office closed"
            case .weekend: return "Weekend"
            }
        },
        servicesHere: "Services at this office",
        desks: { "desks: \($0)" },
        weekday: { w in
            switch w {
            case .monday: return "Monday"
            case .tuesday: return "Tuesday"
            case .wednesday: return "Wednesday"
            case .thursday: return "Thursday"
            case .friday: return "Friday"
            case .saturday: return "Saturday"
            case .sunday: return "Sunday"
            }
        },
        date: { d in
            let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
            return "\(d.day) \(months[d.month - 1]) \(d.year)"
        },
        officeKind: { k in k == .headquarters ? "Headquarters" : "Territorial division" },
        a11yTitle: "Accessibility statement",
        a11yIntro: "The Office of Citizenship and Migration Affairs is committed to making this website accessible in accordance with Cabinet Regulation No. 445 of 14 July 2020 and Directive (EU) 2016/2102 of the European Parliament and of the Council.",
        a11yStatusTitle: "Compliance status",
        a11yStatus: "The site is built to EN 301 549 and WCAG 2.1 level AA. Compliance is self-assessed and checked by automated tests.",
        a11yFeaturesTitle: "What we provide",
        a11yFeatures: [
            "Pages work without JavaScript and with a keyboard.",
            "Every page has a \"Skip to content\" link and clearly labelled regions.",
            "Focus is always visible; text has strong contrast.",
            "Content is available in Latvian and English.",
        ],
        a11yFeedbackTitle: "Feedback and contact",
        a11yFeedbackTextWith: { c in "If you notice an accessibility problem or cannot reach some information, write to \(c.email) or call \(c.phone). We will answer within the term set by the Law on Submissions." },
        a11yEnforcementText: "If you are not satisfied with the answer, you may complain to PMLP's management through the same channels.",
        a11yPreparedOn: "This statement was prepared on 29 November 2026.",
        privacyTitle: "How we process personal data",
        privacySectionsWith: { c in [
            ("Controller", "Office of Citizenship and Migration Affairs, \(c.postalAddress); \(c.email); phone \(c.phone)."),
            ("Purpose", "We process your data to provide PMLP's services, to book your visit, to contact you about your service and to meet the client-service standard."),
            ("Legal basis", "Carrying out the tasks and legal obligations given to the agency (GDPR Art. 6(1)(c) and (e))."),
            ("Retention", "A client record is kept for five years and then anonymised; the access log for five years. The periods are set in the retention schedule."),
            ("Who sees your data", "Only staff who need it for their work; every view is written to an access log."),
            ("Your rights", "You may ask for access to your data and a copy, have inaccurate data corrected, and object to processing. We answer within one month (GDPR Art. 12(3))."),
            ("Supervisory authority", "If you believe your data is processed unlawfully, you may complain to the Data State Inspectorate (Datu valsts inspekcija)."),
        ] },
        myDataTitle: "Your data",
        myDataIntro: "Here is everything we hold about you, and when staff in which roles looked at it.",
        myDataRecord: "Your record",
        myDataReads: "Who looked at your data",
        myDataNoReads: "No member of staff has looked at your data.",
        myDataChanges: "Changes",
        myDataDownload: "Download everything (JSON)",
        myDataRetention: "Retention",
        myDataRoles: "Role",
        myDataOffices: "Office",
        myDataPurpose: "Purpose",
        myDataWhen: "When",
        notFoundTitle: "Page not found",
        notFoundText: "The page you are looking for was not found. Check the address or start from the home page.",
        errorTitle: "Something went wrong",
        errorText: "The request could not be completed. Please try again later.",
        formTooLarge: "The form holds too much text. Please shorten it and try again.",
        backHome: "Go to the home page"
    )
}
