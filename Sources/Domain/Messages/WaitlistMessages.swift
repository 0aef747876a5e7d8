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

    public static func joined(_ c: Context, leaveURL: String) -> (subject: String, body: String) {
        let e = c.entry, l = e.language, t = MessageTexts.of(l), service = c.service.name.text(l)
        let lines = [t.greeting(c.name), "", t.onWaitlist(service, c.office.name.text(l), t.date(e.from), t.date(e.through)),
                     t.offersInTurn, t.leaveWaitlist(leaveURL)] + BookingMessages.signature(office: c.office, l)
        return (t.waitlistSubject(service), lines.joined(separator: "\n"))
    }

    public static func offer(_ c: Context, start: Date, expiresAt: Date, url: String) -> (subject: String, body: String) {
        let l = c.entry.language, t = MessageTexts.of(l), when = BookingMessages.when(start, l)
        let lines = [t.greeting(c.name), "", t.timeFreed(c.service.name.text(l), c.office.name.text(l), when),
                     t.heldUntil(RigaTime.time(of: expiresAt).description, url), t.notAccepted]
            + BookingMessages.signature(office: c.office, l)
        return (t.offerSubject(when), lines.joined(separator: "\n"))
    }

    /// One message per contact the client gave (C-CONTACT).
    public static func outbox(_ c: Context, kind: OutboxMessage.Kind, text: (subject: String, body: String),
                              sendAfter: Date) -> [OutboxMessage] {
        OutboxMessage.toEachContact(email: c.entry.email, phone: c.entry.phone, kind: kind, language: c.entry.language,
                                    text: text, sendAfter: sendAfter, bookingID: nil,
                                    officeSlug: c.entry.officeSlug, clientID: c.entry.clientID)
    }
}
