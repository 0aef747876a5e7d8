import Domain

/// Every piece of text the pages show, one catalogue per language with the same keys
/// (I-LANG: Latvian first). Views never contain literal Latvian or English.
struct Strings: Sendable {
    let language: Language
    let siteName: String
    let agencyName: String
    let skipToContent: String
    let mainNavigation: String
    let languageSwitch: String
    let otherLanguageName: String
    let navHome: String
    let navServices: String
    let navOffices: String
    let navAccessibility: String
    let footerContacts: String

    // Home (I-CHANNELS, K-CHANNELS, I-BOOK, I-VPVKAC)
    let homeTitle: String
    let homeLead: String
    let howToGetServices: String
    let channelInPersonText: String
    let channelOnlineText: String
    let channelWebsiteText: String
    let channelPostText: String
    /// The booking call to action (issue 16, item 1): the menu item, the home page's section.
    let navBook: String
    let homeBookTitle: String
    let homeBookText: String
    let homeBookAction: String
    let vpvkacText: String
    let contactUs: String
    let phoneLabel: String
    let postLabel: String
    let emailLabel: String
    let socialLabel: String
    let eAddressLabel: String
    let eAddressText: String

    // Services
    let servicesTitle: String
    let servicesLead: String
    let serviceChannels: String
    let needsAppointment: String
    let noAppointment: String
    let needsIdentityDocument: String
    let deskTime: @Sendable (Int) -> String
    let feesTitle: String
    let noFeesPublished: String
    /// In place of an amount no source confirms (FACTS.md §5).
    let feeUnconfirmed: String
    /// A fee announced from a later date: the date, then what changes.
    let feeFrom: @Sendable (_ date: String) -> String
    let feeCategoryHeader: String
    let feeTermHeader: String
    let feeAmountHeader: String
    let feeAccountHeader: String
    let expeditedMark: String
    let expeditedPaidByCard: String
    let howToPayTitle: String
    let payByCardOrTransfer: String
    let paymentCreditedRule: String
    let payeeLabel: String
    let payeeRegistrationLabel: String
    let bicLabel: String
    let paymentPurposeText: String
    let noTerm: String
    let term: @Sendable (ServiceTerm) -> String
    let feeCategory: @Sendable (FeeCategory) -> String
    let channel: @Sendable (Channel) -> String

    // Offices
    let officesTitle: String
    let officesLead: String
    let addressLabel: String
    let addressUnknown: String
    let unverifiedNoteWith: @Sendable (AgencyContacts) -> String
    let accessibilityTitle: String
    let accessibilityUnknownWith: @Sendable (AgencyContacts) -> String
    let weeklyHoursTitle: String
    let hoursUnverified: String
    let noWeeklyHours: String
    let nextDaysTitle: @Sendable (Int) -> String
    let dateHeader: String
    let hoursHeader: String
    let noteHeader: String
    let shortenedDay: String
    let closed: String
    let closedReason: @Sendable (ClosedReason) -> String
    let servicesHere: String
    let desks: @Sendable (Int) -> String
    let weekday: @Sendable (Weekday) -> String
    let date: @Sendable (LocalDate) -> String
    let officeKind: @Sendable (Office.Kind) -> String

    // Accessibility statement (FACTS.md §9)
    let a11yTitle: String
    let a11yIntro: String
    let a11yStatusTitle: String
    let a11yStatus: String
    let a11yFeaturesTitle: String
    let a11yFeatures: [String]
    let a11yFeedbackTitle: String
    let a11yFeedbackTextWith: @Sendable (AgencyContacts) -> String
    let a11yEnforcementText: String
    let a11yPreparedOn: String

    // Privacy notice (GDPR Art. 13)
    let privacyTitle: String
    let privacySectionsWith: @Sendable (AgencyContacts) -> [(title: String, text: String)]

