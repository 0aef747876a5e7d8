import Foundation

/// The words of the messages clients receive, one catalogue per language (I-LANG, S-MAIL-FORM).
/// The builders (`BookingMessages`, `WaitlistMessages`) assemble a message once, in the same
/// order for every language; only the words come from here. Both catalogues are values of this
/// one type, so the compiler sees that Latvian and English say the same things. Facts are not
/// words: the phone number comes from the office or the reference contacts, the arrive-by minutes
/// from the C-EARLY rule.
public struct MessageTexts: Sendable {
    // The frame every message has (S-MAIL-FORM): a greeting, a goodbye, the sender.
    public let greeting: @Sendable (_ name: String) -> String
    public let goodbye: String
    public let sender: @Sendable (_ office: String, _ phone: String) -> String
    public let date: @Sendable (LocalDate) -> String
    public let when: @Sendable (LocalDate, TimeOfDay) -> String

    // A booking (I-BOOK, C-EARLY, C-ID, C-INTERPRETER, I-PAY).
    public let booked: @Sendable (_ service: String) -> String
    public let code: @Sendable (String) -> String
    public let time: @Sendable (_ when: String) -> String
    public let place: @Sendable (_ place: String) -> String
    public let arriveEarly: @Sendable (_ minutes: Int, _ by: String) -> String
    public let bringIdentityDocument: String
    public let fee: @Sendable (_ amount: String) -> String
    /// A fee whose amount no source confirms (FACTS.md §5): never invented.
    public let feeToConfirm: String
    public let interpreter: String
    public let accessibility: @Sendable (String) -> String
    public let accessibilityByPhone: @Sendable (_ phone: String) -> String
    public let manage: @Sendable (_ url: String) -> String
    public let bookingSubject: @Sendable (_ code: String, _ when: String) -> String
    /// The reminder goes out on the working day before, which may be days earlier (issue 13,
    /// defect 4): it names the weekday and date, never "tomorrow".
    public let reminderSubject: @Sendable (_ code: String, _ when: String) -> String
    /// "pirmdien, 28.12.2026. plkst. 09:00" / "Monday 28 Dec 2026 at 09:00".
    public let weekdayWhen: @Sendable (_ date: LocalDate, _ time: TimeOfDay) -> String
    /// The short date and time an SMS can afford: "28.12. 09:00" / "28 Dec 09:00".
    public let smsWhen: @Sendable (_ date: LocalDate, _ time: TimeOfDay) -> String

    // SMS (issue 13, defect 5): their own short texts, one or two segments (SMS.segments).
    public let smsBooked: @Sendable (_ code: String, _ when: String, _ office: String, _ link: String) -> String
    public let smsReminder: @Sendable (_ code: String, _ when: String, _ office: String, _ link: String) -> String
    public let smsChange: @Sendable (_ code: String, _ when: String, _ phone: String) -> String
    /// A cancelled booking (issue 16, item 2): the subject, what was cancelled, how to come after all, the SMS.
    public let cancelledSubject: @Sendable (_ code: String) -> String
    public let cancelled: @Sendable (_ service: String, _ when: String, _ place: String) -> String
    public let bookAgain: @Sendable (_ phone: String) -> String
    public let smsCancelled: @Sendable (_ code: String, _ when: String) -> String
    public let smsWaitlist: @Sendable (_ office: String, _ phone: String) -> String
    public let smsOffer: @Sendable (_ when: String, _ office: String, _ until: String, _ link: String) -> String

    // The agency changed the day (I-BOOK).
    public let cannotTakePlace: @Sendable (_ office: String, _ when: String, _ code: String) -> String
    public let nothingFree: @Sendable (_ phone: String) -> String
    public let nearestFree: @Sendable (_ list: String) -> String
    public let moveOrCancel: @Sendable (_ phone: String) -> String
    public let changeSubject: @Sendable (_ code: String) -> String

    // The waitlist.
    public let onWaitlist: @Sendable (_ service: String, _ office: String, _ from: String, _ to: String) -> String
    public let offersInTurn: String
    public let leaveWaitlist: @Sendable (_ url: String) -> String
    public let waitlistSubject: @Sendable (_ service: String) -> String
    public let timeFreed: @Sendable (_ service: String, _ office: String, _ when: String) -> String
    public let heldUntil: @Sendable (_ until: String, _ url: String) -> String
    public let notAccepted: String
    public let offerSubject: @Sendable (_ when: String) -> String

