import Domain
import Foundation
import UseCases
import Vapor

/// Offices, services and the agency's contacts as an administrator corrects them (issue 13): the
/// same use cases as `PATCH /api/v1/offices/{id}` and `/services/{id}`. A saved form answers with
/// a redirect (so a refresh does not send it again); a refused one shows the typed values again
/// with each problem beside its field.
struct CatalogueAdminController: Sendable {
    func overview(_ req: Request, _ l: Language, notice: String?, errors: [(field: String, message: String)],
                  status: HTTPResponseStatus, typed: [String: String] = [:]) async throws -> Response {
        let (user, _) = try req.requireStaff(.referenceEdit)
        let store = req.stores.reference
        let notice = notice ?? (req.query[String.self, at: "saved"] != nil ? ReferenceAdminStrings.of(l).saved : nil)
        return html(ReferenceOverview.view(.init(language: l, csrf: try await req.formToken(), user: user, offices: try await store.offices(),
                                                 services: try await store.services(), contacts: try await store.agencyContacts(),
                                                 notice: notice, errors: errors, typed: typed), .of(l)), status: status)
    }

    /// A division the seed lacks; the administrator goes straight on to give it hours and desks.
    func addOffice(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        let form = Self.fields(req)
        do {
            let office = try await req.useCases.changeReferenceData(actor: admin.id.uuidString).addOffice(
                slug: form["slug"] ?? "", nameLv: form["newNameLv"] ?? "", nameEn: form["newNameEn"], city: form["newCity"])
            return req.redirect(to: StaffPage.officeDetails(office.slug).path(l), redirectType: .normal)
        } catch let problem as ReferenceProblem {
            let errors = problem.fields.map { f in
                (["nameLv": "newNameLv", "nameEn": "newNameEn", "city": "newCity"][f.name] ?? f.name, ReferenceWording.detail(f.issue, l))
            }
            return try await overview(req, l, notice: nil, errors: errors, status: .unprocessableEntity, typed: form)
        }
    }

    func officeForm(_ req: Request, _ l: Language) async throws -> Response {
        try await officePage(req, l, errors: [], typed: nil, status: .ok)
    }

    private func officePage(_ req: Request, _ l: Language, errors: [(field: String, message: String)], typed: [String: String]?,
                            status: HTTPResponseStatus) async throws -> Response {
        let (user, _) = try req.requireStaff(.referenceEdit)
        guard let slug = req.parameters.get("office"), let office = try await req.stores.reference.office(slug: slug) else {
            throw Abort(.notFound)
        }
        let notice = req.query[Int.self, at: "told"].map(ReferenceAdminStrings.of(l).savedTold)
        return html(OfficeEdit.view(.init(language: l, csrf: try await req.formToken(), user: user, office: office,
                                          services: try await req.stores.reference.services(), notice: errors.isEmpty ? notice : nil,
                                          errors: errors, typed: typed), .of(l)), status: status)
    }

    func saveOffice(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        guard let slug = req.parameters.get("office") else { throw Abort(.notFound) }
        let form = Self.fields(req)
        let services = try await req.stores.reference.services()
        var change = OfficeChange()
        change.nameLv = form["nameLv"] ?? ""
        change.nameEn = form["nameEn"] ?? ""
        change.street = form["street"] ?? ""
        change.city = form["city"] ?? ""
        change.postalCode = form["postalCode"] ?? ""
        change.phone = form["phone"] ?? ""
        change.email = form["email"] ?? ""
        change.accessibilityLv = form["accessibilityLv"] ?? ""
        change.accessibilityEn = form["accessibilityEn"] ?? ""
        change.accessibilityFeatures = AccessibilityFeature.allCases.filter { form["feature-\($0.rawValue)"] != nil }.map(\.rawValue)
        change.hours = Dictionary(uniqueKeysWithValues: Weekday.allCases.map { ($0.rawValue, form["hours\($0.rawValue)"] ?? "") })
        change.preHolidayClosing = form["preHolidayClosing"] ?? ""
        var desks: [String: Int] = [:], typos: [(field: String, message: String)] = []
        for s in services {
            let text = (form["desk-\(s.slug)"] ?? "0").trimmingCharacters(in: .whitespaces)
            if let n = Int(text.isEmpty ? "0" : text) { desks[s.slug] = n } else {
                typos.append(("desk-\(s.slug)", ReferenceWording.detail(.outOfRange, l)))
            }
        }
        change.desks = desks
        change.active = form["active"] != nil
        change.verified = Office.Field.allCases.filter { form["verified-\($0.rawValue)"] != nil }.map(\.rawValue)
        do {
            guard typos.isEmpty else { throw ReferenceProblem(fields: []) }
            let saved = try await req.useCases.changeReferenceData(actor: admin.id.uuidString).correctOffice(slug, change)
            return req.redirect(to: StaffPage.officeDetails(slug).path(l) + "?told=\(saved.clientsTold)", redirectType: .normal)
        } catch let problem as ReferenceProblem {
            if problem.fields.contains(where: { $0.issue == .unknownOffice }) { throw Abort(.notFound) }
            // Several fields share a message (a weekday's hours, a service's desks): the summary says which.
            let t = Strings.of(l), services = Dictionary(services.map { ($0.slug, $0.name.text(l)) }, uniquingKeysWith: { a, _ in a })
            let errors = typos + problem.fields.map { f -> (field: String, message: String) in
                let detail = ReferenceWording.detail(f.issue, l)
                if f.name.hasPrefix("desks.") {
                    let slug = String(f.name.dropFirst(6))
                    return ("desk-" + slug, "\(services[slug] ?? slug): \(detail)")
                }
                if f.name.hasPrefix("hours"), let day = Int(f.name.dropFirst(5)).flatMap(Weekday.init(rawValue:)) {
                    return (f.name, "\(t.weekday(day).capitalized): \(detail)")
                }
                return (f.name, detail)
            }
            return try await officePage(req, l, errors: errors, typed: form, status: .unprocessableEntity)
        }
    }

