import Domain
import Foundation
import Testing

private func d(_ y: Int, _ m: Int, _ day: Int) -> LocalDate { LocalDate(y, m, day) }

/// Law on Submissions deadlines on the Latvian calendar (FACTS.md §1, §3), on both sides of the
/// amendment of 2026-03-01, across holidays, transferred days, month ends and suspension.
@Suite("Submission deadlines (Law on Submissions, issue 14)")
struct SubmissionDeadlineTests {
    let calendar = WorkingCalendar()

    @Test(arguments: [
        // received, more information needed, last day to answer
        (d(2026, 3, 2), false, d(2026, 3, 16)),    // new rules: 10 working days from the next day
        (d(2026, 3, 1), false, d(2026, 3, 13)),    // received on the amendment's first day (a Sunday): new rules
        (d(2026, 2, 27), false, d(2026, 3, 27)),   // the day before: one month
        (d(2026, 2, 28), false, d(2026, 3, 30)),   // one month ends on Saturday 28 March → Monday
        (d(2026, 1, 31), false, d(2026, 3, 2)),    // 31 January + 1 month = 28 February (a Saturday) → 2 March
        (d(2026, 3, 30), false, d(2026, 4, 15)),   // across Good Friday and Easter Monday
        (d(2026, 4, 28), false, d(2026, 5, 14)),   // across 1 May and the 4 May holiday
        (d(2026, 3, 31), true, d(2026, 4, 30)),    // more information: one month, to the month's last day
        (d(2026, 11, 24), true, d(2026, 12, 28)),  // one month ends on Christmas Eve → after Christmas and the weekend
    ])
    func theAnswerIsDueAsTheLawInForceThatDaySays(received: LocalDate, moreInformation: Bool, due: LocalDate) {
        #expect(SubmissionDeadline.answerDue(received: received, moreInformationNeeded: moreInformation, calendar: calendar) == due)
    }

    @Test func referralIsDueInFiveWorkingDaysOrSevenBeforeTheAmendment() {
        // 7 working days before 2026-03-01, and 2 January 2026 was a transferred day off.
        #expect(SubmissionDeadline.referralDue(received: d(2025, 12, 30), calendar: calendar) == d(2026, 1, 13))
        // The working Saturday of 17 January 2026 counts.
        #expect(SubmissionDeadline.referralDue(received: d(2026, 1, 12), calendar: calendar) == d(2026, 1, 20))
        // 5 working days after, across Midsummer (23-24 June).
        #expect(SubmissionDeadline.referralDue(received: d(2026, 6, 19), calendar: calendar) == d(2026, 6, 30))
    }

