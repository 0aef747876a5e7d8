import Foundation

/// The texts of booking messages (I-BOOK, C-EARLY, C-ID, C-INTERPRETER, I-PAY, S-MAIL-FORM):
/// a greeting, the code, when and where (with accessibility), what to bring, the fee and how to
/// pay, the arrive-by time, and a goodbye with the sender's unit and phone.
public enum BookingMessages {
    public struct Context: Sendable {
        public let booking: Booking
        public let name: String
        public let office: Office
        public let service: Service
        public let manageURL: String?
        /// The short manage link for an SMS (Links.shortManage).
        public let smsURL: String?
        /// The agency's own contacts (K-CHANNELS): the phone an office without one of its own gives.
        public let agency: AgencyContacts
        public init(booking: Booking, name: String, office: Office, service: Service, agency: AgencyContacts, manageURL: String?,
                    smsURL: String? = nil) {
            self.agency = agency
            self.booking = booking
            self.name = name
            self.office = office
            self.service = service
            self.manageURL = manageURL
            self.smsURL = smsURL
        }
    }

    static func when(_ d: Date, _ l: Language) -> String {
        MessageTexts.of(l).when(RigaTime.date(of: d), RigaTime.time(of: d))
    }

    /// The sender's lines (S-MAIL-FORM): a goodbye, the office's unit and its phone.
    static func signature(office: Office, agency: AgencyContacts, _ l: Language) -> [String] {
        [""] + LetterSender.office(office, agency: agency).closing(l)
    }

    public static func confirmation(_ c: Context) -> (subject: String, body: String) {
        let l = c.booking.language, b = c.booking, t = MessageTexts.of(l)
        var lines = [t.greeting(c.name), "", t.booked(c.service.name.text(l)), t.code(b.code), t.time(when(b.start, l)),
                     t.place("\(c.office.name.text(l))\(c.office.addressLine.map { ", \($0)" } ?? "")"),
                     t.arriveEarly(BookingRequest.arriveEarlyMinutes, RigaTime.time(of: BookingRequest.arriveBy(b.start)).description)]
        if c.service.needsIdentityDocument { lines.append(t.bringIdentityDocument) }
        // The fee in force on the day of the visit (the application is made then; FACTS.md §5).
        if let fee = c.service.standardFee(on: RigaTime.date(of: b.start)) {
            lines.append(fee.amount.map { t.fee($0.formatted(l)) } ?? t.feeToConfirm)
        }
        if b.interpreter { lines.append(t.interpreter) }
        let access = l == .lv ? c.office.accessibility?.lv : c.office.accessibility?.en
        lines.append(access.map(t.accessibility) ?? t.accessibilityByPhone(c.agency.phone))
        if let url = c.manageURL { lines.append(t.manage(url)) }
        lines += signature(office: c.office, agency: c.agency, l)
        return (t.bookingSubject(b.code, when(b.start, l)), lines.joined(separator: "\n"))
    }

    /// A cancellation, by the client or at the office (issue 16, item 2): what was cancelled and
    /// how to come after all, signed like every booking message (S-MAIL-FORM).
    public static func cancellation(_ c: Context) -> (subject: String, body: String) {
        let l = c.booking.language, b = c.booking, t = MessageTexts.of(l)
        let place = "\(c.office.name.text(l))\(c.office.addressLine.map { ", \($0)" } ?? "")"
        let lines = [t.greeting(c.name), "", t.cancelled(c.service.name.text(l), when(b.start, l), place),
                     t.bookAgain(c.office.phone ?? c.agency.phone)] + signature(office: c.office, agency: c.agency, l)
        return (t.cancelledSubject(b.code), lines.joined(separator: "\n"))
    }

    public static func reminder(_ c: Context) -> (subject: String, body: String) {
        let (_, body) = confirmation(c)
        let l = c.booking.language, start = c.booking.start
        let when = MessageTexts.of(l).weekdayWhen(RigaTime.date(of: start), RigaTime.time(of: start))
        return (MessageTexts.of(l).reminderSubject(c.booking.code, when), body)
    }

    /// The SMS of each booking message (issue 13, defect 5): code, time, office and the short
    /// manage link — one or two segments (SMS.segments).
    public static func sms(_ c: Context, kind: OutboxMessage.Kind) -> String {
        let l = c.booking.language, t = MessageTexts.of(l), b = c.booking
        let date = RigaTime.date(of: b.start), time = RigaTime.time(of: b.start)
        let office = c.office.name.text(l), link = c.smsURL ?? c.manageURL ?? ""
        switch kind {
        case .reminder:
            let weekday = t.weekdayWhen(date, time).split(separator: ",").first.map(String.init) ?? ""
            let when = l == .lv ? "\(weekday) \(t.smsWhen(date, time))" : "\(weekday.prefix(3)) \(t.smsWhen(date, time))"
            return t.smsReminder(b.code, when, office, link)
        case .change:
            return t.smsChange(b.code, t.smsWhen(date, time), c.office.phone ?? c.agency.phone)
        case .cancellation:
            return t.smsCancelled(b.code, t.smsWhen(date, time))
        default:
            return t.smsBooked(b.code, t.smsWhen(date, time), office, link)
        }
    }

    /// When the reminder goes out: 09:00 on the working day before the appointment.
    public static func reminderTime(for start: Date, calendar: WorkingCalendar) -> Date {
        var day = RigaTime.date(of: start).previous
        while !calendar.isWorkingDay(day) { day = day.previous }
        return RigaTime.instant(day, TimeOfDay(9, 0))
    }

    /// One message per contact the client gave (C-CONTACT).
    public static func outbox(_ c: Context, kind: OutboxMessage.Kind, sendAfter: Date) -> [OutboxMessage] {
        outbox(c, kind: kind, text: kind == .reminder ? reminder(c) : kind == .cancellation ? cancellation(c) : confirmation(c),
               sendAfter: sendAfter)
    }

    public static func outbox(_ c: Context, kind: OutboxMessage.Kind, text: (subject: String, body: String),
                              sendAfter: Date) -> [OutboxMessage] {
        OutboxMessage.toEachContact(email: c.booking.email, phone: c.booking.phone, kind: kind, language: c.booking.language,
                                    text: text, sms: sms(c, kind: kind), sendAfter: sendAfter, bookingID: c.booking.id,
                                    officeSlug: c.booking.officeSlug, clientID: c.booking.clientID)
            .map { m in
                // The e-mail of a confirmation or a change carries the appointment for the client's calendar.
                guard m.channel == .email, kind == .confirmation || kind == .change, c.booking.status == .active else { return m }
                var with = m
                with.calendar = calendarEvent(c.booking, office: c.office, service: c.service, now: sendAfter)
                return with
            }
    }

    /// The appointment as an iCalendar event in the booking's language: the same file the manage
    /// page offers and the e-mail attaches (one source for both).
    public static func calendarEvent(_ b: Booking, office: Office, service: Service, now: Date) -> String {
        let l = b.language, t = MessageTexts.of(l)
        return ICalendar.event(
            uid: "\(b.code)@apkalpe.pmlp.gov.lv", start: b.start, end: b.end, summary: "\(service.name.text(l)) — PMLP",
            location: [office.name.text(l), office.addressLine].compactMap { $0 }.joined(separator: ", "),
            description: t.code(b.code) + " " + t.arriveEarly(BookingRequest.arriveEarlyMinutes,
                                                              RigaTime.time(of: BookingRequest.arriveBy(b.start)).description),
            now: now)
    }
}
