import Testing
@testable import Domain

/// Issue 16, item 2: who gets a lost manage link.
@Suite("Find my booking: where a lost link may go")
struct LostBookingLinkTests {
    let key: String = {
        guard case .success(let code) = PersonalCode.parse("161175-19997") else { return "" }
        return Client.Identity.personalCode(code).personKey
    }()

    func to(_ typed: String, phone: String? = "+37120000000", email: String? = "janis@example.lv") -> LostBookingLink.Recipients? {
        LostBookingLink.recipients(typed: typed, phone: phone, email: email, personKey: key)
    }

    @Test func theBookingsOwnPhoneInAnySpellingGetsItAlone() {
        let phoneOnly = LostBookingLink.Recipients(phone: "+37120000000", email: nil)
        #expect(to("20000000") == phoneOnly)
        #expect(to("+371 2000 0000") == phoneOnly)
        #expect(to("00371-20000000") == phoneOnly)
    }

    @Test func theBookingsOwnEmailInAnyCaseGetsItAlone() {
        #expect(to(" Janis@Example.LV ") == LostBookingLink.Recipients(phone: nil, email: "janis@example.lv"))
    }

    @Test func thePersonalCodeSendsItToEveryContactOnTheBooking() {
        #expect(to("161175-19997") == LostBookingLink.Recipients(phone: "+37120000000", email: "janis@example.lv"))
        #expect(to("16117519997") == LostBookingLink.Recipients(phone: "+37120000000", email: "janis@example.lv"))
    }

    @Test func anythingElseGoesNowhere() {
        #expect(to("20000001") == nil)                      // another phone
        #expect(to("someone@example.lv") == nil)            // an address not on the booking
        #expect(to("32000000001") == nil)                   // another person's code
        #expect(to("") == nil)
        #expect(to("Jānis") == nil)
        #expect(to("janis@example.lv", email: nil) == nil)  // the booking has no e-mail
    }
}
