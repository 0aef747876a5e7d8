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
