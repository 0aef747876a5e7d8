import Domain
import Foundation
import UseCases
import Vapor

/// The client register for staff: finding a person by personal code with a stated purpose,
/// and a client's record — each read in the access log (S-PRIVACY).
struct ClientRegisterController: Sendable {
    func clientSearch(_ req: Request, _ l: Language) async throws -> Response {
        let (user, principal) = try req.requireStaff(.clientsSearch)
        let problems = ProblemStrings.of(l)
        // The personal code comes in a POST body, never in a URL (history, proxies, Referer).
        let codeText = ((try? req.content.get(String.self, at: "personalCode")) ?? "").trimmingCharacters(in: .whitespaces)
        let purpose = ((try? req.content.get(String.self, at: "purpose")) ?? "").trimmingCharacters(in: .whitespaces)
        let csrf = try await req.formToken()
        func page(_ errors: [(field: String, message: String)], notFound: Bool = false,
                  status: HTTPResponseStatus = .ok) -> Response {
            html(ClientSearch.view(.init(language: l, csrf: csrf, user: user, personalCode: codeText, purpose: purpose,
                                         errors: errors, notFound: notFound), .of(l)), status: status)
        }
        guard req.method == .POST else { return page([]) }
        let client: Client?
        do {
            client = try await req.useCases.lookUpPerson(personalCode: codeText, purpose: purpose, staffUserID: user.id,
                                                         roles: principal.roles, offices: principal.offices,
                                                         channel: "page /staff/clients/search")
        } catch let problem as LookUpProblem {
            return page(problem.fields.map { ($0.field, LookUpWording.detail($0.issue, problems)) }, status: .unprocessableEntity)
        }
        guard let client else { return page([], notFound: true) }
        return try await record(req, l, csrf: csrf, user: user, client: client)
    }

    func client(_ req: Request, _ l: Language) async throws -> Response {
        let (user, principal) = try req.requireStaff(.clientsRead)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        let reader = ClientReader(staffUserID: user.id, roles: principal.roles, offices: principal.offices,
                                  channel: "page /staff/clients/{id}", purpose: "client record")
        guard let client = try await req.useCases.readClientRecord(id: id, by: reader) else {
            throw Abort(.notFound)
        }
        return try await record(req, l, csrf: try await req.formToken(), user: user, client: client)
    }

    /// The record with its ledger; the read of the record is already logged.
    func record(_ req: Request, _ l: Language, csrf: String, user: StaffUser, client: Client) async throws -> Response {
        let contacts = try await req.stores.clients.contacts(of: client)
        var names: [String: String] = [:]
        for o in try await req.stores.reference.offices() { names[o.slug] = o.name.text(l) }
        for s in try await req.stores.reference.services() { names[s.slug] = s.name.text(l) }
        return html(ClientShow.view(.init(language: l, csrf: csrf, user: user, client: client, contacts: contacts, names: names,
                                          canOpenCases: user.principal().permissions.contains(.casesRead)), .of(l)))
    }
}
