import Domain

/// Text of the booking pages, per language (reached as `Strings.booking`).
struct BookingStrings: Sendable {
    let manageTitle: String
    let codeLabel: String
    let serviceLabel: String
    let officeLabel: String
    let timeLabel: String
    let arriveBy: @Sendable (String) -> String
    let bringDocument: String
    let feeLine: @Sendable (String) -> String
    let interpreterNote: String
    let statusCancelled: String
    /// The manage page of a booking that can no longer be moved or cancelled (BookingLifecycle).
    let statusClosed: @Sendable (Booking.Status) -> String
    let addToCalendar: String
    let cancelTitle: String
    let cancelButton: String
    let cancelQuestion: String
    let cancelWarning: String
    let keepBooking: String
    let cancelled: String
    let rescheduleTitle: String
    let newTimeLabel: String
    let rescheduleButton: String
    let rescheduled: String
    let noOtherTimes: String
    let yourData: String
    let slotTaken: String
    let accessibilityLabel: String
    let bookTitle: String
    let chooseService: String
    let chooseOffice: String
    let nextFree: @Sendable (String) -> String
    let noFreeTimes: String
    let chooseDay: String
    let freeTimes: @Sendable (Int) -> String
    let releaseNote: @Sendable (String, Int, Int) -> String
    /// With a priority pass: the last day open to its holder and the pass's last day.
    let priorityNote: @Sendable (String, String) -> String
    let passGoneTitle: String
    let detailsTitle: String
    let chooseTime: String
    let remaining: @Sendable (Int) -> String
    let nameLabel: String
    let surnameLabel: String
    let personalCodeLabel: String
    let personalCodeHint: String
    let foreignerHint: String
    let birthDateLabel: String
    let documentLabel: String
    let phoneLabel: String
    let emailLabel: String
    let contactHint: String
    let languageLabel: String
    let interpreterLabel: String
    let submitBooking: String
    let confirmationTitle: String
    let keepLink: String
    let manageLink: String
    let errorSummary: String
    let bookLink: String

    static func of(_ l: Language) -> BookingStrings { l == .lv ? .lv : .en }

    static let lv = BookingStrings(
        manageTitle: "Jūsu pieraksts",
        codeLabel: "Pieraksta kods",
        serviceLabel: "Pakalpojums",
        officeLabel: "Nodaļa",
        timeLabel: "Laiks",
        arriveBy: { let n = BookingRequest.arriveEarlyMinutes
            return "Lūdzu, ierodieties vismaz \(n) \(LatvianPlural.form(n, one: "minūti", many: "minūtes")) iepriekš — līdz plkst. \($0)." },
        bringDocument: "Līdzi ņemiet personu apliecinošu dokumentu.",
        feeLine: { "Maksa: \($0). Maksājiet ar karti nodaļā vai ar pārskaitījumu; paātrināto pakalpojumu apmaksā nodaļā ar bankas karti." },
        interpreterNote: "Jūs norādījāt, ka ieradīsieties ar tulku.",
        statusCancelled: "Šis pieraksts ir atcelts.",
        statusClosed: { s in
            switch s {
            case .checkedIn: return "Jūs esat reģistrējies ierašanos — lūdzu, gaidiet savu numuru uz ekrāna."
            case .attended: return "Šis apmeklējums ir noticis. Lai nāktu vēlreiz, piesakieties no jauna."
            case .noShow: return "Šajā pierakstā jūs neieradāties. Lai nāktu, piesakieties no jauna."
            case .active, .cancelled: return "Šis pieraksts ir atcelts."
            }
        },
        addToCalendar: "Pievienot kalendāram (.ics)",
        cancelTitle: "Atcelt pierakstu",
        cancelButton: "Atcelt pierakstu",
        cancelQuestion: "Vai tiešām atcelt pierakstu?",
        cancelWarning: "Laiks tiks atbrīvots citiem, un atcelto pierakstu atjaunot nevar — vajadzības gadījumā būs jāpiesakās no jauna.",
        keepBooking: "Nē, paturēt pierakstu",
        cancelled: "Pieraksts atcelts. Laiks ir atbrīvots citiem.",
        rescheduleTitle: "Pārcelt uz citu laiku",
        newTimeLabel: "Jaunais laiks",
        rescheduleButton: "Pārcelt",
        rescheduled: "Pieraksts pārcelts. Kods paliek tas pats.",
        noOtherTimes: "Citu brīvu laiku pašlaik nav.",
        yourData: "Jūsu dati un kas tos skatīja",
        slotTaken: "Šis laiks tikko tika aizņemts. Lūdzu, izvēlieties citu.",
        accessibilityLabel: "Piekļūstamība",
        bookTitle: "Pieteikties vizītei",
        chooseService: "Izvēlieties pakalpojumu",
        chooseOffice: "Izvēlieties nodaļu",
        nextFree: { "tuvākais brīvais laiks: \($0)" },
        noFreeTimes: "brīvu laiku pagaidām nav",
        chooseDay: "Izvēlieties dienu",
        freeTimes: { "brīvi laiki: \($0)" },
        releaseNote: { "Jauni laiki tiek atvērti katru dienu plkst. \($0) — \($1) \(LatvianPlural.form($1, one: "dienu", many: "dienas")) uz priekšu; pierakstīties var ne vēlāk kā \($2) \(LatvianPlural.form($2, one: "minūti", many: "minūtes")) pirms sākuma." },
        priorityNote: { "Ar prioritātes karti jums atvērtas dienas līdz \($0), arī tās, kas citiem vēl nav atvērtas. Karte derīga līdz \($1) vienam pierakstam." },
        passGoneTitle: "Prioritātes karte nav derīga",
        detailsTitle: "Laiks un jūsu dati",
        chooseTime: "Laiks",
        remaining: { "brīvas vietas: \($0)" },
        nameLabel: "Vārds",
        surnameLabel: "Uzvārds",
        personalCodeLabel: "Personas kods",
        personalCodeHint: "Piemēram, 161175-19997. Ja jums nav Latvijas personas koda, atstājiet tukšu un norādiet dzimšanas datumu un dokumenta numuru.",
        foreignerHint: "Tikai tad, ja jums nav personas koda.",
        birthDateLabel: "Dzimšanas datums",
        documentLabel: "Personu apliecinoša dokumenta numurs",
        phoneLabel: "Tālrunis",
        emailLabel: "E-pasts",
        contactHint: "Norādiet tālruni vai e-pastu (vismaz vienu), lai varam ar jums sazināties.",
        languageLabel: "Saziņas valoda",
        interpreterLabel: "Es ieradīšos ar tulku",
        submitBooking: "Pieteikties",
        confirmationTitle: "Jūs esat pierakstīts",
        keepLink: "Saglabājiet šo saiti: ar to varat apskatīt, pārcelt vai atcelt pierakstu. Tā ir arī apstiprinājuma ziņā.",
        manageLink: "Mans pieraksts",
        errorSummary: "Lūdzu, izlabojiet kļūdas:",
        bookLink: "Pieteikties vizītei"
    )

