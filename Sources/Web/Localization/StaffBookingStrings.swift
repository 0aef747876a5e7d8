import Domain

/// Text of the staff booking pages and day-view actions, per language (`Strings.staffBooking`).
struct StaffBookingStrings: Sendable {
    let title: String
    let intro: String
    let officeLabel: String
    let serviceLabel: String
    let dateLabel: String
    let showTimes: String
    let channelLabel: String
    let channelPhone: String
    let channelDesk: String
    let bookButton: String
    let bookedTitle: String
    let sentTo: @Sendable (String) -> String
    let readCode: String
    let toDayView: String
    let actionsHeader: String
    let statusHeader: String
    let noShowButton: String
    let cancelButton: String
    let noShowMarked: @Sendable (String) -> String
    let cancelledNotice: @Sendable (String) -> String
    let notStarted: String
    /// Issue 16, item 6: asked before a cancellation or a no-show at the desk.
    let confirmCancel: @Sendable (String) -> String
    let confirmNoShow: @Sendable (String) -> String
    let yesCancel: String
    let yesNoShow: String
    let back: String
    let status: @Sendable (Booking.Status) -> String
    let waitingHeader: String
    let waitingCount: @Sendable (String, Int) -> String
    let releaseTitle: String
    let releaseIntro: String
    let anyOffice: String
    let anyService: String
    let releaseTimeLabel: String
    let daysAheadLabel: String
    let leadLabel: String
    let releaseSaved: String
    let badTime: String
    let badDaysAhead: String
    let badLead: String
    let standardRule: @Sendable (String, Int, Int) -> String

    static func of(_ l: Language) -> StaffBookingStrings { l == .lv ? .lv : .en }

    static let lv = StaffBookingStrings(
        title: "Pierakstīt klientu",
        intro: "Pierakstot zvanītāju vai apmeklētāju, spēkā tie paši noteikumi kā klientam pašam: brīvs laiks, viens aktīvs pieraksts pakalpojumam, kontaktinformācija apstiprinājumam.",
        officeLabel: "Nodaļa",
        serviceLabel: "Pakalpojums",
        dateLabel: "Datums",
        showTimes: "Rādīt brīvos laikus",
        channelLabel: "Kā klients sazinājās",
        channelPhone: "Pa tālruni",
        channelDesk: "Klātienē",
        bookButton: "Pierakstīt",
        bookedTitle: "Klients pierakstīts",
        sentTo: { "Apstiprinājums ar saiti pieraksta pārvaldībai nosūtīts: \($0)." },
        readCode: "Nosauciet klientam pieraksta kodu un laiku, un atgādiniet ierasties \(BookingRequest.arriveEarlyMinutes) \(LatvianPlural.form(BookingRequest.arriveEarlyMinutes, one: "minūti", many: "minūtes")) iepriekš.",
        toDayView: "Dienas pieraksti",
        actionsHeader: "Darbības",
        statusHeader: "Statuss",
        noShowButton: "Neieradās",
        cancelButton: "Atcelt",
        noShowMarked: { "Pieraksts \($0) atzīmēts: klients neieradās." },
        cancelledNotice: { "Pieraksts \($0) atcelts; laiks nodots gaidu sarakstam vai atbrīvots." },
        notStarted: "Neierašanos var atzīmēt tikai pēc pieraksta sākuma laika.",
        confirmCancel: { "Atcelt pierakstu \($0)? Laiks tiks atbrīvots, un klientam tiks nosūtīts paziņojums; atcelto pierakstu atjaunot nevar." },
        confirmNoShow: { "Atzīmēt, ka pierakstā \($0) klients neieradās? To nevar atsaukt." },
        yesCancel: "Jā, atcelt pierakstu",
        yesNoShow: "Jā, neieradās",
        back: "Atpakaļ",
        status: { s in
            switch s {
            case .active: return "aktīvs"
            case .checkedIn: return "ieradies"
            case .attended: return "apmeklējums notika"
            case .cancelled: return "atcelts"
            case .noShow: return "neieradās"
            }
        },
        waitingHeader: "Gaidu saraksts",
        waitingCount: { "\($0): gaida \($1)" },
        releaseTitle: "Pieraksta laiku atvēršana",
        releaseIntro: "Katru dienu norādītajā laikā tiek atvērta diena N dienas uz priekšu; tuvāk par minimālo laiku pirms sākuma pierakstīties nevar. Konkrētākais noteikums (nodaļa un pakalpojums) ir svarīgāks par vispārīgo. Klienti to redz pieraksta lapās.",
        anyOffice: "Visas nodaļas",
        anyService: "Visi pakalpojumi",
        releaseTimeLabel: "Atvēršanas laiks (HH:MM)",
        daysAheadLabel: "Dienas uz priekšu (1–180)",
        leadLabel: "Minimālais laiks pirms sākuma, minūtēs (0–2880)",
        releaseSaved: "Atvēršanas kārtība saglabāta.",
        badTime: "Laikam jābūt formā HH:MM, piemēram, 08:00.",
        badDaysAhead: "Dienu skaitam jābūt no 1 līdz 180.",
        badLead: "Minūtēm jābūt no 0 līdz 2880.",
        standardRule: { "Ja noteikuma nav: katru dienu plkst. \($0), \($1) \(LatvianPlural.form($1, one: "dienu", many: "dienas")) uz priekšu, vismaz \($2) \(LatvianPlural.form($2, one: "minūti", many: "minūtes")) pirms sākuma." }
    )

