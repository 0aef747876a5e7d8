import Domain
import Foundation
import Testing

@Suite("The office visit: check-in states, walk-in tickets, call order, queue transitions")
struct VisitRulesTests {
    let start = RigaTime.instant(LocalDate(2026, 12, 22), TimeOfDay(10, 0))
    func at(_ h: Int, _ m: Int) -> Date { RigaTime.instant(LocalDate(2026, 12, 22), TimeOfDay(h, m)) }

    @Test func checkInStatesFollowCEarlyAndTheGrace() {
        let rule = CheckInRule(earliestMinutes: 60, graceMinutes: 10)
        #expect(rule.classify(appointmentStart: start, now: at(8, 59)) == .tooEarly(opensAt: at(9, 0)))
        #expect(rule.classify(appointmentStart: start, now: at(9, 0)) == .onTime)
        #expect(rule.classify(appointmentStart: start, now: at(9, 55)) == .onTime)          // exactly 5 minutes before
        #expect(rule.classify(appointmentStart: start, now: at(9, 56)) == .lateAccepted)
        #expect(rule.classify(appointmentStart: start, now: at(10, 10)) == .lateAccepted)
        #expect(rule.classify(appointmentStart: start, now: at(10, 11)) == .tooLate)
    }

    @Test func walkInTicketsOnlyInHoursUnderTheQuotaAndBeforeTheCutoff() {
        let day = OpeningDay(date: LocalDate(2026, 12, 22), ranges: [TimeRange(TimeOfDay(9, 0), TimeOfDay(12, 0)),
                                                                     TimeRange(TimeOfDay(13, 0), TimeOfDay(17, 0))],
                             shortened: false, closedReason: nil, note: nil)
        let rule = WalkInRule(dailyQuota: 2, cutoffMinutes: 30)
        #expect(rule.decide(day: day, now: at(8, 59), issuedToday: 0) == .closed)
        #expect(rule.decide(day: day, now: at(9, 0), issuedToday: 0) == .allowed)
        #expect(rule.decide(day: day, now: at(12, 30), issuedToday: 0) == .closed)            // lunch
        #expect(rule.decide(day: day, now: at(16, 29), issuedToday: 1) == .allowed)
        #expect(rule.decide(day: day, now: at(16, 30), issuedToday: 1) == .afterCutoff)
        #expect(rule.decide(day: day, now: at(10, 0), issuedToday: 2) == .quotaReached)
        let closed = OpeningDay(date: LocalDate(2026, 12, 24), ranges: [], shortened: false, closedReason: .holiday, note: nil)
        #expect(rule.decide(day: closed, now: at(10, 0), issuedToday: 0) == .closed)
    }

