import Foundation
import Testing
@testable import Domain

/// Issue 13, defects 4 and 5: an SMS has its own short text (the e-mail's whole text cost a
/// dozen segments), and the reminder names the weekday and date instead of "tomorrow".
@Suite("SMS texts fit one or two segments; the reminder says the day")
struct SMSTests {
    @Test func segmentsAreCountedAsPhonesCountThem() {
        #expect(SMS.segments(String(repeating: "a", count: 160)) == 1)
        #expect(SMS.segments(String(repeating: "a", count: 161)) == 2)
        #expect(SMS.segments(String(repeating: "a", count: 306)) == 2)
        #expect(SMS.segments(String(repeating: "a", count: 307)) == 3)
        #expect(SMS.segments(String(repeating: "€", count: 80)) == 1)      // two septets each
        #expect(SMS.segments(String(repeating: "€", count: 81)) == 2)
        // One Latvian letter makes the whole message UCS-2: 70, then 67 a segment.
        #expect(!SMS.isGSM7("Rīga"))
        #expect(SMS.segments("ā" + String(repeating: "a", count: 69)) == 1)
        #expect(SMS.segments("ā" + String(repeating: "a", count: 70)) == 2)
        #expect(SMS.segments("ā" + String(repeating: "a", count: 133)) == 2)
        #expect(SMS.segments("ā" + String(repeating: "a", count: 134)) == 3)
    }

    /// Every seeded office and service, both languages, the longest real address and a real token.
    @Test(arguments: Language.allCases)
    func everyBookingSMSFitsTwoSegmentsAndCarriesCodeTimeOfficeAndLink(_ l: Language) throws {
        let links = PublicLinks(base: "https://apkalpe.pmlp.gov.lv")
        let start = RigaTime.instant(LocalDate(2026, 12, 28), TimeOfDay(9, 30))
        for office in PMLPSeed.offices {
            let service = try #require(PMLPSeed.services.first { $0.slug == "passport" })
            let token = SecretToken.generate(.booking)
            let booking = Booking(id: UUID(), code: BookingCode.generate(), officeSlug: office.slug, serviceSlug: service.slug,
                                  start: start, end: start.addingTimeInterval(900), clientID: UUID(), phone: "+37120000000",
                                  email: "a@example.lv", language: l, interpreter: true, status: .active, createdAt: start)
            let c = BookingMessages.Context(booking: booking, name: "Anna Bērziņa-Ozoliņa", office: office, service: service, agency: .seed,
                                            manageURL: links.manageBooking(code: booking.code, token: token, language: l),
                                            smsURL: links.shortManage(code: booking.code, token: token))
            for kind in [OutboxMessage.Kind.confirmation, .reminder, .change] {
                let sms = BookingMessages.sms(c, kind: kind)
                #expect(SMS.segments(sms) <= SMS.maximumSegments, "\(office.slug) \(kind) \(l): \(SMS.segments(sms)) segments: \(sms)")
                #expect(sms.contains(booking.code))
                if kind != .change {
                    #expect(sms.contains(office.name.text(l)))
                    #expect(sms.contains(links.shortManage(code: booking.code, token: token)))
                }
            }
            let messages = BookingMessages.outbox(c, kind: .confirmation, sendAfter: start)
            let sms = try #require(messages.first { $0.channel == .sms }), mail = try #require(messages.first { $0.channel == .email })
            #expect(sms.body != mail.body && sms.body.count < mail.body.count / 2)
        }
    }

    @Test(arguments: Language.allCases)
    func anOfferSMSFitsToo(_ l: Language) throws {
        let links = PublicLinks(base: "https://apkalpe.pmlp.gov.lv")
        let start = RigaTime.instant(LocalDate(2026, 12, 28), TimeOfDay(9, 30))
        for office in PMLPSeed.offices {
            let service = try #require(PMLPSeed.services.first { $0.slug == "passport" })
            let entry = WaitlistEntry(id: UUID(), officeSlug: office.slug, serviceSlug: service.slug, from: LocalDate(2026, 12, 22),
                                      through: LocalDate(2027, 1, 29), clientID: UUID(), phone: "+37120000000", email: nil,
                                      language: l, interpreter: false, status: .offered, createdAt: start)
            let c = WaitlistMessages.Context(entry: entry, name: "Anna", office: office, service: service, agency: .seed)
            for sms in [WaitlistMessages.offerSMS(c, start: start, expiresAt: start.addingTimeInterval(-3600),
                                                  shortURL: links.shortOffer(token: SecretToken.generate(.offer))),
                        WaitlistMessages.joinedSMS(c)] {
                #expect(SMS.segments(sms) <= SMS.maximumSegments, "\(office.slug) \(l): \(sms)")
            }
        }
    }

    /// Monday 28 December: the reminder goes out on Wednesday 23rd (24–27 are holidays and a
    /// weekend) — "tomorrow" would have been wrong by five days.
    @Test func theReminderNamesTheWeekdayAndDate() throws {
        let start = RigaTime.instant(LocalDate(2026, 12, 28), TimeOfDay(9, 30))
        #expect(RigaTime.date(of: BookingMessages.reminderTime(for: start, calendar: WorkingCalendar(adjustments: .enacted)))
            < LocalDate(2026, 12, 27))
        let office = try #require(PMLPSeed.offices.first { $0.slug == "ogre" })
        let service = try #require(PMLPSeed.services.first { $0.slug == "passport" })
        for (l, expected) in [(Language.lv, "pirmdien, 28.12.2026. plkst. 09:30"), (.en, "Monday 28 Dec 2026 at 09:30")] {
            let booking = Booking(id: UUID(), code: "K7Q2M9AB", officeSlug: "ogre", serviceSlug: "passport", start: start,
                                  end: start.addingTimeInterval(900), clientID: UUID(), phone: "20000000", email: "a@example.lv",
                                  language: l, interpreter: false, status: .active, createdAt: start)
            let c = BookingMessages.Context(booking: booking, name: "Anna", office: office, service: service, agency: .seed, manageURL: nil)
            let (subject, _) = BookingMessages.reminder(c)
            #expect(subject.contains(expected), "\(subject)")
            #expect(!subject.contains(" rīt") && !subject.lowercased().contains("tomorrow"))
            #expect(BookingMessages.sms(c, kind: .reminder).contains(l == .lv ? "pirmdien" : "Mon"))
        }
    }

    @Test func anEmergencySMSIsShortToo() {
        for office in PMLPSeed.offices {
            let sms = AlertMessages.emergencySMS(staffName: "Anna Bērziņa-Ozoliņa", office: office, counter: "12",
                                                 at: RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(10, 15)))
            #expect(SMS.segments(sms) <= SMS.maximumSegments, "\(sms)")
            #expect(sms.contains("lodziņš 12") && sms.contains("10:15"))
        }
    }
}
