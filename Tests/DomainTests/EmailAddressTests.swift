import Testing
@testable import Domain

/// Issue 13, defect 6: an e-mail address has a form; internationalised ones keep working.
@Suite("E-mail addresses")
struct EmailAddressTests {
    @Test(arguments: ["janis@example.lv", "j.ozols+pmlp@pmlp.gov.lv", "jānis@pārvalde.lv", "info@xn--prvalde-cta.lv",
                      "a@b.co", "o'brien@example.ie"])
    func acceptsRealAddresses(_ text: String) { #expect(EmailAddress.isValid(text)) }

    @Test(arguments: ["janis", "janis@", "@example.lv", "janis@example", "janis@@example.lv", "jan is@example.lv",
                      "janis@exa mple.lv", ".janis@example.lv", "janis.@example.lv", "ja..nis@example.lv",
                      "janis@-example.lv", "janis@example-.lv", "janis@example..lv", "janis@example.1", "<janis@example.lv>",
                      "janis@example.lv\n", String(repeating: "a", count: 65) + "@example.lv"])
    func refusesWhatCannotBeDelivered(_ text: String) { #expect(!EmailAddress.isValid(text)) }

    @Test func theFormNamesTheEmailField() {
        let result = PersonDetails.validate(name: "A", surname: "B", personalCode: "32000000001", birthDate: nil,
                                            documentNumber: nil, phone: nil, email: "janis", birthDateField: "dateOfBirth",
                                            requireContact: true, today: LocalDate(2026, 12, 2))
        guard case .failure(let problems) = result else { Issue.record("accepted"); return }
        #expect(problems.fields.map(\.name) == ["email"])
    }
}
