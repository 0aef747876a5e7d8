import Foundation

/// The texts of waitlist messages (S-MAIL-FORM: greeting, the matter, the sender): that the
/// client is on the list, and an offer of a freed seat with the time it is held until.
public enum WaitlistMessages {
    public struct Context: Sendable {
        public let entry: WaitlistEntry
        public let name: String
        public let office: Office
        public let service: Service
        /// The agency's own contacts (K-CHANNELS): the phone an office without one of its own gives.
        public let agency: AgencyContacts

        public init(entry: WaitlistEntry, name: String, office: Office, service: Service, agency: AgencyContacts) {
            self.agency = agency
            self.entry = entry
            self.name = name
            self.office = office
            self.service = service
        }
    }

    public static func joined(_ c: Context, leaveURL: String) -> (subject: String, body: String) {
        let e = c.entry, l = e.language, t = MessageTexts.of(l), service = c.service.name.text(l)
        let lines = [t.greeting(c.name), "", t.onWaitlist(service, c.office.name.text(l), t.date(e.from), t.date(e.through)),
                     t.offersInTurn, t.leaveWaitlist(leaveURL)] + BookingMessages.signature(office: c.office, agency: c.agency, l)
        return (t.waitlistSubject(service), lines.joined(separator: "\n"))
    }

    public static func offer(_ c: Context, start: Date, expiresAt: Date, url: String) -> (subject: String, body: String) {
        let l = c.entry.language, t = MessageTexts.of(l), when = BookingMessages.when(start, l)
        let lines = [t.greeting(c.name), "", t.timeFreed(c.service.name.text(l), c.office.name.text(l), when),
                     t.heldUntil(RigaTime.time(of: expiresAt).description, url), t.notAccepted]
            + BookingMessages.signature(office: c.office, agency: c.agency, l)
        return (t.offerSubject(when), lines.joined(separator: "\n"))
    }

    /// The SMS that joining the list sends (no link: the leave link is too long for an SMS; the
    /// e-mail carries it, and the office's phone is given).
    public static func joinedSMS(_ c: Context) -> String {
        let t = MessageTexts.of(c.entry.language)
        return t.smsWaitlist(c.office.name.text(c.entry.language), c.office.phone ?? c.agency.phone)
    }

    /// The SMS of an offer: when, where, until when it is held, and the short link to take it.
    public static func offerSMS(_ c: Context, start: Date, expiresAt: Date, shortURL: String) -> String {
        let l = c.entry.language, t = MessageTexts.of(l)
        return t.smsOffer(t.smsWhen(RigaTime.date(of: start), RigaTime.time(of: start)), c.office.name.text(l),
                          RigaTime.time(of: expiresAt).description, shortURL)
    }

    /// One message per contact the client gave (C-CONTACT), each channel with its own text.
    public static func outbox(_ c: Context, kind: OutboxMessage.Kind, text: (subject: String, body: String), sms: String,
                              sendAfter: Date) -> [OutboxMessage] {
        OutboxMessage.toEachContact(email: c.entry.email, phone: c.entry.phone, kind: kind, language: c.entry.language,
                                    text: text, sms: sms, sendAfter: sendAfter, bookingID: nil,
                                    officeSlug: c.entry.officeSlug, clientID: c.entry.clientID)
    }
}
