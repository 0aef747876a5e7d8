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
                         "unsigned": "yes", "howToSubmit": "HOW", "agencyPhone": "67209400", "text": "TEXT", "reason": "REASON",
                         "outcome": "OUTCOME", "legalBasis": "BASIS", "appeal": "APPEAL", "institution": "VID",
                         "institutionAddress": "ADDR", "institutionEmail": "vid@vid.gov.lv", "from": "FROM", "submissionText": "SUB"]
        // The forwarding goes to an institution in the state language only.
        for language in purpose == .forwarding ? [Language.lv] : Language.allCases {
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

    // MARK: The composer, the notification day and corrections (issue 15, items 1, 5, 6)

    func aCase(trust: SubmissionTrust = .signed, email: String? = "janis@example.lv", code: String? = "161175-19997",
               language: Language = .lv) -> SubmissionCase {
        SubmissionCase(id: UUID(), reference: "IES-2026-000123", officeSlug: "ogre", channel: .post, trust: trust,
                       receivedAt: RigaTime.instant(LocalDate(2026, 12, 3), TimeOfDay(9, 0)),
                       submitter: .init(name: "Jānis", surname: "Ozols", personalCode: code, email: email, postalAddress: "Brīvības iela 1, Ogre"),
                       subject: "Pase", text: "Kad būs gatava?", language: language, moreInformationReason: nil, term: .oneMonth,
                       dueDate: LocalDate(2027, 1, 4), referralDueDate: LocalDate(2026, 12, 10), status: .open, assignedTo: nil,
                       suspension: nil, referral: nil, decision: nil, messageID: nil, divisionAddress: nil, complaint: nil,
                       copyHandedOverAt: nil, version: 1)
    }

    var signer: LetterSender {
        guard case .success(let s) = Signatory.of(full) else { return .office(name: LetterFrame.agencyName, phone: "") }
        return .person(s)
    }

    func compose(_ r: LetterComposer.Request, _ c: SubmissionCase? = nil) -> Result<CaseLetter, CaseWork.Refusal> {
        LetterComposer.compose(r, for: c ?? aCase(), id: UUID(), at: Date(timeIntervalSince1970: 0), agency: .seed, from: signer)
    }

    @Test(arguments: Language.allCases)
    func aTemplateLetterHasTheCasesFactsTheOfficersWordsAndTheFrame(language: Language) throws {
        let letter = try compose(.init(template: .moreInformation, language: language, channel: .email,
                                       variables: ["reason": "REASON-X"])).get()
        #expect(letter.purpose == .moreInformation && letter.language == language && letter.address == "janis@example.lv")
        #expect(letter.subject.contains("IES-2026-000123") && letter.body.contains("REASON-X") && letter.body.contains(MessageTexts.of(language).date(LocalDate(2027, 1, 4))))
        #expect(LetterFrame.isFramed(letter.body, addressee: "Jānis Ozols", from: signer, language: language))
        // An unsigned submission's general information says how to submit properly (K-UNSIGNED); a signed one's does not.
        let howTo = CaseLetters.howToSubmit(language, agency: .seed)
        let unsigned = try compose(.init(template: .generalInformation, language: language, channel: .post, text: "T"), aCase(trust: .unsigned)).get()
        let signed = try compose(.init(template: .generalInformation, language: language, channel: .post, text: "T")).get()
        #expect(unsigned.body.contains(howTo) && !signed.body.contains(howTo))
    }

    @Test func theComposerRefusesWhatWouldMakeABadLetterAndNamesTheField() {
        func fields(_ r: LetterComposer.Request, _ c: SubmissionCase? = nil) -> [String] {
            guard case .failure(let refusal) = compose(r, c) else { return [] }
            return refusal.fields.map(\.name)
        }
        #expect(fields(.init(channel: .post)) == ["subject", "text"])
        #expect(fields(.init(channel: .post, subject: "A\nBcc: x@y.lv", text: "T")) == ["subject"])
        #expect(fields(.init(channel: .post, subject: "A", text: String(repeating: "x", count: LetterComposer.Limits.text + 1))) == ["text"])
        #expect(fields(.init(template: .generalInformation, channel: .post, variables: ["agencyPhone": "1"])) == ["variables/agencyPhone"])
        #expect(fields(.init(channel: .email, subject: "A", text: "T"), aCase(email: nil)) == ["channel"])
        // A decision is written by deciding, not picked in the composer.
        #expect(fields(.init(template: .decision, channel: .post)) == ["template"])
        #expect(fields(.init(channel: .eAddress, subject: "A", text: "T"), aCase(code: nil)) == ["channel"])
        // The e-address of a person is under their personal code; a letter to print needs no address.
        #expect((try? compose(.init(channel: .eAddress, subject: "A", text: "T")).get())?.address == "_DEFAULT@161175-19997")
        #expect((try? compose(.init(channel: .post, subject: "A", text: "T"), aCase(email: nil, code: nil)).get())?.channel == nil)
    }

    @Test func aLetterToTheEAddressCountsAsNotifiedOnTheSecondWorkingDayOneByPostOnTheSeventhDay() {
        let calendar = WorkingCalendar()
        let rule = NotificationRule.standard
        // Wednesday 23 December 2026: 24–26 are holidays, 28 the 1st working day, 29 the 2nd.
        #expect(rule.notifiedOn(sentOn: LocalDate(2026, 12, 23), channel: .eAddress, calendar: calendar) == LocalDate(2026, 12, 29))
        #expect(rule.notifiedOn(sentOn: LocalDate(2026, 12, 23), channel: .post, calendar: calendar) == LocalDate(2026, 12, 30))
        #expect(rule.notifiedOn(sentOn: LocalDate(2026, 12, 23), channel: .email, calendar: calendar) == nil)
        // Configurable (FACTS.md §2 marks the periods unverified).
        let other = NotificationRule(eAddressWorkingDays: 5, postDays: 10)
        #expect(other.notifiedOn(sentOn: LocalDate(2026, 12, 23), channel: .eAddress, calendar: calendar) == LocalDate(2027, 1, 5))
        let event = CaseEvent.letterDelivered(UUID(), notifiedOn: LocalDate(2026, 12, 29), at: Date())
        #expect(event.deliveredLetter?.notifiedOn == LocalDate(2026, 12, 29))
    }

    func sentMessage(channel: OutboxMessage.Channel = .email, language: Language = .lv, status: OutboxMessage.Status = .sent) -> OutboxMessage {
        var m = OutboxMessage(kind: .confirmation, channel: channel, recipient: channel == .sms ? "+37120000000" : "janis@example.lv",
                              language: language, subject: language == .lv ? "Pieraksts apstiprināts" : "Booking confirmed",
                              body: MessageTexts.of(language).greeting("Jānis Ozols") + "\n\nText", sendAfter: Date(timeIntervalSince1970: 0),
                              bookingID: UUID(), officeSlug: "ogre", clientID: UUID(), status: status)
        m.delivery.sentAt = RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(10, 0))
        return m
    }

    @Test(arguments: Language.allCases)
    func aCorrectionGreetsTheSamePersonQuotesTheErrorApologisesAndIsSigned(language: Language) throws {
        let original = sentMessage(language: language)
        let fix = try MessageCorrection.compose(original, wrong: "10.00", right: "11.00", id: UUID(), at: Date(), from: signer).get()
        #expect(fix.kind == .correction && fix.correctsID == original.id && fix.channel == .email && fix.recipient == original.recipient)
        #expect(fix.language == language && fix.bookingID == original.bookingID && fix.clientID == original.clientID)
        #expect(fix.body.hasPrefix(MessageTexts.of(language).greeting("Jānis Ozols")))
        #expect(fix.body.contains(MessageTexts.of(language).date(LocalDate(2026, 12, 21))))
        #expect(fix.body.contains(language == .lv ? "Atvainojamies" : "We apologise"))
        #expect(LetterFrame.isFramed(fix.body, addressee: "Jānis Ozols", from: signer, language: language))
        // A text message stays short; an unsent message is not corrected; nothing changed is no correction.
        let sms = try MessageCorrection.compose(sentMessage(channel: .sms, language: language), wrong: "10.00", right: "11.00", id: UUID(),
                                                at: Date(), from: signer).get()
        #expect(SMS.segments(sms.body) <= SMS.maximumSegments && sms.body.contains("11.00"))
        #expect(MessageCorrection.compose(sentMessage(status: .queued), wrong: "a", right: "b", id: UUID(), at: Date(), from: signer)
                == .failure(.init([.init("messageId", .notSent)])))
        #expect(MessageCorrection.compose(original, wrong: " a ", right: "a", id: UUID(), at: Date(), from: signer)
                == .failure(.init([.init("right", .unchanged)])))
    }

    @Test func aCaseLetterIsCorrectedByItsOfficeAndAnyOtherMessageByItsMailboxReaders() {
        let officer = StaffPrincipal(userID: "o", roles: [.caseOfficer], offices: ["ogre"])
        let supervisor = StaffPrincipal(userID: "s", roles: [.supervisor], offices: ["ogre"])
        let auditor = StaffPrincipal(userID: "a", roles: [.auditor], offices: [])
        var letter = sentMessage()
        letter.caseID = UUID()
        #expect(MessageCorrection.mayCorrect(officer, letter) && MessageCorrection.mayCorrect(supervisor, letter))
        #expect(!MessageCorrection.mayCorrect(officer, sentMessage()) && MessageCorrection.mayCorrect(supervisor, sentMessage()))
        #expect(!MessageCorrection.mayCorrect(auditor, letter))
        #expect(!MessageCorrection.mayCorrect(StaffPrincipal(userID: "r", roles: [.supervisor], offices: ["riga-1"]), sentMessage()))
    }

    /// S-REFER from the template catalogue: the forwarding in Latvian with the submission's text,
    /// the submitter's notice in their language naming where it went; both framed and signed.
    @Test func theReferralLettersComeFromTheirTemplatesFramedAndSigned() {
        let vid = Institution(id: "vid", name: LocalizedText(lv: "Valsts ieņēmumu dienests", en: "State Revenue Service"),
                              eAddress: nil, email: "vid@vid.gov.lv", postalAddress: "Talejas iela 1, Rīga", active: true)
        let c = aCase(language: .en)
        let forwarding = CaseLetters.forwarding(c, to: vid, id: UUID(), at: Date(), from: signer)
        #expect(forwarding.language == .lv && forwarding.subject == "Iesnieguma pārsūtīšana (IES-2026-000123)")
        #expect(forwarding.body.contains("saņēma Jānis Ozols iesniegumu \"Pase\" (reģ. Nr. IES-2026-000123). Tā izskatīšana nav"))
        #expect(forwarding.body.contains("Iesnieguma teksts:\nKad būs gatava?"))
        #expect(LetterFrame.isFramed(forwarding.body, addressee: nil, from: signer, language: .lv))
        let notice = CaseLetters.referralNotice(c, to: vid, id: UUID(), at: Date(), from: signer)
        #expect(notice.subject == "Your submission was forwarded (IES-2026-000123)")
        #expect(notice.body.contains("forwarded it to State Revenue Service (Talejas iela 1, Rīga, vid@vid.gov.lv), which will answer you."))
        #expect(LetterFrame.isFramed(notice.body, addressee: "Jānis Ozols", from: signer, language: .en))
    }
}
