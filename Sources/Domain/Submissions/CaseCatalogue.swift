import Foundation

/// The lists case work picks from (issue 14, items 5 and 6): institutions to forward to and acts
/// to cite, maintained by administrators (`/staff/reference/case-catalogue`, `PUT /api/v1/…`).
/// Only active entries are offered; inactive ones still name what old cases point at.
public struct CaseCatalogue: Sendable, Equatable {
    public var institutions: [Institution]
    public var acts: [LegalAct]

    public init(institutions: [Institution], acts: [LegalAct]) {
        self.institutions = institutions
        self.acts = acts
    }

    public static let seed = CaseCatalogue(institutions: Institution.seed, acts: LegalAct.seed)

    /// An institution a case may be forwarded to now.
    public func institution(_ id: String) -> Institution? { institutions.first { $0.id == id && $0.active } }
    /// An act a decision may cite now.
    public func act(_ id: String) -> LegalAct? { acts.first { $0.id == id && $0.active } }
    /// Any entry, active or not, to name what a case already points at.
    public func anyInstitution(_ id: String) -> Institution? { institutions.first { $0.id == id } }

    public var activeInstitutions: [Institution] { institutions.filter(\.active) }
    public var activeActs: [LegalAct] { acts.filter(\.active) }
}

/// What an administrator may write into the catalogue: an id of lower-case letters, digits and
/// hyphens; a Latvian name; for an institution an e-mail and a postal address.
public enum CaseCatalogueRule {
    public enum Issue: String, Sendable, Equatable {
        case notAnID, required, tooLong, notAnEmail, controlCharacter
    }

    public enum Limits {
        public static let name = 200
        public static let address = 300
        public static let eAddress = 100
    }

    static func text(_ field: String, _ value: String?, limit: Int, required: Bool, into problems: inout [FieldProblem<Issue>]) -> String? {
        let v = value?.trimmingCharacters(in: .whitespacesAndNewlines)
        let t = v?.isEmpty == false ? v : nil
        if t == nil && required { problems.append(.init(field, .required)) }
        if let t, t.count > limit { problems.append(.init(field, .tooLong)) }
        if let t, ControlCharacters.found(in: t) { problems.append(.init(field, .controlCharacter)) }
        return t
    }

    public static func institution(id: String, nameLv: String?, nameEn: String?, eAddress: String?, email: String?,
                                   postalAddress: String?, active: Bool) -> Result<Institution, CatalogueProblem> {
        var problems: [FieldProblem<Issue>] = []
        if !OfficeDetailsRule.isSlug(id) { problems.append(.init("id", .notAnID)) }
        let lv = text("nameLv", nameLv, limit: Limits.name, required: true, into: &problems)
        let en = text("nameEn", nameEn, limit: Limits.name, required: false, into: &problems)
        let ea = text("eAddress", eAddress, limit: Limits.eAddress, required: false, into: &problems)
        let mail = text("email", email, limit: EmailAddress.maximumLength, required: true, into: &problems)
        if let mail, !EmailAddress.isValid(mail) { problems.append(.init("email", .notAnEmail)) }
        let address = text("postalAddress", postalAddress, limit: Limits.address, required: true, into: &problems)
        guard problems.isEmpty, let lv, let mail, let address else { return .failure(CatalogueProblem(fields: problems)) }
        return .success(Institution(id: id, name: LocalizedText(lv: lv, en: en), eAddress: ea, email: mail, postalAddress: address,
                                    active: active))
    }

    public static func act(id: String, nameLv: String?, nameEn: String?, active: Bool) -> Result<LegalAct, CatalogueProblem> {
        var problems: [FieldProblem<Issue>] = []
        if !OfficeDetailsRule.isSlug(id) { problems.append(.init("id", .notAnID)) }
        let lv = text("nameLv", nameLv, limit: Limits.name, required: true, into: &problems)
        let en = text("nameEn", nameEn, limit: Limits.name, required: false, into: &problems)
        guard problems.isEmpty, let lv else { return .failure(CatalogueProblem(fields: problems)) }
        return .success(LegalAct(id: id, name: LocalizedText(lv: lv, en: en), active: active))
    }
}

public struct CatalogueProblem: Error, Sendable, Equatable {
    public let fields: [FieldProblem<CaseCatalogueRule.Issue>]
    public init(fields: [FieldProblem<CaseCatalogueRule.Issue>]) { self.fields = fields }
}
