import Domain
import Foundation
import Testing

/// Issue 14's smaller rules, as plain Swift: what a file may be, how a legal basis is cited, what
/// the supervisor's message says, and who the catalogue offers.
@Suite("Case rules (issue 14)")
struct CaseRulesTests {
    @Test func aFileIsTakenByWhatItIsNotWhatItsNameClaimsAndNeverWithAPath() {
        #expect(AttachmentRule.safeName("C:\\Users\\anna\\vēstule.pdf") == "vēstule.pdf")
        #expect(AttachmentRule.safeName("../../etc/passwd") == "passwd")
        #expect(AttachmentRule.safeName("\"\u{0}") == "attachment")
        let pdf = AttachmentRule.Candidate(fileName: "scan.PDF", mediaType: "application/octet-stream", data: [1])
        #expect(AttachmentRule.mediaType(of: pdf) == "application/pdf")
        let lying = AttachmentRule.Candidate(fileName: "setup.exe", mediaType: "application/pdf", data: [1])
        #expect(AttachmentRule.mediaType(of: lying) == nil)
        let big = AttachmentRule.Candidate(fileName: "a.png", mediaType: "image/png", data: [UInt8](repeating: 0, count: AttachmentRule.maximumSize + 1))
        #expect(AttachmentRule.check([big, lying]).map(\.issue) == [.tooLarge, .typeNotAccepted])
        #expect(AttachmentRule.check(Array(repeating: pdf, count: 11)).first?.issue == .tooMany)
    }

    @Test func aLegalBasisIsCitedAsLatvianAndEnglishLettersCiteIt() {
        let acts = LegalAct.seed
        #expect(LegalAct.cite(LegalBasis(act: "imigracijas-likums", section: "34", paragraph: "1"), language: .lv, acts: acts)
                == "Imigrācijas likuma 34. panta 1. daļa")
        #expect(LegalAct.cite(LegalBasis(act: "iesniegumu-likums", section: "5"), language: .lv, acts: acts) == "Iesniegumu likuma 5. pants")
        #expect(LegalAct.cite(LegalBasis(act: "imigracijas-likums", section: "34", paragraph: "1"), language: .en, acts: acts)
                == "Immigration Law, Section 34(1)")
        #expect(CaseWork.isSection("5.1") && CaseWork.isSection("34") && !CaseWork.isSection("§3") && !CaseWork.isSection("1."))
    }

    @Test func theMorningMessageNamesReferencesAndDatesOnly() throws {
        let office = try #require(PMLPSeed.offices.first { $0.slug == "ogre" })
        let text = DeadlineDigest.message(office: office, overdue: [.init(reference: "IES-2026-AAAAAA", due: LocalDate(2026, 11, 16))],
                                          soon: [], link: "https://apkalpe.example/staff/cases?due=overdue")
        #expect(text.subject.contains("Ogres nodaļa"))
        #expect(text.body.contains("nokavēti 1") && text.body.contains("IES-2026-AAAAAA") && text.body.contains("1 overdue, 0 due within 3"))
    }

    @Test func onlyActiveEntriesAreOfferedButOldOnesStillNameWhatCasesPointAt() {
        var catalogue = CaseCatalogue.seed
        catalogue.institutions = catalogue.institutions.map {
            $0.id == "vid" ? Institution(id: "vid", name: $0.name, eAddress: nil, email: $0.email, postalAddress: $0.postalAddress, active: false) : $0
        }
        #expect(catalogue.institution("vid") == nil && catalogue.anyInstitution("vid") != nil)
        #expect(!catalogue.activeInstitutions.contains { $0.id == "vid" })
        #expect(CaseCatalogueRule.act(id: "a", nameLv: "X", nameEn: nil, active: true) == .failure(.init(fields: [.init("id", .notAnID)])))
    }
}
