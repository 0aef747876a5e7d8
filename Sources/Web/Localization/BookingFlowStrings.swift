import Domain
import Foundation

/// Text of the booking journey's frame (issue 16): where the client is, the way back, why a day
/// has nothing to book, the times' groups. Reached as `Strings.flow`.
struct BookingFlowStrings: Sendable {
    let progress: String
    let steps: [String]
    let stepOf: @Sendable (Int, Int) -> String
    let back: String
    let morning: String
    /// Free seats under a time's button: "4 vietas" / "4 seats".
    let seats: @Sendable (Int) -> String
    let afternoon: String
    let past: String
    let holiday: @Sendable (String?) -> String
    let notWorking: String
    let officeClosed: @Sendable (String?) -> String
    let notYetReleased: @Sendable (String) -> String
    let full: String
    let otherDay: String
    /// Find my booking (item 2).
    let lostLink: String
    let findTitle: String
    let findIntro: String
    let findContactLabel: String
    let findContactHint: String
    let findButton: String
    let findCodeMissing: String
    let findContactMissing: String
    let sentTitle: String
    let sentText: String
    let sentAgain: String
    /// Beside "you already have a booking for this service".
    let secondBookingHelp: String

    static func of(_ l: Language) -> BookingFlowStrings { l == .lv ? .lv : .en }

    static let lv = BookingFlowStrings(
        progress: "Pieraksta soļi",
        steps: ["Pakalpojums", "Nodaļa", "Diena", "Laiks un dati"],
        stepOf: { "\($0). solis no \($1)" },
        back: "Atpakaļ",
        morning: "Priekšpusdienā",
        seats: { "\($0) \(LatvianPlural.form($0, one: "vieta", many: "vietas"))" },
        afternoon: "Pēcpusdienā",
        past: "Šī diena jau ir pagājusi — pierakstīties var tikai uz nākamajām dienām.",
        holiday: { name in "Šī ir svētku diena\(name.map { " (\($0))" } ?? "") — nodaļas ir slēgtas." },
        notWorking: "Šajā dienā nodaļa nestrādā.",
        officeClosed: { reason in "Nodaļa šajā dienā ir slēgta\(reason.map { ": \($0)" } ?? ".")" },
        notYetReleased: { "Šīs dienas laiki vēl nav atvērti — tie tiks atvērti \($0)." },
        full: "Visi šīs dienas laiki jau ir aizņemti.",
        otherDay: "Izvēlēties citu dienu",
        lostLink: "Pazaudējāt saiti uz savu pierakstu?",
        findTitle: "Atrast savu pierakstu",
        findIntro: "Ierakstiet pieraksta kodu un tālruni, e-pastu vai personas kodu, kas norādīts pierakstā. Jaunu saiti uz pierakstu nosūtīsim uz pierakstā norādīto tālruni vai e-pastu — ekrānā tā netiek rādīta.",
        findContactLabel: "Tālrunis, e-pasts vai personas kods",
        findContactHint: "Tieši tas, kas norādīts pierakstā, piemēram, 20000000 vai vards@example.lv.",
        findButton: "Nosūtīt saiti",
        findCodeMissing: "Ierakstiet pieraksta kodu (8 rakstzīmes, piemēram, AB12CD34).",
        findContactMissing: "Ierakstiet tālruni, e-pastu vai personas kodu.",
        sentTitle: "Pārbaudiet tālruni vai e-pastu",
        sentText: "Ja aktīvs pieraksts ar šo kodu un šiem datiem ir, jauna saite uz to ir nosūtīta uz pierakstā norādīto tālruni vai e-pastu. Iepriekšējā saite vairs nedarbojas.",
        sentAgain: "Nesaņēmāt ziņu? Pārbaudiet kodu un mēģiniet vēlreiz vai zvaniet mums.",
        secondBookingHelp: "Ja saite uz pierakstu ir pazudusi, to var saņemt vēlreiz:"
    )

    static let en = BookingFlowStrings(
        progress: "Booking steps",
        steps: ["Service", "Office", "Day", "Time and details"],
        stepOf: { "Step \($0) of \($1)" },
        back: "Back",
        morning: "Morning",
        seats: { "\($0) \(EnglishPlural.form($0, one: "seat", many: "seats"))" },
        afternoon: "Afternoon",
        past: "This day has passed — you can book only days still to come.",
        holiday: { name in "This is a public holiday\(name.map { " (\($0))" } ?? "") — offices are closed." },
        notWorking: "The office does not open on this day.",
        officeClosed: { reason in "The office is closed on this day\(reason.map { ": \($0)" } ?? ".")" },
        notYetReleased: { "Times for this day are not open yet — they open on \($0)." },
        full: "Every time on this day is already taken.",
        otherDay: "Choose another day",
        lostLink: "Lost the link to your booking?",
        findTitle: "Find your booking",
        findIntro: "Enter the booking code and the phone, e-mail or personal code given in the booking. We will send a new link to the booking to the phone or e-mail in the booking — it is never shown on screen.",
        findContactLabel: "Phone, e-mail or personal code",
        findContactHint: "Exactly as given in the booking, for example 20000000 or name@example.com.",
        findButton: "Send the link",
        findCodeMissing: "Enter the booking code (8 characters, for example AB12CD34).",
        findContactMissing: "Enter the phone, e-mail or personal code.",
        sentTitle: "Check your phone or e-mail",
        sentText: "If an active booking with this code and these details exists, a new link to it has been sent to the phone or e-mail given in the booking. The previous link no longer works.",
        sentAgain: "No message? Check the code and try again, or call us.",
        secondBookingHelp: "If you have lost the link to your booking, you can get it again:"
    )
}

extension Strings {
    var flow: BookingFlowStrings { .of(language) }
}
