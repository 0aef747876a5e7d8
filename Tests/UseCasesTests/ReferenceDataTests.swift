import Domain
import Foundation
import Synchronization
import Testing
import TestSupport
@testable import UseCases

@Suite("Reference data (S-INFO) on fakes: checked by field, displaced clients told")
struct ReferenceDataTests {
    struct World {
        let reference = FakeReference()
        let bookings = FakeBookings()
        var times: FindFreeTimes { FindFreeTimes(reference: reference, bookings: bookings, now: BookingUseCaseTests.now) }
        var change: ChangeReferenceData {
            ChangeReferenceData(reference: reference, notify: NotifyDisplacedClients(times: times, reference: reference,
                                                                                     bookings: bookings),
                                now: BookingUseCaseTests.now, actor: "admin")
        }
    }

    @Test func closingADayTellsTheClientBookedOnIt() async throws {
        let w = World()
        let book = BookAppointment(times: w.times, bookings: w.bookings, reference: w.reference, links: FakeLinks(),
                                   fairAccess: .standard)
        _ = try await book(try BookingUseCaseTests.request())
        let told = try await w.change.officeException(office: "ogre", date: "2026-12-22", kind: "closed", ranges: "",
                                                      reasonLv: "Remonts", reasonEn: nil)
        #expect(told == 1)
        #expect(w.bookings.outbox.contains { $0.kind == .change && $0.body.contains("Atvainojamies") })
        #expect(try await w.reference.exceptions(officeSlug: "ogre", from: LocalDate(2026, 12, 22),
                                                 through: LocalDate(2026, 12, 22)).count == 1)
    }

    @Test func badFieldsAreNamedAndNothingChanges() async throws {
        let w = World()
        await #expect(throws: ReferenceProblem(fields: [.init("date", .notADate), .init("ranges", .badRanges),
                                                         .init("office", .unknownOffice)])) {
            _ = try await w.change.officeException(office: "atlantis", date: "22.12.2026", kind: "hours", ranges: "",
                                                   reasonLv: nil, reasonEn: nil)
        }
        await #expect(throws: ReferenceProblem(fields: [.init("releaseTime", .badTime), .init("daysAhead", .outOfRange),
                                                         .init("releaseService", .unknownService)])) {
            try await w.change.releaseRule(office: "", service: "unicorns", releaseTime: "25:00", daysAhead: "-1",
                                           leadMinutes: "60")
        }
        await #expect(throws: ReferenceProblem(fields: [.init("nameLv", .required)])) {
            _ = try await w.change.oneOffHoliday(date: "2026-12-28", nameLv: " ", nameEn: "Extra")
        }
        let changed = w.reference.changes.withLock { ($0.exceptions.isEmpty, $0.rules.isEmpty, $0.holidays.isEmpty) }
        #expect(changed == (true, true, true))
    }
}

/// Issue 13: transferred working days and festival days, checked by Labour Law §133(4).
@Suite("Calendar corrections by an administrator (on fakes)")
struct CalendarCorrectionTests {
    func change(_ reference: FakeReference) -> ChangeReferenceData {
        let bookings = FakeBookings()
        return ChangeReferenceData(reference: reference,
                                   notify: NotifyDisplacedClients(times: FindFreeTimes(reference: reference, bookings: bookings,
                                                                                       now: RigaTime.instant(LocalDate(2026, 12, 2), TimeOfDay(9, 0))),
                                                                  reference: reference, bookings: bookings),
                                   now: RigaTime.instant(LocalDate(2026, 12, 2), TimeOfDay(9, 0)), actor: "admin")
    }

