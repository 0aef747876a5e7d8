import Domain
import Fluent
import Foundation
import Testing
import TestSupport
@testable import Storage

/// The waitlist (issue 4 item 5): a freed seat goes to the first in line and is held for them;
/// it passes on when they let it lapse or decline; with nobody waiting it goes back to the public.
@Suite("Waitlist: freed seats go to the line first, on SQLite and PostgreSQL")
struct WaitlistStoreTests {
    let now = RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(10, 0))
    var slot: Slot {
        let start = RigaTime.instant(LocalDate(2026, 12, 22), TimeOfDay(9, 0))
        return Slot(start: start, end: start.addingTimeInterval(600), capacity: 1)
    }
    var day: LocalDate { LocalDate(2026, 12, 22) }

    func person(_ n: Int) throws -> Client.Identity {
        .personalCode(try PersonalCode(validating: "32" + String(format: "%09d", n)))
    }

    func booking(_ n: Int, at slot: Slot) throws -> BookingRequest {
        BookingRequest(officeSlug: "riga-1", serviceSlug: "passport", start: slot.start, name: "Klients\(n)",
                       surname: "Uzvārds", identity: try person(n), phone: "2000000\(n)", email: nil, language: .lv,
                       interpreter: false)
    }

    func wish(_ n: Int, from: LocalDate? = nil, through: LocalDate? = nil, language: Language = .lv) throws -> WaitlistRequest {
        WaitlistRequest(officeSlug: "riga-1", serviceSlug: "passport", from: from ?? day, through: through ?? day.adding(days: 3),
                        name: "Gaidītājs\(n)", surname: "Uzvārds", identity: try person(n), phone: nil,
                        email: "w\(n)@example.lv", language: language, interpreter: n % 2 == 0)
    }

    func seats(_ db: any Database, _ slot: Slot) async throws -> Int {
        try await FluentBookingStore(db: db).booked(officeSlug: "riga-1", serviceSlug: "passport", from: slot.start,
                                                    to: slot.end)[slot.start] ?? 0
    }

    func openOffers(_ db: any Database) async throws -> [WaitlistOfferModel] {
        try await WaitlistOfferModel.query(on: db).filter(\.$status == "open").all()
    }

    /// Books the slot's only seat and puts two people in line; returns the booking's token.
    func fullSlotWithALine(_ db: any Database) async throws -> (FluentBookingStore, FluentWaitlistStore, String, [WaitlistEntry]) {
        let bookings = FluentBookingStore(db: db), waitlist = FluentWaitlistStore(db: db)
        let token = SecretToken.generate(.booking)
        _ = try await bookings.book(try booking(1, at: slot), slot: slot, code: "AAAABBBB", manageToken: token, now: now)
        let (first, _) = try await waitlist.join(try wish(2), now: now)
        let (second, _) = try await waitlist.join(try wish(3, language: .en), now: now.addingTimeInterval(1))
        return (bookings, waitlist, token, [first, second])
    }

    @Test(arguments: TestDatabase.all)
    func cancellationOffersTheSeatToTheFirstInLine(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let (bookings, _, token, line) = try await fullSlotWithALine(instance.db)
            try await bookings.cancel(code: "AAAABBBB", manageToken: token, now: now)

            // The seat stays taken — held for the first in line, not back on public sale.
            #expect(try await seats(instance.db, slot) == 1)
            let offers = try await openOffers(instance.db)
            #expect(offers.map(\.entryID) == [line[0].id])
            #expect(offers.first?.expiresEpoch == FluentBookingStore.epoch(now.addingTimeInterval(30 * 60)))
            #expect(try await WaitlistEntryModel.find(line[0].id, on: instance.db)?.status == "offered")
            #expect(try await WaitlistEntryModel.find(line[1].id, on: instance.db)?.status == "waiting")
            // The offer message goes to the first in line's contact, with the link and the hold time.
            let sent = try await Outbox.messages(on: instance.db).filter { $0.kind == .offer }
            #expect(sent.map(\.recipient) == ["w2@example.lv"])
            #expect(sent.first?.body.contains("/gaidu-saraksts/piedavajums/apk_offer_") == true)
            #expect(sent.first?.body.contains("līdz plkst. 10:30") == true)
            // Public booking cannot take the held seat.
            await #expect(throws: BookingFailure.slotFull) {
                _ = try await bookings.book(try booking(9, at: slot), slot: slot, manageToken: SecretToken.generate(.booking),
                                            now: now)
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func anOfferPassesOnAfterExpiryThenTheSeatReturnsToThePublic(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let (bookings, waitlist, token, line) = try await fullSlotWithALine(instance.db)
            try await bookings.cancel(code: "AAAABBBB", manageToken: token, now: now)

            // Not yet due: nothing moves.
            #expect(try await waitlist.expireDue(now: now.addingTimeInterval(29 * 60)) == 0)
            // Lapsed: the second in line gets it; the first keeps their place for other seats.
            let later = now.addingTimeInterval(31 * 60)
            #expect(try await waitlist.expireDue(now: later) == 1)
            #expect(try await openOffers(instance.db).map(\.entryID) == [line[1].id])
            #expect(try await WaitlistEntryModel.find(line[0].id, on: instance.db)?.status == "waiting")
            let english = try await Outbox.messages(on: instance.db).filter { $0.kind == .offer && $0.language == .en }
            #expect(english.first?.body.contains("/en/waitlist/offer/apk_offer_") == true)
            #expect(try await seats(instance.db, slot) == 1)

            // The second lets it lapse too; the first already had this slot, so it returns to the public.
            #expect(try await waitlist.expireDue(now: later.addingTimeInterval(31 * 60)) == 1)
            #expect(try await openOffers(instance.db).isEmpty)
            #expect(try await seats(instance.db, slot) == 0)
            _ = try await bookings.book(try booking(9, at: slot), slot: slot, manageToken: SecretToken.generate(.booking),
                                        now: later)
        }
    }

    @Test(arguments: TestDatabase.all)
    func acceptingBooksTheHeldSeatOnce(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let (bookings, waitlist, token, line) = try await fullSlotWithALine(instance.db)
            // Tokens are only ever in messages; catch the one we need by declining through a known token.
            try await bookings.cancel(code: "AAAABBBB", manageToken: token, now: now)
            let offerToken = try #require(Self.token(in: try await Outbox.messages(on: instance.db)))
            let view = try #require(try await waitlist.offer(token: offerToken, now: now))
            #expect(view.entry.id == line[0].id && view.offer.start == slot.start)

            let manage = SecretToken.generate(.booking)
            let b = try await waitlist.accept(token: offerToken, manageToken: manage, now: now.addingTimeInterval(600))
            #expect(b.start == slot.start && b.status == .active && b.interpreter == true)
            #expect(try await bookings.booking(code: b.code, manageToken: manage)?.id == b.id)
            #expect(try await seats(instance.db, slot) == 1)
            #expect(try await WaitlistEntryModel.find(line[0].id, on: instance.db)?.status == "booked")
            await #expect(throws: WaitlistFailure.alreadyAccepted) {
                _ = try await waitlist.accept(token: offerToken, manageToken: manage, now: now.addingTimeInterval(700))
            }
            await #expect(throws: WaitlistFailure.notFound) {
                _ = try await waitlist.accept(token: "apk_offer_nothing", manageToken: manage, now: now)
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func anExpiredOrDeclinedOfferIsGone(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let (bookings, waitlist, token, line) = try await fullSlotWithALine(instance.db)
            try await bookings.cancel(code: "AAAABBBB", manageToken: token, now: now)
            let first = try #require(Self.token(in: try await Outbox.messages(on: instance.db)))
            // Past its hold, even before the expiry job has run, the offer cannot be taken.
            await #expect(throws: WaitlistFailure.gone) {
                _ = try await waitlist.accept(token: first, manageToken: SecretToken.generate(.booking),
                                              now: now.addingTimeInterval(30 * 60))
            }
            // Declining passes it on at once.
            try await waitlist.decline(token: first, now: now.addingTimeInterval(60))
            #expect(try await openOffers(instance.db).map(\.entryID) == [line[1].id])
            await #expect(throws: WaitlistFailure.gone) {
                try await waitlist.decline(token: first, now: now.addingTimeInterval(120))
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func reschedulingFreesTheOldSeatToTheLine(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let (bookings, _, token, line) = try await fullSlotWithALine(instance.db)
            let later = Slot(start: slot.start.addingTimeInterval(3600), end: slot.end.addingTimeInterval(3600), capacity: 1)
            _ = try await bookings.reschedule(code: "AAAABBBB", manageToken: token, to: later, now: now)
            #expect(try await openOffers(instance.db).map(\.entryID) == [line[0].id])
            #expect(try await openOffers(instance.db).first?.startEpoch == FluentBookingStore.epoch(slot.start))
            #expect(try await seats(instance.db, slot) == 1)
            #expect(try await seats(instance.db, later) == 1)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aSeatTooSoonOrOutsideEveryRangeGoesStraightBackToThePublic(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let bookings = FluentBookingStore(db: instance.db), waitlist = FluentWaitlistStore(db: instance.db)
            let token = SecretToken.generate(.booking)
            _ = try await bookings.book(try booking(1, at: slot), slot: slot, code: "AAAABBBB", manageToken: token, now: now)
            // In line, but only for later dates.
            _ = try await waitlist.join(try wish(2, from: day.next, through: day.adding(days: 5)), now: now)
            try await bookings.cancel(code: "AAAABBBB", manageToken: token, now: now)
            #expect(try await openOffers(instance.db).isEmpty)
            #expect(try await seats(instance.db, slot) == 0)

            // In range, but the slot starts within hold + lead (90 min): no time to offer it.
            _ = try await bookings.book(try booking(1, at: slot), slot: slot, code: "CCCCDDDD", manageToken: token, now: now)
            _ = try await waitlist.join(try wish(3), now: now)
            try await bookings.cancel(code: "CCCCDDDD", manageToken: token, now: slot.start.addingTimeInterval(-80 * 60))
            #expect(try await openOffers(instance.db).isEmpty)
            #expect(try await seats(instance.db, slot) == 0)
        }
    }

    @Test(arguments: TestDatabase.all)
    func takingAnEarlierSeatGivesUpTheLaterBookingToTheNextInLine(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let (bookings, waitlist, token, line) = try await fullSlotWithALine(instance.db)
            // The first in line already holds a later booking (they are waiting for an earlier time).
            let later = Slot(start: slot.start.addingTimeInterval(86400), end: slot.end.addingTimeInterval(86400), capacity: 1)
            var mine = try booking(2, at: later)
            mine.email = "w2@example.lv"
            let laterToken = SecretToken.generate(.booking)
            let old = try await bookings.book(mine, slot: later, code: "EEEEFFFF", manageToken: laterToken, now: now)
            try await bookings.cancel(code: "AAAABBBB", manageToken: token, now: now)
            let offerToken = try #require(Self.token(in: try await Outbox.messages(on: instance.db)))
            _ = try await waitlist.accept(token: offerToken, manageToken: SecretToken.generate(.booking), now: now)
            #expect(try await bookings.booking(code: old.code, manageToken: laterToken)?.status == .cancelled)
            // The later seat is now offered to the second in line (their range covers it).
            #expect(try await openOffers(instance.db).map(\.entryID) == [line[1].id])
            #expect(try await openOffers(instance.db).first?.startEpoch == FluentBookingStore.epoch(later.start))
        }
    }

    @Test(arguments: TestDatabase.all)
    func onePlaceInLinePerPersonAndServiceAndLeaving(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let waitlist = FluentWaitlistStore(db: instance.db)
            let (entry, token) = try await waitlist.join(try wish(2), now: now)
            await #expect(throws: WaitlistFailure.alreadyWaiting) { _ = try await waitlist.join(try wish(2), now: now) }
            await #expect(throws: WaitlistFailure.notFound) {
                try await waitlist.leave(id: entry.id, token: "apk_wait_wrong", now: now)
            }
            try await waitlist.leave(id: entry.id, token: token, now: now)
            #expect(try await waitlist.entry(id: entry.id, token: token)?.status == .left)
            _ = try await waitlist.join(try wish(2), now: now)   // may join again
            #expect(try await waitlist.line(officeSlug: "riga-1", serviceSlug: "passport").count == 1)
        }
    }

    @Test(arguments: TestDatabase.all)
    func twoSeatsFreedAtOnceNeverGoToOnePerson(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let bookings = FluentBookingStore(db: instance.db), waitlist = FluentWaitlistStore(db: instance.db)
            let two = Slot(start: slot.start, end: slot.end, capacity: 2)
            let t1 = SecretToken.generate(.booking), t2 = SecretToken.generate(.booking)
            _ = try await bookings.book(try booking(1, at: two), slot: two, code: "AAAABBBB", manageToken: t1, now: now)
            _ = try await bookings.book(try booking(4, at: two), slot: two, code: "CCCCDDDD", manageToken: t2, now: now)
            _ = try await waitlist.join(try wish(2), now: now)
            async let a: Void = bookings.cancel(code: "AAAABBBB", manageToken: t1, now: now)
            async let b: Void = bookings.cancel(code: "CCCCDDDD", manageToken: t2, now: now)
            _ = try await (a, b)
            #expect(try await openOffers(instance.db).count == 1)
            #expect(try await seats(instance.db, two) == 1)   // one held, one back to the public
        }
    }

    /// The newest offer link in the outbox (the only place the token ever appears).
    static func token(in messages: [OutboxMessage]) -> String? {
        guard let body = messages.first(where: { $0.kind == .offer })?.body,
              let range = body.range(of: #"apk_offer_[a-z0-9]+"#, options: .regularExpression) else { return nil }
        return String(body[range])
    }
}
