import Domain
import Testing
@testable import Web

/// Issue 13, defect 8: wherever a number meets a noun the noun follows it, in both languages
/// ("21 dienas laikā", not "21 dienu laikā"; "1 day", not "1 days").
@Suite("Numbers and nouns agree")
struct PluralWordingTests {
    @Test func termsAndTitlesAgreeWithTheirNumber() {
        let lv = Strings.lv, en = Strings.en
        #expect(lv.term(.days(21)) == "21 dienas laikā")
        #expect(lv.term(.days(30)) == "30 dienu laikā")
        #expect(lv.term(.workingDays(1)) == "1 darbdienas laikā")
        #expect(lv.term(.workingDays(10)) == "10 darbdienu laikā")
        #expect(en.term(.workingDays(1)) == "within 1 working day")
        #expect(en.term(.days(21)) == "within 21 days")
        #expect(lv.nextDaysTitle(21).hasSuffix("nākamajā 21 dienā"))
        #expect(lv.nextDaysTitle(14).hasSuffix("nākamajās 14 dienās"))
        #expect(en.nextDaysTitle(1).hasSuffix("next 1 day"))
    }

    @Test func countsOfPassesMinutesAndBookingsAgree() {
        #expect(CounterStrings.of(.lv).passesIntro(1).contains("1 karte."))
        #expect(CounterStrings.of(.lv).passesIntro(3).contains("3 kartes."))
        #expect(CounterStrings.of(.en).passesIntro(1).contains("1 pass."))
        #expect(WaitlistStrings.of(.lv).joinIntro(21).contains("21 minūti."))
        #expect(WaitlistStrings.of(.en).joinIntro(1).contains("1 minute."))
        #expect(ProblemStrings.of(.lv).contactCap(1).contains("1 aktīvs pieraksts"))
        #expect(ProblemStrings.of(.lv).tooManyRequests(1).contains("pēc 1 sekundes"))
        #expect(ProblemStrings.of(.lv).tooManyRequests(5).contains("pēc 5 sekundēm"))
    }
}