    static let en = StaffBookingStrings(
        title: "Book for a client",
        intro: "Booking for a caller or a visitor follows the clients' own rules: a free time, one active booking per service, and a contact for the confirmation.",
        officeLabel: "Office",
        serviceLabel: "Service",
        dateLabel: "Date",
        showTimes: "Show free times",
        channelLabel: "How the client reached us",
        channelPhone: "By phone",
        channelDesk: "In person",
        bookButton: "Book",
        bookedTitle: "Client booked",
        sentTo: { "The confirmation with the manage link was sent to: \($0)." },
        readCode: "Tell the client the booking code and time, and remind them to arrive \(BookingRequest.arriveEarlyMinutes) \(EnglishPlural.form(BookingRequest.arriveEarlyMinutes, one: "minute", many: "minutes")) early.",
        toDayView: "The day's appointments",
        actionsHeader: "Actions",
        statusHeader: "Status",
        noShowButton: "No-show",
        cancelButton: "Cancel",
        noShowMarked: { "Booking \($0) marked: the client did not come." },
        cancelledNotice: { "Booking \($0) cancelled; the time went to the waitlist or back to booking." },
        notStarted: "A no-show can only be marked once the appointment has begun.",
        confirmCancel: { "Cancel booking \($0)? The time will be freed and the client told; a cancelled booking cannot be restored." },
        confirmNoShow: { "Record that the client of booking \($0) did not come? This cannot be undone." },
        yesCancel: "Yes, cancel the booking",
        yesNoShow: "Yes, did not come",
        back: "Back",
        status: { s in
            switch s {
            case .active: return "active"
            case .checkedIn: return "checked in"
            case .attended: return "attended"
            case .cancelled: return "cancelled"
            case .noShow: return "no-show"
            }
        },
        waitingHeader: "Waitlist",
        waitingCount: { "\($0): \($1) waiting" },
        releaseTitle: "When times open for booking",
        releaseIntro: "Every day at the set time, the day N days ahead opens; nothing can be booked closer to its start than the minimum lead. The most specific rule (office and service) wins over a general one. Clients see it on the booking pages.",
        anyOffice: "All offices",
        anyService: "All services",
        releaseTimeLabel: "Opening time (HH:MM)",
        daysAheadLabel: "Days ahead (1–180)",
        leadLabel: "Minimum lead before the start, in minutes (0–2880)",
        releaseSaved: "Release schedule saved.",
        badTime: "The time must be HH:MM, e.g. 08:00.",
        badDaysAhead: "Days ahead must be from 1 to 180.",
        badLead: "Minutes must be from 0 to 2880.",
        standardRule: { "Without a rule: every day at \($0), \($1) \(EnglishPlural.form($1, one: "day", many: "days")) ahead, at least \($2) \(EnglishPlural.form($2, one: "minute", many: "minutes")) before the start." }
    )
}

extension Strings {
    var staffBooking: StaffBookingStrings { .of(language) }
}