    // A person's own view of their data (GDPR Art. 15)
    let myDataTitle: String
    let myDataIntro: String
    let myDataRecord: String
    let myDataReads: String
    let myDataNoReads: String
    let myDataChanges: String
    let myDataDownload: String
    let myDataRetention: String
    let myDataRoles: String
    let myDataOffices: String
    let myDataPurpose: String
    let myDataWhen: String

    // Errors
    let notFoundTitle: String
    let notFoundText: String
    let errorTitle: String
    let errorText: String
    let formTooLarge: String
    let backHome: String

    static func of(_ language: Language) -> Strings {
        switch language {
        case .lv: return .lv
        case .en: return .en
        }
    }
}

/// Text of API problems (problem+json `title` and `detail`), per language.
struct ProblemStrings: Sendable {
    let language: Language
    let title: @Sendable (ProblemKind) -> String
    let unknownService: @Sendable (String) -> String
    let unknownOffice: @Sendable (String) -> String
    let notADate: @Sendable (String) -> String
    let rangeReversed: String
    let rangeTooLong: @Sendable (Int) -> String
    let yearOutOfRange: @Sendable (Int, Int) -> String
    let malformedRequest: String
    let missingParameter: @Sendable (String) -> String
    let noSuchPath: String
    let methodNotAllowed: @Sendable (String) -> String
    let databaseUnavailable: String
    let needCredentials: String
    let notAllowed: String
    let personalCode: @Sendable (PersonalCode.Problem) -> String
    let identityNeeded: String
    let clientExists: String
    let unknownClient: String
    let purposeNeeded: String
    let fieldRequired: @Sendable (String) -> String
    let slotFull: String
    let contactNeeded: String
    let notAnEmail: String
    let birthDateOutOfRange: @Sendable (Int) -> String
    let tooLong: @Sendable (Int) -> String
    let bodyTooLarge: @Sendable (Int) -> String
    let notOnOffer: String
    let outsideWindow: @Sendable (String) -> String
    let secondBooking: String
    let notBookable: String
    let badDateTime: String
    let internalError: String
    let offerGone: String
    let offerAccepted: String
    let alreadyWaiting: String
    let rangePast: String
    let rangeTooFar: @Sendable (String) -> String
    let tooManyRequests: @Sendable (Int) -> String
    let contactCap: @Sendable (Int) -> String
    let checkinTooEarly: @Sendable (String) -> String
    let checkinTooLate: String
    let ticketsOutsideHours: String
    let ticketsAfterCutoff: String
    let ticketsQuota: String
    let unknownBookingCode: String
    let illegalTransition: String
    let notServedHere: String
    let passNotUsable: String
    let bookingUnderWay: String
    let queueStillOpen: String

    static func of(_ language: Language) -> ProblemStrings { language == .lv ? .lv : .en }