    @Test func dueAppointmentsFirstThenWalkInsByWaitThenEarlyAppointments() {
        let now = at(10, 0)
        let early = CallOrder.Candidate(id: UUID(), kind: .appointment, appointmentStart: at(10, 30), checkedInAt: at(9, 40))
        let due2 = CallOrder.Candidate(id: UUID(), kind: .appointment, appointmentStart: at(10, 0), checkedInAt: at(9, 50))
        let due1 = CallOrder.Candidate(id: UUID(), kind: .appointment, appointmentStart: at(9, 50), checkedInAt: at(9, 52))
        let walkLong = CallOrder.Candidate(id: UUID(), kind: .walkIn, appointmentStart: nil, checkedInAt: at(9, 30))
        let walkShort = CallOrder.Candidate(id: UUID(), kind: .walkIn, appointmentStart: nil, checkedInAt: at(9, 55))
        let all = [early, walkShort, due2, walkLong, due1]
        #expect(CallOrder.standard.order(all, now: now, appointmentStreak: 0)
                == [due1.id, due2.id, walkLong.id, walkShort.id, early.id])
        // After three appointment calls, a walk-in waiting over 20 minutes goes first …
        #expect(CallOrder.standard.order(all, now: now, appointmentStreak: 3).first == walkLong.id)
        // … but not one who has waited only 5.
        #expect(CallOrder.standard.order([due1, walkShort], now: now, appointmentStreak: 3).first == due1.id)
        // The numbers are the office's.
        let strict = CallOrder(appointmentsBeforeWalkIn: 1, walkInWaitMinutes: 0)
        #expect(strict.order([due1, walkShort], now: now, appointmentStreak: 1).first == walkShort.id)
        #expect(CallOrder.streak(after: .appointment, was: 2) == 3)
        #expect(CallOrder.streak(after: .walkIn, was: 2) == 0)
    }

    @Test func queueTransitionsAllowOnlyWhatACounterCanDo() {
        #expect(QueueAction.start.next(from: .called, recalls: 0) == .serving)
        #expect(QueueAction.start.next(from: .waiting, recalls: 0) == nil)
        #expect(QueueAction.finish.next(from: .serving, recalls: 0) == .done)
        #expect(QueueAction.finish.next(from: .called, recalls: 0) == nil)
        #expect(QueueAction.recall.next(from: .called, recalls: 2) == .called)
        #expect(QueueAction.recall.next(from: .called, recalls: 3) == nil)
        #expect(QueueAction.noShow.next(from: .called, recalls: 1) == .noShow)
        #expect(QueueAction.noShow.next(from: .serving, recalls: 0) == nil)
        #expect(QueueAction.park.next(from: .serving, recalls: 0) == .parked)
        #expect(QueueAction.resume.next(from: .parked, recalls: 0) == .waiting)
        #expect(QueueAction.transfer.next(from: .serving, recalls: 0) == .waiting)
        #expect(QueueAction.transfer.next(from: .done, recalls: 0) == nil)
    }

    @Test func queueNumbersHaveAServiceLetterAndThreeDigits() {
        #expect(QueueNumber.prefix(sortOrder: 1) == "A")
        #expect(QueueNumber.prefix(sortOrder: 9) == "J")                  // I skipped
        #expect(QueueNumber.format(prefix: "A", sequence: 7) == "A007")
        #expect(QueueNumber.format(prefix: "B", sequence: 1234) == "B1234")
    }
}

@Suite("Call order ties")
struct CallOrderTieTests {
    @Test func withinTheSameSecondTheLowerNumberGoesFirst() {
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        let entries = (1...5).map { n in
            CallOrder.Candidate(id: UUID(), kind: .walkIn, appointmentStart: nil, checkedInAt: at, number: String(format: "A%03d", n))
        }
        #expect(CallOrder.standard.order(entries.shuffled(), now: at, appointmentStreak: 0) == entries.map(\.id))
    }
}

@Suite("Visit statistics")
struct VisitStatisticsTests {
    @Test func waitingAndServiceTimesNoShowsAndCallsPerCounter() {
        let day = LocalDate(2026, 12, 22)
        func at(_ h: Int, _ m: Int) -> Date { RigaTime.instant(day, TimeOfDay(h, m)) }
        func entry(_ n: String, _ service: String, _ status: QueueEntry.Status, checkIn: Date, called: Date?, started: Date?,
                   finished: Date?, counter: String?) -> QueueEntry {
            QueueEntry(id: UUID(), officeSlug: "ogre", serviceSlug: service, day: day, number: n, kind: .walkIn, status: status,
                       appointmentStart: nil, bookingID: nil, checkedInAt: checkIn, calledAt: called, startedAt: started,
                       finishedAt: finished, counter: counter, recalls: 0)
        }
        let stats = VisitStatistics(entries: [
            entry("A001", "passport", .done, checkIn: at(9, 0), called: at(9, 10), started: at(9, 11), finished: at(9, 21), counter: "1"),
            entry("A002", "passport", .done, checkIn: at(9, 0), called: at(9, 30), started: at(9, 31), finished: at(9, 35), counter: "2"),
            entry("A003", "passport", .noShow, checkIn: at(9, 5), called: at(9, 40), started: nil, finished: nil, counter: "1"),
            entry("B001", "eid-card", .waiting, checkIn: at(9, 50), called: nil, started: nil, finished: nil, counter: nil),
        ])
        let passport = try? #require(stats.rows.first { $0.serviceSlug == "passport" })
        #expect(passport?.visits == 3 && passport?.served == 2 && passport?.noShows == 1)
        #expect(passport?.medianWaitMinutes == 30 && passport?.meanWaitMinutes == 25)       // 10, 30, 35
        #expect(passport?.meanServiceMinutes == 7 && passport?.medianServiceMinutes == 7)     // 10 and 4
        #expect(stats.rows.first { $0.serviceSlug == "eid-card" }?.meanWaitMinutes == nil)
        #expect(stats.callsPerCounter.map(\.counter) == ["1", "2"] && stats.callsPerCounter.map(\.calls) == [2, 1])
        #expect(stats.csv.hasPrefix("day,service,visits"))
        #expect(stats.csv.contains("2026-12-22,passport,3,2,1,25.0,30.0,7.0,7.0\r\n"))
    }
}