    @Test func aBridgeDayMovesToASaturdayOfTheSameMonthAndNothingElseDoes() async throws {
        let reference = FakeReference()
        // Thursday 18 November 2027 is a holiday: Friday the 19th lies between it and the weekend.
        _ = try await change(reference).transfer(dayOff: "2027-11-19", workingDay: "2027-11-27", reason: "MK rīkojums")
        let calendar = WorkingCalendar(adjustments: try await reference.calendarAdjustments())
        #expect(!calendar.isWorkingDay(LocalDate(2027, 11, 19)) && calendar.isWorkingDay(LocalDate(2027, 11, 27)))
        for (off, saturday, field, problem) in [
            ("2027-11-17", "2027-11-13", "dayOff", TransferRule.Problem.notABridgeDay),      // a Wednesday in mid-week
            ("2027-05-03", "2027-06-05", "workingDay", .otherMonth),                        // Monday before 4 May
            ("2027-05-03", "2027-05-09", "workingDay", .notAWorkingSaturday),               // a Sunday
            ("2027-11-19", "2027-11-20", "dayOff", .alreadyTransferred),
        ] {
            await #expect(throws: ReferenceProblem(fields: [.init(field, .transfer(problem))])) {
                _ = try await change(reference).transfer(dayOff: off, workingDay: saturday)
            }
        }
        await #expect(throws: ReferenceProblem.self) { _ = try await change(reference).transfer(dayOff: "tomorrow", workingDay: "") }
    }

    /// Issue 16, item 8: a transfer corrected to another Saturday replaces it (checked as if the
    /// old one were gone), and one taken back closes its Saturday again — its clients are told.
    @Test func aTransferCorrectedOrTakenBackTellsTheSaturdaysClients() async throws {
        let w = ReferenceDataTests.World()
        // Wednesday 30 December off, Saturday 2 January worked (set straight in the store: the
        // window of the fixed clock reaches no Saturday a real transfer could name).
        try await w.reference.addTransfer(.init(dayOff: LocalDate(2026, 12, 30), workingSaturday: LocalDate(2027, 1, 2)), reason: nil,
                                          actor: "admin", now: BookingUseCaseTests.now)
        let book = BookAppointment(times: w.times, bookings: w.bookings, reference: w.reference, links: FakeLinks(),
                                   fairAccess: .standard)
        _ = try await book(try BookingUseCaseTests.request(start: RigaTime.instant(LocalDate(2027, 1, 2), TimeOfDay(9, 0))))
        #expect(try await w.change.remove(.transfer(dayOff: LocalDate(2026, 12, 29))) == nil)     // nothing recorded there
        #expect(w.bookings.outbox.filter { $0.kind == .change }.isEmpty)
        let told = try await w.change.remove(.transfer(dayOff: LocalDate(2026, 12, 30)))
        #expect(told == 1)
        #expect(w.bookings.outbox.contains { $0.kind == .change && $0.body.contains("Atvainojamies") })
        #expect(try await w.reference.calendarAdjustments().transfers.contains { $0.dayOff == LocalDate(2026, 12, 30) } == false)

        // A correction: the same day off, another Saturday; TransferRule is asked as if the old one were gone.
        let reference = FakeReference()
        _ = try await change(reference).transfer(dayOff: "2027-11-19", workingDay: "2027-11-27")
        _ = try await change(reference).transfer(dayOff: "2027-11-19", workingDay: "2027-11-20", replacing: "2027-11-19")
        #expect(try await reference.calendarAdjustments().transfers.filter { $0.dayOff == LocalDate(2027, 11, 19) }
            .map(\.workingSaturday) == [LocalDate(2027, 11, 20)])
    }

    @Test func aFestivalDayOnASundayGivesTheMondayOff() async throws {
        let reference = FakeReference()
        #expect(LocalDate(2028, 7, 9).weekday == .sunday)
        _ = try await change(reference).songFestivalDay(date: "2028-07-09")
        let calendar = WorkingCalendar(adjustments: try await reference.calendarAdjustments())
        #expect(calendar.isHoliday(LocalDate(2028, 7, 9)))
        #expect(!calendar.isWorkingDay(LocalDate(2028, 7, 10)))            // the substitute Monday
        await #expect(throws: ReferenceProblem(fields: [.init("date", .alreadyThere)])) {
            _ = try await change(reference).songFestivalDay(date: "2028-07-09")
        }
    }
}

/// Issue 13: offices, services and the agency's contacts corrected by an administrator.
@Suite("Offices, services and contacts corrected by an administrator (on fakes)")
struct CatalogueCorrectionTests {
    typealias World = ReferenceDataTests.World

    func book(_ w: World) async throws {
        let book = BookAppointment(times: w.times, bookings: w.bookings, reference: w.reference, links: FakeLinks(), fairAccess: .standard)
        _ = try await book(try BookingUseCaseTests.request())   // Ogre, passport, Tuesday 22 December 09:00
    }

