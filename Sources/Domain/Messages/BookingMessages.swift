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
        public init(booking: Booking, name: String, office: Office, service: Service, manageURL: String?) {
            self.booking = booking
            self.name = name
            self.office = office
            self.service = service
            self.manageURL = manageURL
        }
    }

    static func when(_ d: Date, _ l: Language) -> String {
        let date = RigaTime.date(of: d), time = RigaTime.time(of: d)
        func p(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return l == .lv ? "\(p(date.day)).\(p(date.month)).\(date.year). plkst. \(time)"
                        : "\(date.day) \(["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"][date.month - 1]) \(date.year) at \(time)"
    }

    public static func confirmation(_ c: Context) -> (subject: String, body: String) {
        let l = c.booking.language, b = c.booking
        let standard = c.service.standardFee
        var lines: [String] = []
        if l == .lv {
            lines.append("Labdien, \(c.name)!")
            lines.append("")
            lines.append("Jūs esat pierakstīts: \(c.service.name.lv).")
            lines.append("Pieraksta kods: \(b.code)")
            lines.append("Laiks: \(when(b.start, .lv))")
            lines.append("Vieta: \(c.office.name.lv)\(c.office.addressLine.map { ", \($0)" } ?? "")")
            let early = BookingRequest.arriveEarlyMinutes
            lines.append("Lūdzu, ierodieties vismaz \(early) \(LatvianPlural.form(early, one: "minūti", many: "minūtes")) iepriekš — līdz plkst. \(RigaTime.time(of: BookingRequest.arriveBy(b.start))).")
            if c.service.needsIdentityDocument { lines.append("Līdzi ņemiet personu apliecinošu dokumentu.") }
            if let fee = standard {
                lines.append("Maksa: \(fee.amount.decimalString) EUR; maksājiet ar karti nodaļā vai ar pārskaitījumu. Paātrināto pakalpojumu apmaksā nodaļā ar bankas karti.")
            }
            if b.interpreter { lines.append("Jūs norādījāt, ka ieradīsieties ar tulku.") }
            lines.append("Piekļūstamība: \(c.office.accessibility?.lv ?? "informāciju sniegs pa tālruni \(PMLPSeed.headquartersPhone)").")
            if let url = c.manageURL { lines.append("Apskatīt, pārcelt vai atcelt pierakstu: \(url)") }
            lines.append("")
            lines.append("Ar cieņu")
            lines.append("\(c.office.name.lv), Pilsonības un migrācijas lietu pārvalde, tālrunis \(c.office.phone ?? PMLPSeed.headquartersPhone)")
            return ("Pieraksts \(b.code): \(when(b.start, .lv))", lines.joined(separator: "\n"))
        }
        lines.append("Dear \(c.name),")
        lines.append("")
        lines.append("Your appointment is booked: \(c.service.name.en ?? c.service.name.lv).")
        lines.append("Booking code: \(b.code)")
        lines.append("Time: \(when(b.start, .en))")
        lines.append("Place: \(c.office.name.en ?? c.office.name.lv)\(c.office.addressLine.map { ", \($0)" } ?? "")")
        let early = BookingRequest.arriveEarlyMinutes
        lines.append("Please arrive at least \(early) \(EnglishPlural.form(early, one: "minute", many: "minutes")) early — by \(RigaTime.time(of: BookingRequest.arriveBy(b.start))).")
        if c.service.needsIdentityDocument { lines.append("Bring an identity document.") }
        if let fee = standard {
            lines.append("Fee: \(fee.amount.decimalString) EUR; pay by card at the office or by bank transfer. Expedited services are paid by card at the office.")
        }
        if b.interpreter { lines.append("You told us you will come with an interpreter.") }
        lines.append("Accessibility: \(c.office.accessibility?.en ?? "call \(PMLPSeed.headquartersPhone) and we will tell you").")
        if let url = c.manageURL { lines.append("View, reschedule or cancel: \(url)") }
        lines.append("")
        lines.append("Kind regards,")
        lines.append("\(c.office.name.en ?? c.office.name.lv), Office of Citizenship and Migration Affairs, phone \(c.office.phone ?? PMLPSeed.headquartersPhone)")
        return ("Booking \(b.code): \(when(b.start, .en))", lines.joined(separator: "\n"))
    }

    public static func reminder(_ c: Context) -> (subject: String, body: String) {
        let (_, body) = confirmation(c)
        let l = c.booking.language
        return (l == .lv ? "Atgādinājums: pieraksts \(c.booking.code) rīt" : "Reminder: booking \(c.booking.code)", body)
    }

    /// When the reminder goes out: 09:00 on the working day before the appointment.
    public static func reminderTime(for start: Date, calendar: WorkingCalendar) -> Date {
        var day = RigaTime.date(of: start).previous
        while !calendar.isWorkingDay(day) { day = day.previous }
        return RigaTime.instant(day, TimeOfDay(9, 0))
    }

    /// One message per contact the client gave (C-CONTACT).
    public static func outbox(_ c: Context, kind: OutboxMessage.Kind, sendAfter: Date) -> [OutboxMessage] {
        outbox(c, kind: kind, text: kind == .reminder ? reminder(c) : confirmation(c), sendAfter: sendAfter)
    }

    public static func outbox(_ c: Context, kind: OutboxMessage.Kind, text: (subject: String, body: String),
                              sendAfter: Date) -> [OutboxMessage] {
        OutboxMessage.toEachContact(email: c.booking.email, phone: c.booking.phone, kind: kind, language: c.booking.language,
                                    text: text, sendAfter: sendAfter, bookingID: c.booking.id,
                                    officeSlug: c.booking.officeSlug, clientID: c.booking.clientID)
    }
}