    func serviceForm(_ req: Request, _ l: Language) async throws -> Response {
        try await servicePage(req, l, errors: [], typed: nil, status: .ok)
    }

    private func servicePage(_ req: Request, _ l: Language, errors: [(field: String, message: String)], typed: [String: String]?,
                             status: HTTPResponseStatus) async throws -> Response {
        let (user, _) = try req.requireStaff(.referenceEdit)
        guard let slug = req.parameters.get("service"), let service = try await req.stores.reference.service(slug: slug) else {
            throw Abort(.notFound)
        }
        let notice = req.query[String.self, at: "saved"] != nil && errors.isEmpty ? ReferenceAdminStrings.of(l).saved : nil
        return html(ServiceEdit.view(.init(language: l, csrf: try await req.formToken(), user: user, service: service,
                                           accounts: try await req.stores.reference.treasuryAccounts(), notice: notice,
                                           errors: errors, typed: typed), .of(l)), status: status)
    }

    func saveService(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        guard let slug = req.parameters.get("service") else { throw Abort(.notFound) }
        let form = Self.fields(req)
        var change = ServiceChange()
        change.nameLv = form["nameLv"] ?? ""
        change.nameEn = form["nameEn"] ?? ""
        change.summaryLv = form["summaryLv"] ?? ""
        change.summaryEn = form["summaryEn"] ?? ""
        change.channels = Domain.Channel.allCases.filter { form["channel-\($0.rawValue)"] != nil }.map(\.rawValue)
        change.needsAppointment = form["needsAppointment"] != nil
        change.needsIdentityDocument = form["needsIdentityDocument"] != nil
        let minutes = (form["deskMinutes"] ?? "").trimmingCharacters(in: .whitespaces)
        change.deskMinutes = Int(minutes) ?? -1
        return try await saveService(req, l, slug, change, admin: admin, typed: form)
    }

    /// A fee from a date (or a correction of one): the rest of the service is left as it is.
    func saveFee(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        guard let slug = req.parameters.get("service") else { throw Abort(.notFound) }
        let form = Self.fields(req)
        let countText = (form["termCount"] ?? "").trimmingCharacters(in: .whitespaces)
        let count = countText.isEmpty ? nil : (Int(countText) ?? -1)
        let change = ServiceChange(fees: [FeeChange(category: form["category"] ?? "", termCount: count, termUnit: form["termUnit"],
                                                    expedited: form["expedited"] != nil, amount: form["amount"], validFrom: form["validFrom"],
                                                    account: form["account"])])
        return try await saveService(req, l, slug, change, admin: admin, typed: form)
    }

