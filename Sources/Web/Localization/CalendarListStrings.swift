import Domain

/// The calendar page's lists of what is recorded, with edit and delete (issue 16, item 8).
struct CalendarListStrings: Sendable {
    let exceptionsRecorded, noExceptions, holidaysRecorded, transfersRecorded, festivalRecorded, rulesRecorded: String
    let dateColumn, reasonColumn, nameColumn, actionsColumn, hoursClosed: String
    let edit, remove, yesRemove, cancelEdit: String
    let editing: @Sendable (String) -> String
    let confirmRemove: String
    let removeEffect: @Sendable (CalendarEntry) -> String
    let removed: @Sendable (Int) -> String
    let alreadyGone: String
    let earlierHidden: @Sendable (Int) -> String

    static func of(_ l: Language) -> CalendarListStrings { l == .lv ? .lv : .en }

    static let lv = CalendarListStrings(
        exceptionsRecorded: "Ierakstītie izņēmumi no šodienas", noExceptions: "Nevienai nodaļai no šodienas nav ierakstītu izņēmumu.",
        holidaysRecorded: "Ierakstītās vienreizējās svētku dienas", transfersRecorded: "Ierakstītās pārceltās darbdienas",
        festivalRecorded: "Ierakstītās noslēguma dienas", rulesRecorded: "Spēkā esošie atvēršanas noteikumi",
        dateColumn: "Datums", reasonColumn: "Iemesls", nameColumn: "Nosaukums", actionsColumn: "Darbības", hoursClosed: "slēgts",
        edit: "Labot", remove: "Dzēst", yesRemove: "Jā, dzēst", cancelEdit: "Atcelt labošanu",
        editing: { "Labojat ierakstu (saglabājot tas tiks aizstāts): \($0)" },
        confirmRemove: "Vai dzēst šo ierakstu?",
        removeEffect: { entry in
            switch entry {
            case .exception: "Nodaļa šajā dienā strādās pēc sava parastā darba laika; klientiem, kuru pieraksts paliek ārpus tā, tiks paziņots."
            case .holiday, .festivalDay: "Diena kļūs par parastu darbdienu, un klienti varēs tajā pierakstīties."
            case .transfer: "Brīvā diena kļūs par darbdienu, bet sestdiena atkal būs brīvdiena; klientiem, kas pierakstīti uz sestdienu, tiks paziņots."
            case .releaseRule: "Spēkā būs vispārīgākais noteikums vai standarts; esošie pieraksti netiek mainīti."
            }
        },
        removed: { "Dzēsts. Paziņots klientiem: \($0)." },
        alreadyGone: "Šī ieraksta vairs nav — to jau dzēsa.",
        earlierHidden: { "Agrāki ieraksti nav parādīti: \($0)." })

    static let en = CalendarListStrings(
        exceptionsRecorded: "Exceptions recorded from today", noExceptions: "No office has an exception recorded from today.",
        holidaysRecorded: "One-off holidays recorded", transfersRecorded: "Transferred working days recorded",
        festivalRecorded: "Closing days recorded", rulesRecorded: "Release rules in force",
        dateColumn: "Date", reasonColumn: "Reason", nameColumn: "Name", actionsColumn: "Actions", hoursClosed: "closed",
        edit: "Edit", remove: "Delete", yesRemove: "Yes, delete", cancelEdit: "Stop editing",
        editing: { "Editing (saving replaces the entry): \($0)" },
        confirmRemove: "Delete this entry?",
        removeEffect: { entry in
            switch entry {
            case .exception: "The office will keep its usual hours that day; clients whose appointment falls outside them will be told."
            case .holiday, .festivalDay: "The day becomes an ordinary working day and clients can book it."
            case .transfer: "The day off becomes a working day again and the Saturday a day off; clients booked on the Saturday will be told."
            case .releaseRule: "The more general rule, or the standard, applies; existing bookings do not change."
            }
        },
        removed: { "Deleted. Clients told: \($0)." },
        alreadyGone: "This entry is no longer there — it was already deleted.",
        earlierHidden: { "Earlier entries not shown: \($0)." })
}