    @Test func aTransferRecordedLaterMovesTheDeadline() {
        // Without 2 January as a day off, seven working days from 30 December end a day sooner.
        var adjustments = CalendarAdjustments.enacted
        adjustments.transfers.removeAll { $0.dayOff == d(2026, 1, 2) }
        #expect(SubmissionDeadline.referralDue(received: d(2025, 12, 30), calendar: WorkingCalendar(adjustments: adjustments))
            == d(2026, 1, 12))
    }

    @Test func waitingForTheSubmitterStopsTheClockAndTheAnswerRestartsItWithWhatWasLeft() {
        // 10 working days: due 16 March; stopped on Monday 9 March with 5 working days left
        // (10-13 and 16 March); the answer on 30 March gives them back across Easter.
        let term = SubmissionDeadline.answerTerm(received: d(2026, 3, 2), moreInformationNeeded: false)
        let left = SubmissionDeadline.remaining(term, due: d(2026, 3, 16), suspended: d(2026, 3, 9), calendar: calendar)
        #expect(left == .workingDays(5))
        #expect(SubmissionDeadline.resumedDue(left, resumed: d(2026, 3, 30), calendar: calendar) == d(2026, 4, 8))
        // One month (received before the amendment): due 10 March; stopped on 20 February with 18
        // days left; resumed on 22 April they end on Sunday 10 May → Monday 11 May.
        let month = SubmissionDeadline.answerTerm(received: d(2026, 2, 10), moreInformationNeeded: false)
        #expect(month == .oneMonth)
        let due = SubmissionDeadline.due(month, from: d(2026, 2, 10), calendar: calendar)
        #expect(due == d(2026, 3, 10))
        let days = SubmissionDeadline.remaining(month, due: due, suspended: d(2026, 2, 20), calendar: calendar)
        #expect(days == .days(18))
        #expect(SubmissionDeadline.resumedDue(days, resumed: d(2026, 4, 22), calendar: calendar) == d(2026, 5, 11))
        // Stopped after the day had passed: nothing is left, the answer is due the day it resumes.
        let none = SubmissionDeadline.remaining(term, due: d(2026, 3, 16), suspended: d(2026, 3, 20), calendar: calendar)
        #expect(none == .workingDays(0))
        #expect(SubmissionDeadline.resumedDue(none, resumed: d(2026, 3, 23), calendar: calendar) == d(2026, 3, 23))
    }

    @Test func trustFollowsTheChannelAndTheSignature() {
        #expect(SubmissionTrust.of(channel: .email, signatureVerified: false, senderKnown: true) == .unsigned)
        #expect(SubmissionTrust.of(channel: .email, signatureVerified: true, senderKnown: true) == .signed)
        #expect(SubmissionTrust.of(channel: .webForm, signatureVerified: false, senderKnown: true) == .unsigned)
        #expect(SubmissionTrust.of(channel: .eAddress, signatureVerified: false, senderKnown: true) == .signed)
        #expect(SubmissionTrust.of(channel: .oral, signatureVerified: false, senderKnown: true) == .signed)
        #expect(SubmissionTrust.of(channel: .post, signatureVerified: false, senderKnown: false) == .anonymous)
    }

    @Test func aDecisionCarriesWhatTheLawAsks() {
        let basis = [LegalBasis(act: "Personu apliecinošu dokumentu likums", section: "7", paragraph: "1")]
        // K-UNSIGNED: only general information, whatever else is given.
        #expect(DecisionRule.check(.refused, trust: .unsigned, reason: "x", legalBasis: basis) == [.init("outcome", .unsignedSubmission)])
        #expect(DecisionRule.check(.generalInformation, trust: .unsigned, reason: "Kā iesniegt", legalBasis: []).isEmpty)
        // S-REFUSAL: a reason and a legal basis.
        #expect(DecisionRule.check(.refused, trust: .signed, reason: " ", legalBasis: [LegalBasis(act: " ", section: "")])
            == [.init("reason", .reasonRequired), .init("legalBasis", .legalBasisRequired)])
        #expect(DecisionRule.check(.partlyGranted, trust: .signed, reason: "Daļēji", legalBasis: basis).isEmpty)
        #expect(DecisionRule.check(.granted, trust: .signed, reason: "", legalBasis: []).isEmpty)
        // Only an anonymous submission may be left unexamined.
        #expect(DecisionRule.check(.notExamined, trust: .signed, reason: "Anonīms", legalBasis: []) == [.init("outcome", .notAnonymous)])
        #expect(DecisionRule.check(.notExamined, trust: .anonymous, reason: "Anonīms", legalBasis: []).isEmpty)
        #expect(DecisionOutcome.allCases.filter(\.isUnfavourable) == [.partlyGranted, .refused, .notExamined])
    }

    @Test func theContestPeriodIsAMonthOrAYearWithoutTheNotice() {
        #expect(ContestPeriod.lastDay(enteredIntoForce: d(2026, 12, 29), noticeGiven: true, calendar: calendar) == d(2027, 1, 29))
        #expect(ContestPeriod.lastDay(enteredIntoForce: d(2026, 1, 31), noticeGiven: true, calendar: calendar) == d(2026, 3, 2))
        #expect(ContestPeriod.lastDay(enteredIntoForce: d(2026, 12, 29), noticeGiven: false, calendar: calendar) == d(2027, 12, 29))
    }

    @Test func anUnfavourableDecisionSaysToWhomByWhenAndHowInTheSubmittersLanguage() {
        var agency = AgencyContacts.seed
        agency.email = "apstridesana@pmlp.gov.lv"
        for language in Language.allCases {
            let notice = ContestNotice.make(enteredIntoForce: d(2026, 12, 29), language: language, agency: agency, calendar: calendar)
            #expect(notice.lastDay == d(2027, 1, 29))
            #expect(notice.text.contains(MessageTexts.of(language).date(d(2027, 1, 29))))
            #expect(notice.text.contains(agency.email) && notice.text.contains(agency.postalAddress))
            #expect(notice.text.contains(language == .lv ? "79. panta pirmā daļa" : "Section 79(1)"))
            #expect(notice.text.contains(language == .lv ? "priekšniekam" : "Head of the Office"))
        }
    }

    @Test func anIntakeIsCheckedByFieldAndGetsItsTrustAndDeadlinesOnTheDayItWasReceived() throws {
        let now = RigaTime.instant(d(2026, 12, 21), TimeOfDay(10, 0))
        var letter = SubmissionIntake.Input(channel: .post)
        letter.name = "Jānis"
        letter.surname = "Bērziņš"
        letter.personalCode = "32000000001"
        letter.subject = "Par pasi"
        letter.text = "Lūdzu izsniegt pasi."
        // A letter received before the amendment and registered late keeps the old one-month term.
        letter.receivedAt = RigaTime.instant(d(2026, 2, 27), TimeOfDay(9, 0))
        let old = try SubmissionIntake.check(letter, now: now, calendar: calendar).get()
        #expect(old.trust == .signed && old.answerDue == d(2026, 3, 27) && old.referralDue == d(2026, 3, 10))
        letter.receivedAt = nil
        let today = try SubmissionIntake.check(letter, now: now, calendar: calendar).get()
        // 21 December 2026 + 10 working days: 22, 23, 28, 29, 30 December, 4-8 January.
        #expect(today.answerDue == d(2027, 1, 8))

        var mail = SubmissionIntake.Input(channel: .email)
        mail.name = "Anna"
        mail.surname = "Liepa"
        mail.subject = "Jautājums"
        mail.text = "Kā deklarēt dzīvesvietu?"
        mail.moreInformationNeeded = true
        mail.moreInformationReason = "Jāsazinās ar pašvaldību"
        let unsigned = try SubmissionIntake.check(mail, now: now, calendar: calendar).get()
        #expect(unsigned.trust == .unsigned && unsigned.answerDue == d(2027, 1, 21))

        var bad = SubmissionIntake.Input(channel: .email)
        bad.receivedAt = now.addingTimeInterval(-86_400)
        bad.email = "anna"
        bad.personalCode = "12345"
        bad.text = String(repeating: "x", count: SubmissionIntake.Limits.text + 1)
        bad.moreInformationNeeded = true
        #expect(SubmissionIntake.check(bad, now: now, calendar: calendar) == .failure(.init(fields: [
            .init("name", .required), .init("surname", .required), .init("personalCode", .notAPersonalCode),
            .init("email", .notAnEmail), .init("subject", .required), .init("text", .tooLong),
            .init("moreInformationReason", .required), .init("receivedAt", .notForThisChannel),
        ])))
        letter.receivedAt = now.addingTimeInterval(3_600)
        #expect(SubmissionIntake.check(letter, now: now, calendar: calendar) == .failure(.init(fields: [.init("receivedAt", .inTheFuture)])))
        letter.receivedAt = RigaTime.instant(d(1999, 12, 31), TimeOfDay(9, 0))
        #expect(SubmissionIntake.check(letter, now: now, calendar: calendar) == .failure(.init(fields: [.init("receivedAt", .tooEarly)])))

        var anonymous = SubmissionIntake.Input(channel: .post)
        anonymous.anonymous = true
        anonymous.subject = "Sūdzība"
        anonymous.text = "Bez paraksta."
        let nobody = try SubmissionIntake.check(anonymous, now: now, calendar: calendar).get()
        #expect(nobody.trust == .anonymous && nobody.submitter == nil)
    }
}