    @Test func newHoursWithALunchBreakAreSavedAndTheClientWhoseTimeNoLongerFitsIsTold() async throws {
        let w = World()
        try await book(w)
        var change = OfficeChange()
        change.hours = [2: "10:00-12:00, 13:00-16:30"]   // Tuesdays from 10:00: the 09:00 booking no longer fits
        change.phone = "+371 6 504 1234"
        let saved = try await w.change.correctOffice("ogre", change)
        #expect(saved.clientsTold == 1)
        #expect(saved.office.phone == "65041234")
        let ogre = try #require(try await w.reference.office(slug: "ogre"))
        #expect(ogre.weeklyHours.ranges(on: .tuesday).map(\.description) == ["10:00-12:00", "13:00-16:30"])
        #expect(ogre.weeklyHours.ranges(on: .monday) == WeeklyHours.typicalTerritorial.ranges(on: .monday))
        #expect(w.bookings.outbox.contains { $0.kind == .change && $0.body.contains("Atvainojamies") })
        // A booking at 13:00 fits the new afternoon: nobody else is told when only the phone changes.
        var phoneOnly = OfficeChange()
        phoneOnly.phone = "65041235"
        #expect(try await w.change.correctOffice("ogre", phoneOnly).clientsTold == 0)
    }

    @Test func anOfficeThatStopsOfferingAServiceOrClosesTellsItsClientsAndTakesNoMoreBookings() async throws {
        let w = World()
        try await book(w)
        var change = OfficeChange()
        change.desks = ["passport": 0]
        #expect(try await w.change.correctOffice("ogre", change).clientsTold == 1)
        await #expect(throws: BookingProblem.self) { _ = try await w.times.officeAndService("ogre", "passport") }
        var reopen = OfficeChange()
        reopen.desks = ["passport": 2]
        _ = try await w.change.correctOffice("ogre", reopen)
        #expect(try await w.times.officeAndService("ogre", "passport").0.slug == "ogre")
        var close = OfficeChange()
        close.active = false
        _ = try await w.change.correctOffice("ogre", close)
        await #expect(throws: BookingProblem.self) { _ = try await w.times.officeAndService("ogre", "passport") }
    }