    public static func of(_ l: Language) -> MessageTexts { l == .lv ? lv : en }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    public static let lv = MessageTexts(
        greeting: { "Labdien, \($0)!" },
        goodbye: "Ar cieņu",
        sender: { "\($0), Pilsonības un migrācijas lietu pārvalde, tālrunis \($1)" },
        date: { "\(two($0.day)).\(two($0.month)).\($0.year)." },
        when: { "\(two($0.day)).\(two($0.month)).\($0.year). plkst. \($1)" },
        booked: { "Jūs esat pierakstīts: \($0)." },
        code: { "Pieraksta kods: \($0)" },
        time: { "Laiks: \($0)" },
        place: { "Vieta: \($0)" },
        arriveEarly: { "Lūdzu, ierodieties vismaz \($0) \(LatvianPlural.form($0, one: "minūti", many: "minūtes")) iepriekš — līdz plkst. \($1)." },
        bringIdentityDocument: "Līdzi ņemiet personu apliecinošu dokumentu.",
        fee: { "Maksa: \($0); maksājiet ar karti nodaļā vai ar pārskaitījumu. Paātrināto pakalpojumu apmaksā nodaļā ar bankas karti." },
        feeToConfirm: "Maksa: lūdzu, precizējiet nodaļā — jaunā maksa vēl nav apstiprināta.",
        interpreter: "Jūs norādījāt, ka ieradīsieties ar tulku.",
        accessibility: { "Piekļūstamība: \($0)." },
        accessibilityByPhone: { "Piekļūstamība: informāciju sniegs pa tālruni \($0)." },
        manage: { "Apskatīt, pārcelt vai atcelt pierakstu: \($0)" },
        bookingSubject: { "Pieraksts \($0): \($1)" },
        reminderSubject: { "Atgādinājums: pieraksts \($0) \($1)" },
        weekdayWhen: { d, t in
            let day = ["pirmdien", "otrdien", "trešdien", "ceturtdien", "piektdien", "sestdien", "svētdien"][d.weekday.rawValue - 1]
            return "\(day), \(two(d.day)).\(two(d.month)).\(d.year). plkst. \(t)"
        },
        smsWhen: { d, t in "\(two(d.day)).\(two(d.month)). \(t)" },
        smsBooked: { "PMLP pieraksts \($0): \($1), \($2). \($3)" },
        smsReminder: { "Atgādinām: \($1), \($2), kods \($0). \($3)" },
        smsChange: { "PMLP: pieraksts \($0) \($1) nevar notikt. Zvaniet \($2) vai skatiet e-pastu." },
        cancelledSubject: { "Pieraksts \($0) atcelts" },
        cancelled: { "Jūsu pieraksts (\($0)) \($1), \($2), ir atcelts. Laiks ir atbrīvots citiem." },
        bookAgain: { "Ja tomēr vēlaties ierasties, piesakieties no jauna vai zvaniet \($0)." },
        smsCancelled: { "PMLP: pieraksts \($0) \($1) atcelts." },
        smsWaitlist: { "PMLP: jūs esat gaidu sarakstā (\($0)). Brīvu laiku piedāvāsim ar SMS. Tālr. \($1)" },
        smsOffer: { "PMLP: brīvs laiks \($0), \($1), turam līdz \($2): \($3)" },
        cannotTakePlace: { "Diemžēl \($0) \($1) nepieņems klientus, tāpēc jūsu pieraksts \($2) šajā laikā nevar notikt. Atvainojamies par neērtībām." },
        nothingFree: { "Brīvu laiku pašlaik nav; lūdzu, zvaniet \($0)." },
        nearestFree: { "Tuvākie brīvie laiki:\n\($0)" },
        moveOrCancel: { "Pārcelt vai atcelt pierakstu varat ar saiti no apstiprinājuma ziņas vai pa tālruni \($0)." },
        changeSubject: { "Izmaiņas pierakstā \($0)" },
        onWaitlist: { "Jūs esat gaidu sarakstā: \($0), \($1), no \($2) līdz \($3)." },
        offersInTurn: "Kad atbrīvosies laiks, mēs to piedāvāsim rindas kārtībā; piedāvājums būs spēkā ierobežotu laiku.",
        leaveWaitlist: { "Atteikties no gaidu saraksta: \($0)" },
        waitlistSubject: { "Gaidu saraksts: \($0)" },
        timeFreed: { "Ir atbrīvojies laiks: \($0), \($1), \($2)." },
        heldUntil: { "Mēs to turam jums līdz plkst. \($0). Pieņemt vai atteikties: \($1)" },
        notAccepted: "Ja nepieņemsiet, laiku piedāvāsim nākamajam gaidītājam; jūs paliksiet gaidu sarakstā.",
        offerSubject: { "Atbrīvojies laiks: \($0)" })

