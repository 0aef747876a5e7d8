import Domain
import Fluent
import Foundation

/// The referral list and the legal-act catalogue (issue 14), each change audited before and after.
extension FluentReferenceStore {
    public func caseCatalogue() async throws -> CaseCatalogue {
        CaseCatalogue(institutions: try await InstitutionModel.query(on: db).sort(\.$nameLv).all().map(\.domain),
                      acts: try await LegalActModel.query(on: db).sort(\.$nameLv).all().map(\.domain))
    }

    static func describe(_ i: Institution) -> String {
        "name=\(i.name.lv)/\(i.name.en ?? "-") e-address=\(i.eAddress ?? "-") email=\(i.email) address=\(i.postalAddress) active=\(i.active)"
    }

    public func saveInstitution(_ institution: Institution, actor: String, now: Date) async throws {
        try await db.referenceWrite { tx in
            let existing = try await InstitutionModel.query(on: tx).filter(\.$slug == institution.id).first()
            let before = existing.map { Self.describe($0.domain) }
            let m = existing ?? InstitutionModel()
            m.apply(institution)
            try await m.save(on: tx)
            try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "institution", id: institution.id,
                                        action: existing == nil ? "create" : "update", before: before, after: Self.describe(institution))
        }
    }

    public func saveLegalAct(_ act: LegalAct, actor: String, now: Date) async throws {
        try await db.referenceWrite { tx in
            let existing = try await LegalActModel.query(on: tx).filter(\.$slug == act.id).first()
            func describe(_ a: LegalAct) -> String { "name=\(a.name.lv)/\(a.name.en ?? "-") active=\(a.active)" }
            let before = existing.map { describe($0.domain) }
            let m = existing ?? LegalActModel()
            m.apply(act)
            try await m.save(on: tx)
            try await AuditTrail.record(on: tx, at: now, actor: actor, entity: "legal_act", id: act.id,
                                        action: existing == nil ? "create" : "update", before: before, after: describe(act))
        }
    }
}
