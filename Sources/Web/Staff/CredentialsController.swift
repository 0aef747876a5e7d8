import Domain
import Foundation
import UseCases
import Vapor

/// Credentials that are not passwords: staff API tokens, integration tokens and kiosk tokens.
struct CredentialsController: Sendable {
    func tokens(_ req: Request, _ l: Language, newToken: String? = nil, errors: [(field: String, message: String)] = [],
                status: HTTPResponseStatus = .ok) async throws -> Response {
        let (user, principal) = try req.requireAnyStaff()
        let canTokens = AccessPolicy.decide(principal, .tokensManage) == .allow
        let canKiosks = AccessPolicy.decide(principal, .kiosksManage) == .allow
        guard canTokens || canKiosks else { throw AuthProblem.forbidden }
        let store = req.stores.staff
        let emails = Dictionary(try await store.users().map { ($0.id, $0.email) }, uniquingKeysWith: { a, _ in a })
        let rows = try await store.tokens().map { t in
            TokensPage.Row(token: t, owner: t.userID.flatMap { emails[$0] } ?? t.officeSlug ?? "—")
        }
        return html(TokensPage.view(.init(language: l, csrf: try await req.formToken(), user: user, rows: rows,
                                          offices: try await req.stores.reference.offices(), newToken: newToken,
                                          errors: errors, canManageTokens: canTokens, canManageKiosks: canKiosks), .of(l)),
                    status: status)
    }

    private func issue(_ req: Request, _ admin: StaffUser) -> IssueCredential {
        IssueCredential(staff: req.stores.staff, reference: req.stores.reference, now: req.clock.now(),
                        actor: admin.id.uuidString)
    }

    /// Issues with `make`; a refusal comes back beside the form's fields (`names` maps the use
    /// case's fields to this form's), the new secret on the page once.
    private func issuing(_ req: Request, _ l: Language, names: [String: String],
                         _ make: () async throws -> String) async throws -> Response {
        let s = StaffStrings.of(l)
        do {
            return try await tokens(req, l, newToken: try await make(), status: .created)
        } catch CredentialProblem.fields(let fields) {
            let errors = fields.map { f -> (field: String, message: String) in
                switch f {
                case .nameRequired: return (names["name"] ?? "name", s.fieldRequired)
                case .unknownOwner: return ("email", s.unknownUser)
                case .unknownOffice: return ("office", s.fieldRequired)
                case .scopeNeeded, .unknownScope: return (names["scopes"] ?? "scopes", s.scopeNeeded)
                }
            }
            return try await tokens(req, l, errors: errors, status: .unprocessableEntity)
        }
    }

    func createStaffToken(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.tokensManage)
        struct Input: Content { var email: String?; var name: String?; var scopes: [String]? }
        let input = try req.content.decode(Input.self)
        return try await issuing(req, l, names: [:]) {
            try await issue(req, admin).staffToken(ownerEmail: input.email ?? "", name: input.name ?? "", scopes: input.scopes ?? [])
        }
    }

    func createKiosk(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.kiosksManage)
        let office = (try? req.content.get(String.self, at: "office")) ?? ""
        let name = (try? req.content.get(String.self, at: "kioskName")) ?? ""
        return try await issuing(req, l, names: ["name": "kioskName"]) {
            try await issue(req, admin).kioskToken(office: office, name: name)
        }
    }

    func revokeToken(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, principal) = try req.requireAnyStaff()
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        do {
            try await issue(req, admin).revoke(id: id, by: principal)
        } catch CredentialProblem.notFound {
            throw Abort(.notFound)
        } catch CredentialProblem.forbidden {
            throw AuthProblem.forbidden
        }
        return req.redirect(to: StaffPage.tokens.path(l))
    }

    func createIntegrationToken(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.tokensManage)
        struct Input: Content { var integrationName: String?; var integrationScopes: [String]? }
        let input = try req.content.decode(Input.self)
        return try await issuing(req, l, names: ["name": "integrationName", "scopes": "integrationScopes"]) {
            try await issue(req, admin).integrationToken(name: input.integrationName ?? "", scopes: input.integrationScopes ?? [])
        }
    }
}
