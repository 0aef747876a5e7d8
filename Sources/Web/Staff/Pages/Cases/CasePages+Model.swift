import Domain
import Foundation

/// The submission and case pages (issue 14): the list by due date, the intake form, the case
/// with its actions, the oral submission's printable copy (S-ORAL) and a letter as a page.
enum CasePages {
    struct ListModel: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let cases: [SubmissionCase]
        let status: CaseStatus?
        let due: CaseFilter.Due?
        let mine: Bool
        let today: LocalDate
        let canRegister: Bool
    }

    struct NewModel: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let offices: [Office]
        let refill: Form.Refill
        /// A complaint about this case (issue 14, item 7), or nil for a new submission.
        let complaintOf: SubmissionCase?
    }

    struct ShowModel: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let file: CaseFile
        let officeName: String
        let canWork: Bool
        let canRegister: Bool
        let notice: String?
        let errors: [(field: String, message: String)]
        let agency: AgencyContacts
        let today: LocalDate
        /// Who the case may be given to (empty for those who do not work cases).
        let officers: [StaffUser]
        let assignee: StaffUser?
        /// The institutions and acts offered (and named).
        let catalogue: CaseCatalogue
        /// The letter composer as typed (a preview or a refusal shows it again), and the preview.
        var draft: [String: String]? = nil
        var preview: CaseLetter? = nil
    }

    struct CopyModel: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let file: CaseFile
        let officeName: String
    }

    struct LetterModel: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let `case`: SubmissionCase
        let letter: CaseLetter
        /// Sent, and the reader may correct it (S-MAIL-FIX); what a refused correction typed.
        var canCorrect = false
        var refill = Form.Refill(errors: [], typed: nil)
        var notice: String? = nil
    }
}
