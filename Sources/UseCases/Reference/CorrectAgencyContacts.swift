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

extension ChangeReferenceData {
    /// Adds or corrects an institution of the referral list (S-REFER, issue 14); `CatalogueProblem` names the fields refused.
    public func saveInstitution(id: String, nameLv: String?, nameEn: String?, eAddress: String?, email: String?,
                                postalAddress: String?, active: Bool) async throws -> Institution {
        switch CaseCatalogueRule.institution(id: id, nameLv: nameLv, nameEn: nameEn, eAddress: eAddress, email: email,
                                             postalAddress: postalAddress, active: active) {
        case .failure(let problem): throw problem
        case .success(let institution):
            try await reference.saveInstitution(institution, actor: actor, now: now)
            return institution
        }
    }

    /// Adds or corrects an act of the legal-basis catalogue (S-REFUSAL, issue 14).
    public func saveLegalAct(id: String, nameLv: String?, nameEn: String?, active: Bool) async throws -> LegalAct {
        switch CaseCatalogueRule.act(id: id, nameLv: nameLv, nameEn: nameEn, active: active) {
        case .failure(let problem): throw problem
        case .success(let act):
            try await reference.saveLegalAct(act, actor: actor, now: now)
            return act
        }
    }
}
