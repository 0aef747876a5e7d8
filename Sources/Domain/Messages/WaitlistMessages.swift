import Foundation

/// The texts of waitlist messages (S-MAIL-FORM: greeting, the matter, the sender): that the
/// client is on the list, and an offer of a freed seat with the time it is held until.
public enum WaitlistMessages {
    public struct Context: Sendable {
        public let entry: WaitlistEntry
        public let name: String
        public let office: Office
        public let service: Service

        public init(entry: WaitlistEntry, name: String, office: Office, service: Service) {
            self.entry = entry
            self.name = name
            self.office = office
            self.service = service
        }
    }

    private static func date(_ d: LocalDate, _ l: Language) -> String {
        func p(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return l == .lv ? "\(p(d.day)).\(p(d.month)).\(d.year)." : d.description
    }

    private static func signature(_ c: Context) -> [String] {
        let phone = c.office.phone ?? PMLPSeed.headquartersPhone
        return c.entry.language == .lv
            ? ["", "Ar cieņu", "\(c.office.name.lv), Pilsonības un migrācijas lietu pārvalde, tālrunis \(phone)"]
            : ["", "Kind regards,", "\(c.office.name.en ?? c.office.name.lv), Office of Citizenship and Migration Affairs, phone \(phone)"]
    }

    public static func joined(_ c: Context, leaveURL: String) -> (subject: String, body: String) {
        let e = c.entry
        if e.language == .lv {
            let lines = ["Labdien, \(c.name)!", "",
                         "Jūs esat gaidu sarakstā: \(c.service.name.lv), \(c.office.name.lv), no \(date(e.from, .lv)) līdz \(date(e.through, .lv)).",
                         "Kad atbrīvosies laiks, mēs to piedāvāsim rindas kārtībā; piedāvājums būs spēkā ierobežotu laiku.",
                         "Atteikties no gaidu saraksta: \(leaveURL)"] + signature(c)
            return ("Gaidu saraksts: \(c.service.name.lv)", lines.joined(separator: "\n"))
        }
        let lines = ["Dear \(c.name),", "",
                     "You are on the waitlist: \(c.service.name.en ?? c.service.name.lv), \(c.office.name.en ?? c.office.name.lv), from \(date(e.from, .en)) to \(date(e.through, .en)).",
                     "When a time frees up we will offer it in turn; an offer is held for a limited time.",
                     "Leave the waitlist: \(leaveURL)"] + signature(c)
        return ("Waitlist: \(c.service.name.en ?? c.service.name.lv)", lines.joined(separator: "\n"))
    }

    public static func offer(_ c: Context, start: Date, expiresAt: Date, url: String) -> (subject: String, body: String) {
        let l = c.entry.language
        let until = RigaTime.time(of: expiresAt).description
        if l == .lv {
            let lines = ["Labdien, \(c.name)!", "",
                         "Ir atbrīvojies laiks: \(c.service.name.lv), \(c.office.name.lv), \(BookingMessages.when(start, .lv)).",
                         "Mēs to turam jums līdz plkst. \(until). Pieņemt vai atteikties: \(url)",
                         "Ja nepieņemsiet, laiku piedāvāsim nākamajam gaidītājam; jūs paliksiet gaidu sarakstā."] + signature(c)
            return ("Atbrīvojies laiks: \(BookingMessages.when(start, .lv))", lines.joined(separator: "\n"))
        }
        let lines = ["Dear \(c.name),", "",
                     "A time has freed up: \(c.service.name.en ?? c.service.name.lv), \(c.office.name.en ?? c.office.name.lv), \(BookingMessages.when(start, .en)).",
                     "We are holding it for you until \(until). Accept or decline: \(url)",
                     "If you do not accept, we will offer it to the next person waiting; you stay on the waitlist."] + signature(c)
        return ("A time has freed up: \(BookingMessages.when(start, .en))", lines.joined(separator: "\n"))
    }

    /// One message per contact the client gave (C-CONTACT).
    public static func outbox(_ c: Context, kind: OutboxMessage.Kind, text: (subject: String, body: String),
                              sendAfter: Date) -> [OutboxMessage] {
        OutboxMessage.toEachContact(email: c.entry.email, phone: c.entry.phone, kind: kind, language: c.entry.language,
                                    text: text, sendAfter: sendAfter, bookingID: nil,
                                    officeSlug: c.entry.officeSlug, clientID: c.entry.clientID)
    }
}
