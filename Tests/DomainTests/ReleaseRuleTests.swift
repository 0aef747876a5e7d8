import Domain
import Foundation
import Testing

@Suite("Release schedules per office and service (I-BOOK)")
struct ReleaseRuleTests {
    let daily10 = ReleaseSchedule(releaseTime: TimeOfDay(10, 0), daysAhead: 7, minimumLeadMinutes: 120)
    let weekly = ReleaseSchedule(releaseTime: TimeOfDay(8, 0), daysAhead: 21, minimumLeadMinutes: 60)
    let general = ReleaseSchedule(releaseTime: TimeOfDay(7, 30), daysAhead: 10, minimumLeadMinutes: 30)

    @Test func theMostSpecificRuleWins() {
        let rules = [ReleaseRule(officeSlug: nil, serviceSlug: nil, schedule: general),
                     ReleaseRule(officeSlug: "ogre", serviceSlug: nil, schedule: weekly),
                     ReleaseRule(officeSlug: nil, serviceSlug: "eu-blue-card", schedule: weekly),
                     ReleaseRule(officeSlug: "ogre", serviceSlug: "passport", schedule: daily10)]
        #expect(ReleaseSchedule.resolve(rules, office: "ogre", service: "passport") == daily10)
        #expect(ReleaseSchedule.resolve(rules, office: "ogre", service: "eid-card") == weekly)          // the office's
        #expect(ReleaseSchedule.resolve(rules, office: "riga-1", service: "eu-blue-card") == weekly)   // the service's
        #expect(ReleaseSchedule.resolve(rules, office: "riga-1", service: "passport") == general)
        #expect(ReleaseSchedule.resolve([], office: "riga-1", service: "passport") == .standard)
        #expect(ReleaseSchedule.resolve(rules, office: nil, service: "passport") == general)
    }

    @Test func boundsAreChecked() {
        #expect(ReleaseRule.validate(daysAhead: 14, minimumLeadMinutes: 60).isEmpty)
        #expect(ReleaseRule.validate(daysAhead: 0, minimumLeadMinutes: 60) == [.daysAhead])
        #expect(ReleaseRule.validate(daysAhead: nil, minimumLeadMinutes: nil) == [.daysAhead, .lead])
        #expect(ReleaseRule.validate(daysAhead: 181, minimumLeadMinutes: 3000) == [.daysAhead, .lead])
    }

    @Test func aLaterReleaseTimeOpensTheNewDayLater() {
        let now = RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(9, 59))
        #expect(daily10.lastBookableDate(now: now) == LocalDate(2026, 12, 27))
        #expect(daily10.lastBookableDate(now: now.addingTimeInterval(60)) == LocalDate(2026, 12, 28))
    }
}