    static let en = BookingStrings(
        manageTitle: "Your booking",
        codeLabel: "Booking code",
        serviceLabel: "Service",
        officeLabel: "Office",
        timeLabel: "Time",
        arriveBy: { let n = BookingRequest.arriveEarlyMinutes
            return "Please arrive at least \(n) \(EnglishPlural.form(n, one: "minute", many: "minutes")) early — by \($0)." },
        bringDocument: "Bring an identity document.",
        feeLine: { "Fee: \($0). Pay by card at the office or by transfer; expedited services are paid by card at the office." },
        interpreterNote: "You told us you will come with an interpreter.",
        statusCancelled: "This booking has been cancelled.",
        statusClosed: { s in
            switch s {
            case .checkedIn: return "You have checked in — please wait for your number on the screen."
            case .attended: return "This visit has taken place. To come again, book a new visit."
            case .noShow: return "You did not come to this appointment. To come, book a new visit."
            case .active, .cancelled: return "This booking has been cancelled."
            }
        },
        addToCalendar: "Add to calendar (.ics)",
        cancelTitle: "Cancel the booking",
        cancelButton: "Cancel the booking",
        cancelQuestion: "Do you really want to cancel the booking?",
        cancelWarning: "The time will be given to others, and a cancelled booking cannot be restored — you would have to book again.",
        keepBooking: "No, keep the booking",
        cancelled: "Booking cancelled. The time is free for others.",
        rescheduleTitle: "Move to another time",
        newTimeLabel: "New time",
        rescheduleButton: "Move",
        rescheduled: "Booking moved. The code stays the same.",
        noOtherTimes: "No other time is free at the moment.",
        yourData: "Your data and who looked at it",
        slotTaken: "This time has just been taken. Please choose another.",
        accessibilityLabel: "Accessibility",
        bookTitle: "Book an appointment",
        chooseService: "Choose a service",
        chooseOffice: "Choose an office",
        nextFree: { "next free time: \($0)" },
        noFreeTimes: "no free time yet",
        chooseDay: "Choose a day",
        freeTimes: { "free times: \($0)" },
        releaseNote: { "New times open every day at \($0), \($1) \(EnglishPlural.form($1, one: "day", many: "days")) ahead; you can book up to \($2) \(EnglishPlural.form($2, one: "minute", many: "minutes")) before the start." },
        priorityNote: { "Your priority pass opens days up to \($0) for you, including days not yet open to others. It is good for one booking until \($1)." },
        passGoneTitle: "The priority pass cannot be used",
        detailsTitle: "Time and your details",
        chooseTime: "Time",
        remaining: { "seats left: \($0)" },
        nameLabel: "Name",
        surnameLabel: "Surname",
        personalCodeLabel: "Personal code",
        personalCodeHint: "For example 161175-19997. If you have no Latvian personal code, leave it empty and give your date of birth and document number.",
        foreignerHint: "Only if you have no personal code.",
        birthDateLabel: "Date of birth",
        documentLabel: "Identity document number",
        phoneLabel: "Phone",
        emailLabel: "E-mail",
        contactHint: "Give a phone number or an e-mail address (at least one) so that we can reach you.",
        languageLabel: "Language for messages",
        interpreterLabel: "I will come with an interpreter",
        submitBooking: "Book",
        confirmationTitle: "You are booked",
        keepLink: "Keep this link: with it you can view, move or cancel the booking. It is also in the confirmation message.",
        manageLink: "My booking",
        errorSummary: "Please correct these errors:",
        bookLink: "Book an appointment"
    )
}

extension Strings {
    var booking: BookingStrings { .of(language) }
}
