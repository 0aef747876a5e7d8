import Domain
import Foundation
import Testing
import TestSupport
@testable import UseCases

/// The booking use cases on in-memory ports: the rules and the messages, without a database.
@Suite("Booking use cases (I-BOOK) on fakes")
struct BookingUseCaseTests {
    /// Monday 21 December 2026, 10:00 in Riga.
    static let now = RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(10, 0))
    static let tuesdayNine = RigaTime.instant(LocalDate(2026, 12, 22), TimeOfDay(9, 0))

    struct World {
        let reference = FakeReference()
        let bookings = FakeBookings()
        let links = FakeLinks()
        var times: FindFreeTimes { FindFreeTimes(reference: reference, bookings: bookings, now: BookingUseCaseTests.now) }
        var book: BookAppointment {
            BookAppointment(times: times, bookings: bookings, reference: reference, links: links, fairAccess: .standard)
        }
        var reschedule: RescheduleBooking { RescheduleBooking(times: times, bookings: bookings, links: links) }
    }

    static func request(start: Date = tuesdayNine, office: String = "ogre", code: String = "32000000001",
                        language: Language = .lv) throws -> BookingRequest {
        BookingRequest(officeSlug: office, serviceSlug: "passport", start: start, name: "Jānis", surname: "Ozols",
                       identity: .personalCode(try PersonalCode(validating: code)), phone: "20000000",
                       email: "janis@example.lv", language: language, interpreter: false)
    }

    @Test func movingGreetsTheClientByNameAndCarriesAnAbsoluteManageLink() async throws {
        let w = World()
        let (booking, token) = try await w.book(try Self.request())
        let later = Self.tuesdayNine.addingTimeInterval(3600)
        let moved = try await w.reschedule(code: booking.code, manageToken: token, to: later)
        #expect(moved.start == later)
        let confirmations = w.bookings.outbox.filter { $0.kind == .confirmation && $0.channel == .email }
        #expect(confirmations.count == 2)                    // booked, then moved
        let after = try #require(confirmations.last)
        #expect(after.body.hasPrefix("Labdien, Jānis Ozols!"))          // was "Labdien, !"
        #expect(after.body.contains("https://apkalpe.example/pieraksts/\(booking.code)?token=\(token)"))
        #expect(after.body.contains("22.12.2026. plkst. 10:00"))
    }

    @Test func aCancelledBookingFreesItsSeatAndOnlyItsSecretCancelsIt() async throws {
        let w = World()
        let (booking, token) = try await w.book(try Self.request())
        let cancel = CancelBooking(bookings: w.bookings, reference: w.reference, now: Self.now)
        await #expect(throws: BookingProblem.notFound) { try await cancel.byClient(code: booking.code, manageToken: "apk_book_wrong") }
        try await cancel.byClient(code: booking.code, manageToken: token)
        #expect(try await w.bookings.booking(code: booking.code, manageToken: token)?.status == .cancelled)
        // The client is told, greeted by name and signed by the office (issue 16, item 2).
        let notice = try #require(w.bookings.outbox.last { $0.kind == .cancellation && $0.channel == .sms })
        #expect(notice.body.contains(booking.code) && notice.body.contains("atcelts"))
        // The same person may book the same service again at once.
        _ = try await w.book(try Self.request())
        await #expect(throws: BookingProblem.notFound) { try await cancel.byClient(code: booking.code, manageToken: token) }
    }

    /// Issue 13, defect 1: a booking holds its place only while it is ahead (or today).
    @Test func aNoShowMayBookAgainAndAPastBookingNoLongerBlocks() async throws {
        let w = World()
        let (booking, _) = try await w.book(try Self.request())
        // Still ahead: a second booking for the service is refused.
        await #expect(throws: BookingProblem.self) { _ = try await w.book(try Self.request(start: Self.tuesdayNine.addingTimeInterval(3600))) }
        try await CancelBooking(bookings: w.bookings, reference: w.reference, now: Self.tuesdayNine.addingTimeInterval(600))
            .noShow(code: booking.code, office: "ogre", actor: "clerk")
        _ = try await w.book(try Self.request(start: Self.tuesdayNine.addingTimeInterval(3600)))
        // A booking of an earlier day nobody closed does not hold the place either.
        let w2 = World()
        _ = try await w2.book(try Self.request())
        let nextWeek = BookAppointment(times: FindFreeTimes(reference: w2.reference, bookings: w2.bookings,
                                                            now: Self.tuesdayNine.addingTimeInterval(86400)),
                                       bookings: w2.bookings, reference: w2.reference, links: w2.links, fairAccess: .standard)
        _ = try await nextWeek(try Self.request(start: Self.tuesdayNine.addingTimeInterval(7 * 86400)))
    }

    @Test func englishClientsGetTheEnglishLink() async throws {
        let w = World()
        let (booking, token) = try await w.book(try Self.request(language: .en))
        _ = try await w.reschedule(code: booking.code, manageToken: token, to: Self.tuesdayNine.addingTimeInterval(600))
        let last = try #require(w.bookings.outbox.last { $0.kind == .confirmation && $0.channel == .email })
        #expect(last.body.hasPrefix("Dear Jānis Ozols,"))
        #expect(last.body.contains("https://apkalpe.example/en/booking/\(booking.code)?token="))
    }

    @Test func refusalsNameTheirField() async throws {
        let w = World()
        await #expect(throws: BookingProblem.field("officeId", .unknownOffice("atlantis"))) {
            _ = try await w.book(try Self.request(office: "atlantis"))
        }
        // Christmas Eve is not on offer; a day after the release window is outside it.
        let christmasEve = RigaTime.instant(LocalDate(2026, 12, 24), TimeOfDay(9, 0))
        await #expect(throws: BookingProblem.field("start", .notOnOffer)) {
            _ = try await w.book(try Self.request(start: christmasEve))
        }
        let farAway = RigaTime.instant(LocalDate(2027, 3, 2), TimeOfDay(9, 0))
        await #expect(throws: BookingProblem.field("start", .outsideWindow(lastBookable: LocalDate(2027, 1, 4)))) {
            _ = try await w.book(try Self.request(start: farAway))
        }
        // A wrong token cannot move anything.
        let (booking, _) = try await w.book(try Self.request())
        await #expect(throws: BookingProblem.notFound) {
            _ = try await w.reschedule(code: booking.code, manageToken: "apk_book_wrong", to: Self.tuesdayNine)
        }
    }

    @Test func aFullSlotIsRefusedAndNothingIsSent() async throws {
        let w = World()
        let desks = try #require(PMLPSeed.offices.first { $0.slug == "ogre" }?.desks["passport"])
        for n in 0..<desks {
            _ = try await w.book(try Self.request(code: "32" + String(format: "%09d", n + 10)))
        }
        let sent = w.bookings.outbox.count
        await #expect(throws: BookingProblem.slotFull) { _ = try await w.book(try Self.request(code: "32000000099")) }
        #expect(w.bookings.outbox.count == sent)
    }
}
