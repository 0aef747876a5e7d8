import Domain

/// Text of the waitlist pages, per language (reached as `Strings.waitlist`).
struct WaitlistStrings: Sendable {
    let joinLink: String
    let joinTitle: String
    let joinIntro: @Sendable (Int) -> String
    let fromLabel: String
    let toLabel: String
    let rangeHint: String
    let joinButton: String
    let joinedTitle: String
    let joinedText: @Sendable (Int) -> String
    let keepLeaveLink: String
    let entryTitle: String
    let statusWaiting: @Sendable (Int) -> String
    let statusOffered: String
    let statusBooked: String
    let statusLeft: String
    let leaveButton: String
    let leftNotice: String
    let offerTitle: String
    let offerHeld: @Sendable (String) -> String
    let acceptButton: String
    let declineButton: String
    let declined: String
    let goneTitle: String
    let rangeLabel: String
    let detailsTitle: String
    let replaces: @Sendable (String, String) -> String

    static func of(_ l: Language) -> WaitlistStrings { l == .lv ? .lv : .en }

    static let lv = WaitlistStrings(
        joinLink: "Nav piemērota laika? Pierakstieties gaidu sarakstā",
        joinTitle: "Gaidu saraksts",
        joinIntro: { "Ja kāds atceļ vai pārceļ pierakstu, atbrīvoto laiku vispirms piedāvājam gaidītājiem rindas kārtībā. Piedāvājumu saņemsiet uz norādīto tālruni vai e-pastu, un laiks tiks turēts jums \($0) \(LatvianPlural.form($0, one: "minūti", many: "minūtes"))." },
        fromLabel: "No datuma",
        toLabel: "Līdz datumam",
        rangeHint: "Ne tālāk kā 90 dienas uz priekšu.",
        joinButton: "Pierakstīties gaidu sarakstā",
        joinedTitle: "Jūs esat gaidu sarakstā",
        joinedText: { "Jūsu vieta rindā: \($0). Kad atbrīvosies laiks, mēs jums to piedāvāsim." },
        keepLeaveLink: "Saglabājiet šo saiti — ar to varat apskatīt savu vietu rindā vai atteikties:",
        entryTitle: "Jūsu vieta gaidu sarakstā",
        statusWaiting: { "Jūs gaidāt; vieta rindā: \($0)." },
        statusOffered: "Jums ir piedāvāts laiks — skatiet ziņu, ko nosūtījām.",
        statusBooked: "Jūs pieņēmāt piedāvājumu; pieraksts ir izveidots.",
        statusLeft: "Jūs vairs neesat gaidu sarakstā.",
        leaveButton: "Atteikties no gaidu saraksta",
        leftNotice: "Jūs esat atteicies no gaidu saraksta.",
        offerTitle: "Atbrīvojies laiks jums",
        offerHeld: { "Laiks tiek turēts jums līdz plkst. \($0)." },
        acceptButton: "Pieņemt un pierakstīties",
        declineButton: "Atteikties no šī laika",
        declined: "Jūs atteicāties no šī laika; jūs paliekat gaidu sarakstā.",
        goneTitle: "Piedāvājums vairs nav spēkā",
        rangeLabel: "Periods",
        detailsTitle: "Jūsu dati",
        replaces: { "Pieņemot šo laiku, jūsu līdzšinējais pieraksts \($0) (\($1)) tiks atcelts." }
    )

    static let en = WaitlistStrings(
        joinLink: "No time that suits you? Join the waitlist",
        joinTitle: "Waitlist",
        joinIntro: { "When someone cancels or moves an appointment, the freed time goes first to people on the waitlist, in turn. You will get the offer at the phone or e-mail you give, and the time will be held for you for \($0) \(EnglishPlural.form($0, one: "minute", many: "minutes"))." },
        fromLabel: "From",
        toLabel: "To",
        rangeHint: "At most 90 days ahead.",
        joinButton: "Join the waitlist",
        joinedTitle: "You are on the waitlist",
        joinedText: { "Your place in line: \($0). When a time frees up, we will offer it to you." },
        keepLeaveLink: "Keep this link — with it you can see your place in line or leave the list:",
        entryTitle: "Your place on the waitlist",
        statusWaiting: { "You are waiting; place in line: \($0)." },
        statusOffered: "A time has been offered to you — see the message we sent.",
        statusBooked: "You accepted an offer; the booking is made.",
        statusLeft: "You are no longer on the waitlist.",
        leaveButton: "Leave the waitlist",
        leftNotice: "You have left the waitlist.",
        offerTitle: "A time has freed up for you",
        offerHeld: { "The time is held for you until \($0)." },
        acceptButton: "Accept and book",
        declineButton: "Decline this time",
        declined: "You declined this time; you stay on the waitlist.",
        goneTitle: "The offer is no longer valid",
        rangeLabel: "Dates",
        detailsTitle: "Your details",
        replaces: { "If you accept this time, your current booking \($0) (\($1)) will be cancelled." }
    )
}

extension Strings {
    var waitlist: WaitlistStrings { .of(language) }
}
