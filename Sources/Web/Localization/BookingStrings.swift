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
    let addToCalendar: String
    let cancelTitle: String
    let cancelButton: String
    let cancelled: String
    let rescheduleTitle: String
    let newTimeLabel: String
    let rescheduleButton: String
    let rescheduled: String
    let noOtherTimes: String
    let yourData: String
    let slotTaken: String
    let accessibilityLabel: String

    static func of(_ l: Language) -> BookingStrings { l == .lv ? .lv : .en }

    static let lv = BookingStrings(
        manageTitle: "Jūsu pieraksts",
        codeLabel: "Pieraksta kods",
        serviceLabel: "Pakalpojums",
        officeLabel: "Nodaļa",
        timeLabel: "Laiks",
        arriveBy: { "Lūdzu, ierodieties vismaz 5 minūtes iepriekš — līdz plkst. \($0)." },
        bringDocument: "Līdzi ņemiet personu apliecinošu dokumentu.",
        feeLine: { "Maksa: \($0) EUR. Maksājiet ar karti nodaļā vai ar pārskaitījumu; paātrināto pakalpojumu apmaksā nodaļā ar bankas karti." },
        interpreterNote: "Jūs norādījāt, ka ieradīsieties ar tulku.",
        statusCancelled: "Šis pieraksts ir atcelts.",
        addToCalendar: "Pievienot kalendāram (.ics)",
        cancelTitle: "Atcelt pierakstu",
        cancelButton: "Atcelt pierakstu",
        cancelled: "Pieraksts atcelts. Laiks ir atbrīvots citiem.",
        rescheduleTitle: "Pārcelt uz citu laiku",
        newTimeLabel: "Jaunais laiks",
        rescheduleButton: "Pārcelt",
        rescheduled: "Pieraksts pārcelts. Kods paliek tas pats.",
        noOtherTimes: "Citu brīvu laiku pašlaik nav.",
        yourData: "Jūsu dati un kas tos skatīja",
        slotTaken: "Šis laiks tikko tika aizņemts. Lūdzu, izvēlieties citu.",
        accessibilityLabel: "Piekļūstamība"
    )

    static let en = BookingStrings(
        manageTitle: "Your booking",
        codeLabel: "Booking code",
        serviceLabel: "Service",
        officeLabel: "Office",
        timeLabel: "Time",
        arriveBy: { "Please arrive at least 5 minutes early — by \($0)." },
        bringDocument: "Bring an identity document.",
        feeLine: { "Fee: \($0) EUR. Pay by card at the office or by transfer; expedited services are paid by card at the office." },
        interpreterNote: "You told us you will come with an interpreter.",
        statusCancelled: "This booking has been cancelled.",
        addToCalendar: "Add to calendar (.ics)",
        cancelTitle: "Cancel the booking",
        cancelButton: "Cancel the booking",
        cancelled: "Booking cancelled. The time is free for others.",
        rescheduleTitle: "Move to another time",
        newTimeLabel: "New time",
        rescheduleButton: "Move",
        rescheduled: "Booking moved. The code stays the same.",
        noOtherTimes: "No other time is free at the moment.",
        yourData: "Your data and who looked at it",
        slotTaken: "This time has just been taken. Please choose another.",
        accessibilityLabel: "Accessibility"
    )
}

extension Strings {
    var booking: BookingStrings { .of(language) }
}
