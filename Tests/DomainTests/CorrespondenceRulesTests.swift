import Domain
import Foundation
import Testing

/// Issue 15, item 1: every letter greets and signs (S-MAIL-FORM); templates fill their variables
/// and keep or drop their blocks in both languages; case letters know how they leave.
@Suite("Letters: signature, frame, templates, channels")
struct CorrespondenceRulesTests {
    let full = StaffUser(email: "a@pmlp.gov.lv", name: "Anna", surname: "Liepa", unit: "Ogres nodaļa", position: "Referente",
                         phone: "65000000", roles: [.caseOfficer], offices: ["ogre"])

    @Test func aProfileSignsOnlyWhenNothingIsMissing() {
        guard case .success(let s) = Signatory.of(full) else { Issue.record("a full profile signs"); return }
        #expect(s.closing(.en) == ["Kind regards,", "Anna Liepa", "Referente, Ogres nodaļa", "Office of Citizenship and Migration Affairs",
                                   "Phone 65000000"])
        var partial = full
        partial.unit = nil
        partial.phone = " "
        #expect(Signatory.of(partial) == .failure(SignatureIncomplete(missing: [.unit, .phone])))
    }

    @Test func theFrameGreetsTheAddresseeAndEndsWithTheSignature() throws {
        guard case .success(let s) = Signatory.of(full) else { return }
        let body = LetterFrame.framed("\n  Jūsu pase ir gatava.\n", addressee: "Jānis Ozols", from: .person(s), language: .lv)
        #expect(body == "Labdien, Jānis Ozols!\n\nJūsu pase ir gatava.\n\nAr cieņu\nAnna Liepa\nReferente, Ogres nodaļa\n"
                + "Pilsonības un migrācijas lietu pārvalde\nTālrunis 65000000")
        #expect(LetterFrame.isFramed(body, addressee: "Jānis Ozols", from: .person(s), language: .lv))
        #expect(!LetterFrame.isFramed("Jūsu pase ir gatava.", addressee: "Jānis Ozols", from: .person(s), language: .lv))
        #expect(LetterFrame.framed("x", addressee: nil, from: .person(s), language: .en).hasPrefix("Hello,\n"))
    }

    @Test func templatesFillVariablesAndKeepOrDropBlocks() throws {
        let text = "A {{x}}.{{#reason}} Because {{reason}}.{{/reason}}{{^reason}} No reason.{{/reason}}"
        #expect(try LetterTemplate.render(text, ["x": "1", "reason": "it rained"]) == "A 1. Because it rained.")
        #expect(try LetterTemplate.render(text, ["x": "1", "reason": "  "]) == "A 1. No reason.")
        #expect(throws: LetterTemplate.Problem.missingVariable("x")) { try LetterTemplate.render(text, [:]) }
        #expect(throws: LetterTemplate.Problem.unclosedBlock("r")) { try LetterTemplate.render("{{#r}}open", ["r": "1"]) }
    }

    @Test(arguments: LetterTemplate.Purpose.allCases)
    func everyTemplateRendersInBothLanguagesWithTheCasesVariables(purpose: LetterTemplate.Purpose) throws {
        let variables = ["reference": "IES-2026-000123", "subject": "Pase", "received": "03.12.2026.", "due": "17.12.2026.",
                         "unsigned": "yes", "howToSubmit": "HOW", "agencyPhone": "67209400", "text": "TEXT", "reason": "REASON"]
        for language in Language.allCases {
            let t = LetterTemplate.of(purpose, language)
            #expect(t.purpose == purpose && t.language == language)
            let (subject, content) = try t.rendered(variables)
            #expect(subject.contains("IES-2026-000123") && content.contains("IES-2026-000123"))
            #expect(!content.contains("{{") && !subject.contains("{{"))
        }
    }

    @Test func aCaseLetterLeavesByEmailByEAddressOrIsPrinted() {
        func letter(_ address: String?) -> CaseLetter {
            CaseLetter(id: UUID(), purpose: .decision, language: .lv, recipient: "Jānis", address: address, subject: "S", body: "B",
                       createdAt: Date(timeIntervalSince1970: 0))
        }
        #expect(letter("janis@example.lv").channel == .email)
        #expect(letter("_DEFAULT@90000069281").channel == .eAddress)
        #expect(letter("Brīvības iela 1, Rīga, LV-1010").channel == nil)
        #expect(letter(nil).channel == nil)
        let caseID = UUID()
        let m = letter("janis@example.lv").outboxMessage(caseID: caseID, officeSlug: "ogre", clientID: nil)
        #expect(m?.kind == .letter && m?.caseID == caseID && m?.recipient == "janis@example.lv")
        #expect(!EAddress.isValid("_default@900") && !EAddress.isValid("DEFAULT@90000069281") && EAddress.isValid("_PRIVATE@32000000001"))
    }
}