    public static let en = MessageTexts(
        greeting: { "Dear \($0)," },
        goodbye: "Kind regards,",
        sender: { "\($0), Office of Citizenship and Migration Affairs, phone \($1)" },
        date: { $0.description },
        when: { "\($0.day) \(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][$0.month - 1]) \($0.year) at \($1)" },
        booked: { "Your appointment is booked: \($0)." },
        code: { "Booking code: \($0)" },
        time: { "Time: \($0)" },
        place: { "Place: \($0)" },
        arriveEarly: { "Please arrive at least \($0) \(EnglishPlural.form($0, one: "minute", many: "minutes")) early — by \($1)." },
        bringIdentityDocument: "Bring an identity document.",
        fee: { "Fee: \($0); pay by card at the office or by bank transfer. Expedited services are paid by card at the office." },
        feeToConfirm: "Fee: please confirm it at the office — the new amount is not yet confirmed.",
        interpreter: "You told us you will come with an interpreter.",
        accessibility: { "Accessibility: \($0)." },
        accessibilityByPhone: { "Accessibility: call \($0) and we will tell you." },
        manage: { "View, reschedule or cancel: \($0)" },
        bookingSubject: { "Booking \($0): \($1)" },
        reminderSubject: { "Reminder: booking \($0) on \($1)" },
        weekdayWhen: { d, t in
            let day = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][d.weekday.rawValue - 1]
            let month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1]
            return "\(day) \(d.day) \(month) \(d.year) at \(t)"
        },
        smsWhen: { d, t in "\(d.day) \(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1]) \(t)" },
        smsBooked: { "PMLP booking \($0): \($1), \($2). \($3)" },
        smsReminder: { "Reminder: PMLP \($1), \($2), code \($0). \($3)" },
        smsChange: { "PMLP: booking \($0) on \($1) cannot take place. Call \($2) or see your e-mail." },
        cancelledSubject: { "Booking \($0) cancelled" },
        cancelled: { "Your booking (\($0)) on \($1) at \($2) has been cancelled. The time is free for others." },
        bookAgain: { "If you wish to come after all, book again or call \($0)." },
        smsCancelled: { "PMLP: booking \($0) on \($1) cancelled." },
        smsWaitlist: { "PMLP: you are on the waitlist (\($0)). We will offer a free time by SMS. Phone \($1)" },
        smsOffer: { "PMLP: free time \($0), \($1). Held until \($2): \($3)" },
        cannotTakePlace: { "Unfortunately \($0) will not receive clients on \($1), so your booking \($2) cannot take place then. We apologise." },
        nothingFree: { "No other time is free at the moment; please call \($0)." },
        nearestFree: { "The nearest free times:\n\($0)" },
        moveOrCancel: { "You can move or cancel the booking with the link in your confirmation, or by calling \($0)." },
        changeSubject: { "Change to booking \($0)" },
        onWaitlist: { "You are on the waitlist: \($0), \($1), from \($2) to \($3)." },
        offersInTurn: "When a time frees up we will offer it in turn; an offer is held for a limited time.",
        leaveWaitlist: { "Leave the waitlist: \($0)" },
        waitlistSubject: { "Waitlist: \($0)" },
        timeFreed: { "A time has freed up: \($0), \($1), \($2)." },
        heldUntil: { "We are holding it for you until \($0). Accept or decline: \($1)" },
        notAccepted: "If you do not accept, we will offer it to the next person waiting; you stay on the waitlist.",
        offerSubject: { "A time has freed up: \($0)" })
}