    private func saveService(_ req: Request, _ l: Language, _ slug: String, _ change: ServiceChange, admin: StaffUser,
                             typed: [String: String]) async throws -> Response {
        do {
            _ = try await req.useCases.changeReferenceData(actor: admin.id.uuidString).correctService(slug, change)
            return req.redirect(to: StaffPage.serviceDetails(slug).path(l) + "?saved=1", redirectType: .normal)
        } catch let problem as ReferenceProblem {
            if problem.fields.contains(where: { $0.issue == .unknownService }) { throw Abort(.notFound) }
            // The fee form's fields are named without the use case's `fee.` prefix.
            let errors = problem.fields.map { f in
                (f.name.hasPrefix("fee.") ? String(f.name.dropFirst(4)) : f.name.hasPrefix("fees.") ? String(f.name.dropFirst(5)) : f.name,
                 ReferenceWording.detail(f.issue, l))
            }
            return try await servicePage(req, l, errors: errors, typed: typed, status: .unprocessableEntity)
        }
    }

    func saveContacts(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        let form = Self.fields(req)
        do {
            let saved = try await req.useCases.changeReferenceData(actor: admin.id.uuidString).agencyContacts(
                phone: form["phone"] ?? "", email: form["email"] ?? "", postalAddress: form["postalAddress"] ?? "",
                facebookURL: form["facebookURL"], twitterURL: form["twitterURL"])
            // This instance shows the new contacts at once; others within AgencyContactsCache.lifetime.
            req.services.agencyContacts.replace(saved)
            return req.redirect(to: StaffPage.referenceData.path(l) + "?saved=1#contacts", redirectType: .normal)
        } catch let problem as ReferenceProblem {
            let errors = problem.fields.map { ($0.name, ReferenceWording.detail($0.issue, l)) }
            return try await overview(req, l, notice: nil, errors: errors, status: .unprocessableEntity, typed: form)
        }
    }

    /// The referral list and the act catalogue (issue 14).
    func caseCatalogue(_ req: Request, _ l: Language, notice: String?, errors: [(field: String, message: String)],
                       status: HTTPResponseStatus, typed: [String: String] = [:]) async throws -> Response {
        let (user, _) = try req.requireStaff(.referenceEdit)
        let notice = notice ?? (req.query[String.self, at: "saved"] != nil ? ReferenceAdminStrings.of(l).saved : nil)
        return html(CaseCatalogueAdmin.view(.init(language: l, csrf: try await req.formToken(), user: user,
                                                  catalogue: try await req.stores.reference.caseCatalogue(), notice: notice,
                                                  refill: .init(errors: errors, typed: errors.isEmpty ? nil : typed)), .of(l)),
                    status: status)
    }

    func saveInstitution(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        let form = Self.fields(req)
        do {
            _ = try await req.useCases.changeReferenceData(actor: admin.id.uuidString).saveInstitution(
                id: form["institutionId"] ?? "", nameLv: form["institutionNameLv"], nameEn: form["institutionNameEn"],
                eAddress: form["eAddress"], email: form["institutionEmail"], postalAddress: form["institutionAddress"],
                active: form["institutionActive"] != nil)
            return req.redirect(to: StaffPage.caseCatalogue.path(l) + "?saved=1", redirectType: .normal)
        } catch let problem as CatalogueProblem {
            let names = ["id": "institutionId", "nameLv": "institutionNameLv", "nameEn": "institutionNameEn", "email": "institutionEmail",
                         "postalAddress": "institutionAddress"]
            let errors = problem.fields.map { (names[$0.name] ?? $0.name, CatalogueWording.detail($0.issue, l)) }
            return try await caseCatalogue(req, l, notice: nil, errors: errors, status: .unprocessableEntity, typed: form)
        }
    }

    func saveLegalAct(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        let form = Self.fields(req)
        do {
            _ = try await req.useCases.changeReferenceData(actor: admin.id.uuidString).saveLegalAct(
                id: form["actId"] ?? "", nameLv: form["actNameLv"], nameEn: form["actNameEn"], active: form["actActive"] != nil)
            return req.redirect(to: StaffPage.caseCatalogue.path(l) + "?saved=1#acts", redirectType: .normal)
        } catch let problem as CatalogueProblem {
            let names = ["id": "actId", "nameLv": "actNameLv", "nameEn": "actNameEn"]
            let errors = problem.fields.map { (names[$0.name] ?? $0.name, CatalogueWording.detail($0.issue, l)) }
            return try await caseCatalogue(req, l, notice: nil, errors: errors, status: .unprocessableEntity, typed: form)
        }
    }

    /// The form's text fields (the CSRF token aside), each cut to a length no field needs more than.
    static func fields(_ req: Request) -> [String: String] {
        guard let all = try? req.content.decode([String: String].self) else { return [:] }
        return all.filter { $0.key != "_csrf" && $0.key.count <= 64 }.mapValues { String($0.prefix(4_000)) }
    }
}