@Suite("Closing time and transfers to a counter")
struct ClosingRuleTests {
    let date = LocalDate(2026, 12, 22)
    var day: OpeningDay {
        OpeningDay(date: date, ranges: [TimeRange(TimeOfDay(9, 0), TimeOfDay(12, 0)), TimeRange(TimeOfDay(13, 0), TimeOfDay(17, 0))],
                   shortened: false, closedReason: nil, note: nil)
    }

    @Test func theQueueClosesWithPassesOnlyAfterReceptionAndOnlyIfTheOfficeSaysSo() {
        let offer = ClosingRule(policy: .offerBooking)
        #expect(ClosingRule.receptionEnds(day) == RigaTime.instant(date, TimeOfDay(17, 0)))
        #expect(!offer.mayClose(day, now: RigaTime.instant(date, TimeOfDay(12, 30))))      // lunch is not closing
        #expect(!offer.mayClose(day, now: RigaTime.instant(date, TimeOfDay(16, 59))))
        #expect(offer.mayClose(day, now: RigaTime.instant(date, TimeOfDay(17, 0))))
        #expect(!ClosingRule(policy: .serve).mayClose(day, now: RigaTime.instant(date, TimeOfDay(18, 0))))
        let holiday = OpeningDay(date: LocalDate(2026, 12, 24), ranges: [], shortened: false, closedReason: .holiday, note: nil)
        #expect(ClosingRule.isOver(holiday, now: RigaTime.instant(LocalDate(2026, 12, 24), TimeOfDay(10, 0))))
    }

    @Test func aPassOpensDaysBeyondThePublicWindowForItsDaysAndOnce() {
        let rule = ClosingRule(policy: .offerBooking, passValidDays: 14, extraDaysAhead: 10)
        let issued = RigaTime.instant(date, TimeOfDay(17, 5))
        let schedule = rule.prioritySchedule(.standard)
        // The public sees 14 days from today's 08:00 release; the pass holder 24, at any hour, with the same lead.
        #expect(ReleaseSchedule.standard.lastBookableDate(now: issued) == date.adding(days: 14))
        #expect(schedule.lastBookableDate(now: issued) == date.adding(days: 24))
        #expect(schedule.lastBookableDate(now: RigaTime.instant(date.next, TimeOfDay(0, 30))) == date.adding(days: 25))
        #expect(schedule.minimumLeadMinutes == ReleaseSchedule.standard.minimumLeadMinutes)
        let pass = PriorityPass(id: UUID(), officeSlug: "ogre", serviceSlug: "passport", number: "A007", issuedAt: issued,
                                expiresAt: rule.passExpiry(issuedAt: issued), bookingID: nil)
        #expect(pass.state(at: issued.addingTimeInterval(13 * 86400)) == .usable)
        #expect(pass.state(at: issued.addingTimeInterval(14 * 86400)) == .expired)
        let used = PriorityPass(id: pass.id, officeSlug: "ogre", serviceSlug: "passport", number: "A007", issuedAt: issued,
                                expiresAt: pass.expiresAt, bookingID: UUID())
        #expect(used.state(at: issued) == .used)
        #expect(VisitSettings(closing: ClosingRule(passValidDays: 0)).problems() == [.passValidDays])
    }

    @Test func aTransferredClientGoesFirstAtTheirCounterAndNowhereElse() {
        let now = RigaTime.instant(date, TimeOfDay(10, 0))
        let waitedLong = CallOrder.Candidate(id: UUID(), kind: .walkIn, appointmentStart: nil,
                                             checkedInAt: now.addingTimeInterval(-3600), number: "A001")
        let sent = CallOrder.Candidate(id: UUID(), kind: .walkIn, appointmentStart: nil, checkedInAt: now.addingTimeInterval(-60),
                                       number: "A009", directedTo: "5")
        let order = CallOrder.standard
        #expect(order.order([waitedLong, sent], now: now, appointmentStreak: 0, counter: "5") == [sent.id, waitedLong.id])
        #expect(order.order([waitedLong, sent], now: now, appointmentStreak: 0, counter: "2") == [waitedLong.id])
    }
}
