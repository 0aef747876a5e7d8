import Foundation
import Testing
@testable import Domain

/// The client messages are assembled once from the typed catalogues (issue 12, item 7): each
/// opens with a greeting and closes with the goodbye and the sender (S-MAIL-FORM), in the
/// client's language, with facts from their one source.
@Suite("Message texts (S-MAIL-FORM) in both languages")
struct MessageTextsTests {
    let start = RigaTime.instant(LocalDate(2026, 12, 22), TimeOfDay(9, 0))

    func context(_ l: Language, interpreter: Bool = false) throws -> BookingMessages.Context {
        let office = try #require(PMLPSeed.offices.first { $0.slug == "ogre" })
        let service = try #require(PMLPSeed.services.first { $0.slug == "passport" })
        let booking = Booking(id: UUID(), code: "K7Q2M9", officeSlug: "ogre", serviceSlug: "passport", start: start,
                              end: start.addingTimeInterval(600), clientID: UUID(), phone: nil, email: "a@example.lv",
                              language: l, interpreter: interpreter, status: .active, createdAt: start)
        // Not the seed's: the messages must quote the contacts they are given (issue 13).
        var agency = AgencyContacts.seed
        agency.phone = "67000001"
        return .init(booking: booking, name: "Anna Bērziņa", office: office, service: service, agency: agency,
                     manageURL: "https://apkalpe.example/pieraksts/K7Q2M9?token=t")
    }

    @Test(arguments: Language.allCases)
    func aConfirmationGreetsSaysWhenWhereAndWhatAndSigns(_ l: Language) throws {
        let c = try context(l, interpreter: true)
        let (subject, body) = BookingMessages.confirmation(c)
        let lines = body.components(separatedBy: "\n")
        let t = MessageTexts.of(l)
        #expect(lines.first == t.greeting("Anna Bērziņa"))
        #expect(lines.suffix(2).first == t.goodbye)
        #expect(lines.last == t.sender(c.office.name.text(l), c.office.phone ?? "67000001"))
        #expect(body.contains("K7Q2M9"))
        #expect(body.contains(t.when(LocalDate(2026, 12, 22), TimeOfDay(9, 0))))
        #expect(body.contains(t.arriveEarly(BookingRequest.arriveEarlyMinutes, "08:55")))
        #expect(body.contains(t.interpreter))
        #expect(body.contains(t.manage("https://apkalpe.example/pieraksts/K7Q2M9?token=t")))
        #expect(subject.contains("K7Q2M9"))
    }

    @Test func theTwoLanguagesSayTheSameThingsInTheirOwnWords() throws {
        let (_, lv) = BookingMessages.confirmation(try context(.lv))
        let (_, en) = BookingMessages.confirmation(try context(.en))
        #expect(lv.hasPrefix("Labdien, Anna Bērziņa!"))
        #expect(lv.contains("22.12.2026. plkst. 09:00"))
        #expect(lv.contains("vismaz 5 minūtes iepriekš — līdz plkst. 08:55"))
        #expect(en.hasPrefix("Dear Anna Bērziņa,"))
        #expect(en.contains("22 Dec 2026 at 09:00"))
        #expect(en.contains("at least 5 minutes early — by 08:55"))
        #expect(lv.components(separatedBy: "\n").count == en.components(separatedBy: "\n").count)
    }

    @Test(arguments: Language.allCases)
    func aChangedDayApologisesOffersTimesAndSigns(_ l: Language) throws {
        let c = try context(l)
        let later = start.addingTimeInterval(86_400)
        let (subject, body) = BookingMessages.change(c, alternatives: [later])
        let t = MessageTexts.of(l)
        #expect(body.hasPrefix(t.greeting("Anna Bērziņa")))
        #expect(body.contains(t.nearestFree("  – \(BookingMessages.when(later, l))")))
        #expect(body.hasSuffix(t.sender(c.office.name.text(l), c.office.phone ?? "67000001")))
        #expect(subject == t.changeSubject("K7Q2M9"))
        let (_, none) = BookingMessages.change(c, alternatives: [])
        #expect(none.contains(t.nothingFree("67000001")))
    }
}