    static let lv = ProblemStrings(
        language: .lv,
        title: { k in
            switch k {
            case .validation: return "Nederīgs pieprasījums"
            case .unauthenticated: return "Nepieciešama autentifikācija"
            case .forbidden: return "Piekļuve liegta"
            case .conflict: return "Konflikts ar esošajiem datiem"
            case .slotFull: return "Laiks jau aizņemts"
            case .ruleViolated: return "Noteikums nav ievērots"
            case .notFound: return "Nav atrasts"
            case .methodNotAllowed: return "Metode nav atļauta"
            case .unavailable: return "Pakalpojums īslaicīgi nav pieejams"
            case .gone: return "Vairs nav spēkā"
            case .rateLimited: return "Pārāk daudz pieprasījumu"
            case .checkinTooEarly: return "Pārāk agri"
            case .checkinTooLate: return "Pieraksta laiks ir nokavēts"
            case .ticketsClosed: return "Biļetes šobrīd netiek izsniegtas"
            case .queueStillOpen: return "Rindu vēl nevar slēgt"
            case .tooLong: return "Vērtība ir par garu"
            case .tooLarge: return "Pieprasījums ir par lielu"
            case .unsignedSubmission: return "Iesniegums nav parakstīts"
            case .signatureIncomplete: return "Vēstuli nevar parakstīt"
            case .internalError: return "Iekšēja kļūda"
            }
        },
        unknownService: { "Pakalpojums „\($0)” nav atrasts." },
        unknownOffice: { "Nodaļa „\($0)” nav atrasta." },
        notADate: { "Parametram „\($0)” jābūt datumam formātā GGGG-MM-DD." },
        rangeReversed: "Datums „to” nedrīkst būt pirms datuma „from”.",
        rangeTooLong: { "Periods nedrīkst būt garāks par \($0) \(LatvianPlural.form($0, one: "dienu", many: "dienām"))." },
        yearOutOfRange: { "Gadam jābūt no \($0) līdz \($1)." },
        malformedRequest: "Pieprasījums nav pareizi noformēts: pārbaudiet parametrus.",
        missingParameter: { "Parametrs „\($0)” ir obligāts." },
        noSuchPath: "Šāda adrese API nav.",
        methodNotAllowed: { "Šai adresei atļautās metodes: \($0)." },
        databaseUnavailable: "Datubāze neatbild. Lūdzu, mēģiniet vēlāk.",
        needCredentials: "Norādiet derīgu piekļuves marķieri (Authorization: Bearer …).",
        notAllowed: "Jūsu lomai vai nodaļai šī darbība nav atļauta.",
        personalCode: { p in
            switch p {
            case .malformed: return "Personas kodam jābūt 11 cipariem (ar vai bez defises pēc sestā)."
            case .impossibleDate: return "Personas koda datums neeksistē."
            case .badCentury: return "Personas koda septītajam ciparam jābūt 0, 1 vai 2."
            case .badChecksum: return "Personas koda kontrolcipars nesakrīt: pārbaudiet kodu."
            }
        },
        identityNeeded: "Norādiet personas kodu vai dzimšanas datumu un dokumenta numuru.",
        clientExists: "Klients ar šo personas kodu jau ir reģistrā.",
        unknownClient: "Klients nav atrasts.",
        purposeNeeded: "Meklējot personu pēc personas koda ārpus lietas, norādiet mērķi.",
        fieldRequired: { "Lauks „\($0)” ir obligāts." },
        slotFull: "Šajā laikā brīvu vietu vairs nav. Lūdzu, izvēlieties citu laiku.",
        contactNeeded: "Norādiet tālruni vai e-pastu, lai varam ar jums sazināties.",
        notAnEmail: "E-pasta adrese jānorāda šādi: vards@piemers.lv.",
        birthDateOutOfRange: { "Dzimšanas datums nevar būt nākotnē vai agrāk par \($0). gadu." },
        tooLong: { "Vērtība ir par garu: ne vairāk kā \($0) \(LatvianPlural.form($0, one: "rakstzīme", many: "rakstzīmes"))." },
        bodyTooLarge: { "Pieprasījums ir par lielu: ne vairāk kā \($0) KB." },
        notOnOffer: "Šis laiks nav pieejams pierakstam.",
        outsideWindow: { "Pierakstam pagaidām atvērti laiki līdz \($0)." },
        secondBooking: "Jums jau ir aktīvs pieraksts šim pakalpojumam. Lūdzu, mainiet vai atceliet to.",
        notBookable: "Šim pakalpojumam šajā nodaļā pierakstīties nevar.",
        badDateTime: "Laikam jābūt RFC 3339 formātā, piemēram, 2026-12-21T09:00:00+02:00.",
        internalError: "Radās neparedzēta kļūda.",
        offerGone: "Šis piedāvājums vairs nav spēkā: laiks ir nodots nākamajam gaidītājam. Jūs paliekat gaidu sarakstā.",
        offerAccepted: "Šis piedāvājums jau ir pieņemts; pieraksta apstiprinājums ir nosūtīts jums.",
        alreadyWaiting: "Jūs jau esat gaidu sarakstā šim pakalpojumam.",
        rangePast: "Periods jau ir beidzies: izvēlieties datumus no šodienas.",
        rangeTooFar: { "Gaidīt var ne tālāk kā līdz \($0)." },
        tooManyRequests: { "No šīs adreses ir pārāk daudz pieprasījumu. Lūdzu, mēģiniet vēlreiz pēc \($0) \(LatvianPlural.form($0, one: "sekundes", many: "sekundēm"))." },
        contactCap: { "Ar šo tālruni vai e-pastu jau ir \($0) \(LatvianPlural.form($0, one: "aktīvs pieraksts", many: "aktīvi pieraksti")). Lai pierakstītu vairāk personu, lūdzu, zvaniet \(AgencyContacts.current.phone)." },
        checkinTooEarly: { "Jūs esat ieradies pārāk agri. Lūdzu, reģistrējieties no plkst. \($0)." },
        checkinTooLate: "Jūsu pieraksta laiks ir nokavēts. Lūdzu, ņemiet rindas biļeti — jūs apkalposim rindas kārtībā.",
        ticketsOutsideHours: "Šobrīd nav pieņemšanas laiks. Lūdzu, nāciet pieņemšanas laikā.",
        ticketsAfterCutoff: "Šodien biļetes vairs netiek izsniegtas: nodaļa drīz slēgs. Lūdzu, pierakstieties uz citu dienu.",
        ticketsQuota: "Šodienas biļetes šim pakalpojumam ir beigušās. Lūdzu, pierakstieties uz citu dienu.",
        unknownBookingCode: "Šajā nodaļā nav aktīva pieraksta ar šo kodu.",
        illegalTransition: "Šo darbību pašreizējā statusā veikt nevar.",
        notServedHere: "Šajā nodaļā šo pakalpojumu nesniedz.",
        passNotUsable: "Šī prioritātes karte vairs nav derīga: tā ir izmantota, tai beidzies termiņš vai tā ir citai nodaļai vai pakalpojumam.",
        bookingUnderWay: "Šo pierakstu vairs nevar mainīt vai atcelt: klients jau ir ieradies vai apmeklējums ir beidzies.",
        queueStillOpen: "Rindu var slēgt tikai pēc pieņemšanas laika beigām un tikai nodaļā, kas gaidītājiem piedāvā prioritātes pierakstu."
    )

