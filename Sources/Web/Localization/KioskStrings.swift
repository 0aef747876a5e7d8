import Domain

/// Text of the kiosk pages (issue 5), per language (`Strings.kiosk`).
struct KioskStrings: Sendable {
    let title: String
    let welcome: @Sendable (String) -> String
    let checkInTitle: String
    let codeLabel: String
    let codeHint: String
    let checkInButton: String
    let ticketTitle: String
    let ticketIntro: String
    let yourNumber: String
    let waitForCall: String
    let onTime: String
    let lateAccepted: String
    let tooLateOffer: String
    let backToStart: String
    let notAKiosk: String
    let waiting: @Sendable (Int, Int) -> String
    let idReminder: String
    /// Issue 16, item 5: the kiosk's own language button, printing, the return to the start.
    let otherLanguage: String
    let printTicket: String
    let returnsIn: String
    let services: String

    static func of(_ l: Language) -> KioskStrings { l == .lv ? .lv : .en }

    static let lv = KioskStrings(
        title: "Reģistrācija",
        welcome: { "Laipni lūdzam — \($0)" },
        checkInTitle: "Man ir pieraksts",
        codeLabel: "Pieraksta kods",
        codeHint: "Ierakstiet kodu vai noskenējiet QR kodu no apstiprinājuma.",
        checkInButton: "Reģistrēties",
        ticketTitle: "Man nav pieraksta — ņemt rindas biļeti",
        ticketIntro: "Izvēlieties pakalpojumu:",
        yourNumber: "Jūsu numurs",
        waitForCall: "Lūdzu, gaidiet, kamēr jūsu numurs parādīsies ekrānā, un dodieties uz norādīto lodziņu.",
        onTime: "Paldies, ka ieradāties laikus.",
        lateAccepted: "Jūs ieradāties vēlāk par \(BookingRequest.arriveEarlyMinutes) \(LatvianPlural.form(BookingRequest.arriveEarlyMinutes, one: "minūti", many: "minūtēm")) pirms pieraksta laika; šoreiz jūs apkalposim, bet nākamreiz, lūdzu, nāciet laikus.",
        tooLateOffer: "Varat ņemt rindas biļeti un gaidīt rindas kārtībā:",
        backToStart: "Uz sākumu",
        notAKiosk: "Šī lapa ir paredzēta nodaļas reģistrācijas terminālim.",
        waiting: { "Rindā: \($0), aptuvenā gaidīšana \($1) min" },
        idReminder: "Sagatavojiet personu apliecinošu dokumentu.",
        otherLanguage: "English",
        printTicket: "Drukāt biļeti",
        returnsIn: "Atgriešanās sākumā pēc",
        services: "Pakalpojumi"
    )

    static let en = KioskStrings(
        title: "Check-in",
        welcome: { "Welcome — \($0)" },
        checkInTitle: "I have an appointment",
        codeLabel: "Booking code",
        codeHint: "Type the code or scan the QR code from your confirmation.",
        checkInButton: "Check in",
        ticketTitle: "No appointment — take a queue ticket",
        ticketIntro: "Choose a service:",
        yourNumber: "Your number",
        waitForCall: "Please wait until your number appears on the screen, then go to the counter shown.",
        onTime: "Thank you for coming on time.",
        lateAccepted: "You came later than \(BookingRequest.arriveEarlyMinutes) \(EnglishPlural.form(BookingRequest.arriveEarlyMinutes, one: "minute", many: "minutes")) before your appointment; we will serve you this time, but please come earlier next time.",
        tooLateOffer: "You can take a queue ticket and wait in turn:",
        backToStart: "Back to the start",
        notAKiosk: "This page is for the office's check-in kiosk.",
        waiting: { "Waiting: \($0), about \($1) min" },
        idReminder: "Have your identity document ready.",
        otherLanguage: "Latviešu",
        printTicket: "Print the ticket",
        returnsIn: "Back to the start in",
        services: "Services"
    )
}

extension Strings {
    var kiosk: KioskStrings { .of(language) }
}
