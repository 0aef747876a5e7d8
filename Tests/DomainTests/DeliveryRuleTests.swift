import Domain
import Foundation
import Testing

/// Issue 15, item 2: the retry schedule and what an attempt's outcome makes of a message; the
/// HTML part says what the text says.
@Suite("Delivery rule and the HTML part of messages")
struct DeliveryRuleTests {
    let rule = DeliveryRule.standard
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func pausesDoubleFromAMinuteUpToTwoHours() {
        #expect((1...9).map { rule.pause(after: $0) } == [60, 120, 240, 480, 960, 1920, 3840, 7200, 7200])
    }

    @Test func aTemporaryFailureWaitsThenGivesUpOnTheLastAttempt() {
        let again = rule.next(after: .temporaryFailure("451 4.3.0 Busy"), attempt: 3, now: now)
        #expect(again.status == .temporaryFailure)
        #expect(again.nextAttemptAt == now.addingTimeInterval(240))
        #expect(again.lastError == "451 4.3.0 Busy")
        let last = rule.next(after: .temporaryFailure("451 4.3.0 Busy"), attempt: rule.maximumAttempts, now: now)
        #expect(last.status == .permanentFailure && last.nextAttemptAt == nil)
        #expect(last.lastError?.contains("gave up after 8 attempts") == true)
    }

    @Test func aPermanentFailureEndsAtOnceAndASentMessageKeepsTheRelaysID() {
        #expect(rule.next(after: .permanentFailure("550 5.1.1 No such mailbox"), attempt: 1, now: now).status == .permanentFailure)
        let sent = rule.next(after: .sent(providerID: "Ok: queued as 4F2A"), attempt: 2, now: now)
        #expect(sent.status == .sent && sent.sentAt == now && sent.providerMessageID == "Ok: queued as 4F2A" && sent.lastError == nil)
    }

    @Test func aRelaysLongOrMultiLineAnswerIsKeptAsOneShortLine() {
        let next = rule.next(after: .temporaryFailure("451\r\n" + String(repeating: "x", count: 1000)), attempt: 1, now: now)
        #expect(next.lastError?.count == 300)
        #expect(next.lastError?.contains("\n") == false)
    }

    @Test func theHTMLPartEscapesTheTextAndLinksItsAddresses() {
        let html = MessageHTML.render("Labdien, <Jānis>!\n\nPārvaldīt: https://apkalpe.pmlp.gov.lv/p/AB12?token=x&y=1.\nAr cieņu")
        #expect(html.contains("<p>Labdien, &lt;Jānis&gt;!</p>"))
        #expect(html.contains("<a href=\"https://apkalpe.pmlp.gov.lv/p/AB12?token=x&amp;y=1\">https://apkalpe.pmlp.gov.lv/p/AB12?token=x&amp;y=1</a>.<br>"))
        #expect(!html.contains("<Jānis>"))
    }
}
