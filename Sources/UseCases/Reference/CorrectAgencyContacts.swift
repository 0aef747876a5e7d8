import Domain
import Foundation

extension ChangeReferenceData {
    /// Corrects the agency's contact channels shown on every page and in every message
    /// (K-CHANNELS); an empty social address removes that channel. Returns what was saved.
    public func agencyContacts(phone: String, email: String, postalAddress: String, facebookURL: String?,
                               twitterURL: String?) async throws -> AgencyContacts {
        func clean(_ text: String?) -> String? {
            let t = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return t.isEmpty ? nil : t
        }
        let typed = clean(phone) ?? ""
        let contacts = AgencyContacts(phone: OfficeDetailsRule.phone(typed) ?? typed, email: clean(email) ?? "",
                                      postalAddress: clean(postalAddress) ?? "", facebookURL: clean(facebookURL),
                                      twitterURL: clean(twitterURL))
        let problems = contacts.problems()
        guard problems.isEmpty else {
            throw ReferenceProblem(fields: problems.map { .init($0.name, .init($0.issue)) })
        }
        try await reference.setAgencyContacts(contacts, actor: actor, now: now)
        return contacts
    }
}