    @Test func badDetailsAreNamedByFieldAndNothingIsSaved() async throws {
        let w = World()
        var change = OfficeChange()
        change.nameLv = " "
        change.phone = "112"
        change.email = "ogre"
        change.postalCode = "5001"
        change.hours = [1: "16:00-09:00", 2: "08:00-09:00,09:10-09:20,09:30-09:40,09:50-10:00,10:10-10:20"]
        change.desks = ["passport": 99, "unicorns": 1]
        change.preHolidayClosing = "late"
        await #expect(throws: ReferenceProblem(fields: [
            .init("hours1", .badRanges), .init("preHolidayClosing", .badTime),
            .init("nameLv", .required), .init("postalCode", .notAPostalCode), .init("phone", .notAPhone),
            .init("email", .notAnEmail), .init("hours2", .tooManyRanges), .init("desks.passport", .outOfRange),
            .init("desks.unicorns", .outOfRange),
        ])) { _ = try await w.change.correctOffice("ogre", change) }
        #expect(try await w.reference.office(slug: "ogre") == PMLPSeed.offices.first { $0.slug == "ogre" })
        await #expect(throws: ReferenceProblem(fields: [.init("office", .unknownOffice)])) {
            _ = try await w.change.correctOffice("atlantis", OfficeChange())
        }
    }

    @Test func vouchingForAnAddressClearsItsMarkAndAPreHolidayClosingShortensTheDayToIt() async throws {
        let w = World()
        var change = OfficeChange()
        change.verified = ["address"]
        change.preHolidayClosing = "14:00"
        change.accessibilityFeatures = ["stepFreeEntrance", "hearingLoop"]
        change.accessibilityLv = "Ieeja no pagalma."
        let office = try await w.change.correctOffice("ogre", change).office
        #expect(!office.unverified.contains(.address) && office.unverified.contains(.hours))
        #expect(office.accessibilityFeatures == [.stepFreeEntrance, .hearingLoop])
        #expect(office.accessibility?.lv == "Ieeja no pagalma.")
        // 23 December 2026 comes before Christmas Eve: a shortened day (Labour Law §135).
        let calendar = WorkingCalendar(adjustments: try await w.reference.calendarAdjustments())
        #expect(calendar.isShortened(LocalDate(2026, 12, 23)))
        let day = OpeningHours(calendar: calendar).day(LocalDate(2026, 12, 23), weekly: office.weeklyHours, exceptions: [])
        #expect(day.ranges.map(\.description) == ["09:00-14:00"])
    }

    @Test func aFeeFromADateKeepsTheOldFeeForEarlierDatesAndAnUnconfirmedOneCanBeConfirmed() async throws {
        let w = World()
        let before = try #require(try await w.reference.service(slug: "passport"))
        let today = try #require(before.standardFee(on: LocalDate(2026, 12, 2)))
        let change = ServiceChange(fees: [FeeChange(category: "standard", termCount: today.term?.count, termUnit: today.term?.unit.rawValue,
                                                    amount: "49,50", validFrom: "2027-03-01")])
        let saved = try await w.change.correctService("passport", change)
        #expect(saved.standardFee(on: LocalDate(2027, 2, 28))?.amount == today.amount)
        #expect(saved.standardFee(on: LocalDate(2027, 3, 1))?.amount == Money(cents: 4950))
        #expect(saved.standardFee(on: LocalDate(2027, 3, 1))?.account == today.account)
        // The same kind from the same day is replaced, not doubled: first unconfirmed, then confirmed.
        var unconfirmed = change
        unconfirmed.fees[0].amount = ""
        #expect(try await w.change.correctService("passport", unconfirmed).standardFee(on: LocalDate(2027, 3, 1))?.amount == nil)
        let confirmed = try await w.change.correctService("passport", change)
        #expect(confirmed.fees.count == saved.fees.count)
    }

    @Test func badServiceDetailsAreRefusedByField() async throws {
        let w = World()
        var change = ServiceChange(fees: [FeeChange(category: "standard", amount: "lots", validFrom: "soon"),
                                          FeeChange(category: "royal", amount: "1.00", validFrom: nil),
                                          FeeChange(category: "online", termCount: 5, amount: "1.00", validFrom: nil)])
        change.nameLv = ""
        change.channels = []
        change.deskMinutes = 1
        await #expect(throws: ReferenceProblem(fields: [
            .init("fees[0].amount", .outOfRange), .init("fees[1].category", .outOfRange), .init("fees[2].account", .required),
            .init("nameLv", .required), .init("channels", .required), .init("deskMinutes", .outOfRange),
        ])) { _ = try await w.change.correctService("passport", change) }
        #expect(try await w.reference.service(slug: "passport") == PMLPSeed.services.first { $0.slug == "passport" })
    }

    @Test func aDivisionTheSeedLacksIsAddedInactiveAndOpensOnceItHasHoursAndDesks() async throws {
        let w = World()
        await #expect(throws: ReferenceProblem(fields: [.init("slug", .outOfRange), .init("nameLv", .required)])) {
            _ = try await w.change.addOffice(slug: "Saldus nodaļa", nameLv: "", nameEn: nil, city: nil)
        }
        await #expect(throws: ReferenceProblem(fields: [.init("slug", .taken)])) {
            _ = try await w.change.addOffice(slug: "ogre", nameLv: "Ogres nodaļa", nameEn: nil, city: nil)
        }
        let saldus = try await w.change.addOffice(slug: "saldus", nameLv: "Saldus nodaļa", nameEn: "Saldus division", city: "Saldus")
        #expect(!saldus.active && saldus.weeklyHours.isEmpty && saldus.unverified == Set(Office.Field.allCases))
        await #expect(throws: BookingProblem.self) { _ = try await w.times.officeAndService("saldus", "passport") }
        var open = OfficeChange()
        open.hours = [1: "09:00-16:00", 2: "09:00-16:00"]
        open.desks = ["passport": 1]
        open.active = true
        _ = try await w.change.correctOffice("saldus", open)
        #expect(try await w.times.officeAndService("saldus", "passport").0.name.lv == "Saldus nodaļa")
    }

    @Test func theAgencysContactsAreCheckedAndSaved() async throws {
        let w = World()
        let saved = try await w.change.agencyContacts(phone: "67 209 401", email: "info@pmlp.gov.lv", postalAddress: "Rīga",
                                                      facebookURL: "https://www.facebook.com/IeM.PMLP", twitterURL: " ")
        #expect(saved.phone == "67209401" && saved.twitterURL == nil)
        #expect(try await w.reference.agencyContacts() == saved)
        await #expect(throws: ReferenceProblem(fields: [.init("phone", .notAPhone), .init("email", .notAnEmail),
                                                         .init("postalAddress", .required), .init("facebookURL", .notHTTPS)])) {
            _ = try await w.change.agencyContacts(phone: "1", email: "x", postalAddress: "", facebookURL: "http://fb.com/x",
                                                  twitterURL: nil)
        }
        #expect(try await w.reference.agencyContacts() == saved)
    }
}