    static let en = ProblemStrings(
        language: .en,
        title: { k in
            switch k {
            case .validation: return "Invalid request"
            case .unauthenticated: return "Authentication required"
            case .forbidden: return "Access denied"
            case .conflict: return "Conflicts with existing data"
            case .slotFull: return "The time is taken"
            case .ruleViolated: return "A rule is not met"
            case .notFound: return "Not found"
            case .methodNotAllowed: return "Method not allowed"
            case .unavailable: return "Temporarily unavailable"
            case .gone: return "No longer valid"
            case .rateLimited: return "Too many requests"
            case .checkinTooEarly: return "Too early"
            case .checkinTooLate: return "The appointment time has passed"
            case .ticketsClosed: return "No tickets are being issued now"
            case .queueStillOpen: return "The queue cannot be closed yet"
            case .tooLong: return "A value is too long"
            case .tooLarge: return "The request is too large"
            case .unsignedSubmission: return "The submission is not signed"
            case .signatureIncomplete: return "The letter cannot be signed"
            case .internalError: return "Internal error"
            }
        },
        unknownService: { "There is no service \"\($0)\"." },
        unknownOffice: { "There is no office \"\($0)\"." },
        notADate: { "Parameter \"\($0)\" must be a date as YYYY-MM-DD." },
        rangeReversed: "\"to\" must not be before \"from\".",
        rangeTooLong: { "The range must not be longer than \($0) \(EnglishPlural.form($0, one: "day", many: "days"))." },
        yearOutOfRange: { "The year must be from \($0) to \($1)." },
        malformedRequest: "The request is malformed: check its parameters.",
        missingParameter: { "Parameter \"\($0)\" is required." },
        noSuchPath: "The API has no such path.",
        methodNotAllowed: { "Methods allowed on this path: \($0)." },
        databaseUnavailable: "The database does not answer. Please try again later.",
        needCredentials: "Send a valid access token (Authorization: Bearer …).",
        notAllowed: "Your role or office does not allow this.",
        personalCode: { p in
            switch p {
            case .malformed: return "A personal code has 11 digits (with or without a hyphen after the sixth)."
            case .impossibleDate: return "The date in the personal code does not exist."
            case .badCentury: return "The seventh digit of the personal code must be 0, 1 or 2."
            case .badChecksum: return "The check digit of the personal code does not match: check the code."
            }
        },
        identityNeeded: "Give a personal code, or a date of birth and a document number.",
        clientExists: "A client with this personal code is already registered.",
        unknownClient: "No such client.",
        purposeNeeded: "Looking a person up by personal code outside a case needs a stated purpose.",
        fieldRequired: { "Field \"\($0)\" is required." },
        slotFull: "No seat is left at this time. Please choose another time.",
        contactNeeded: "Give a phone number or an e-mail address so that we can reach you.",
        notAnEmail: "Enter an e-mail address in the form name@example.com.",
        birthDateOutOfRange: { "The date of birth cannot be in the future or before \($0)." },
        tooLong: { "Too long: at most \($0) \($0 == 1 ? "character" : "characters")." },
        bodyTooLarge: { "The request is too large: at most \($0) KB." },
        notOnOffer: "This time is not open for booking.",
        outsideWindow: { "Times are open for booking up to \($0) for now." },
        secondBooking: "You already have an active booking for this service. Please change or cancel it.",
        notBookable: "This service cannot be booked at this office.",
        badDateTime: "The time must be RFC 3339, e.g. 2026-12-21T09:00:00+02:00.",
        internalError: "An unexpected error occurred.",
        offerGone: "This offer is no longer valid: the time has passed to the next person waiting. You stay on the waitlist.",
        offerAccepted: "This offer has already been accepted; the booking confirmation has been sent to you.",
        alreadyWaiting: "You are already on the waitlist for this service.",
        rangePast: "The range has already ended: choose dates from today.",
        rangeTooFar: { "You can wait for dates up to \($0)." },
        tooManyRequests: { "Too many requests from this address. Please try again in \($0) \(EnglishPlural.form($0, one: "second", many: "seconds"))." },
        contactCap: { "This phone or e-mail already has \($0) active \(EnglishPlural.form($0, one: "booking", many: "bookings")). To book for more people, please call \(AgencyContacts.current.phone)." },
        checkinTooEarly: { "You are too early. Please check in from \($0)." },
        checkinTooLate: "Your appointment time has passed. Please take a queue ticket — we will serve you in turn.",
        ticketsOutsideHours: "This is outside reception hours. Please come during reception hours.",
        ticketsAfterCutoff: "No more tickets today: the office closes soon. Please book for another day.",
        ticketsQuota: "Today's tickets for this service have run out. Please book for another day.",
        unknownBookingCode: "There is no active booking with this code at this office.",
        illegalTransition: "This action is not possible in the entry's current state.",
        notServedHere: "This office does not provide this service.",
        passNotUsable: "This priority pass can no longer be used: it was used, it has lapsed, or it is for another office or service.",
        bookingUnderWay: "This booking can no longer be changed or cancelled: the client has checked in or the visit has ended.",
        queueStillOpen: "The queue can be closed only after reception hours, and only at an office that offers those waiting a priority booking."
    )
}

/// The texts that quote the agency's contacts read them when the page is drawn, not when the
/// catalogue was built (issue 13: an administrator corrects them).
extension Strings {
    var unverifiedNote: String { unverifiedNoteWith(.current) }
    var accessibilityUnknown: String { accessibilityUnknownWith(.current) }
    var a11yFeedbackText: String { a11yFeedbackTextWith(.current) }
    var privacySections: [(title: String, text: String)] { privacySectionsWith(.current) }
}
