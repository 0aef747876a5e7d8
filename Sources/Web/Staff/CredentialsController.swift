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

    func createStaffToken(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.tokensManage)
        struct Input: Content { var email: String?; var name: String?; var scopes: [String]? }
        let input = try req.content.decode(Input.self)
        let s = StaffStrings.of(l)
        let store = req.stores.staff
        var errors: [(field: String, message: String)] = []
        let name = (input.name ?? "").trimmingCharacters(in: .whitespaces)
        if name.isEmpty { errors.append(("name", s.fieldRequired)) }
        let owner = try await store.credentials(email: input.email ?? "")
        if owner == nil || owner?.user.active == false { errors.append(("email", s.unknownUser)) }
        guard errors.isEmpty, let owner else { return try await tokens(req, l, errors: errors, status: .unprocessableEntity) }
        let scopes = Set((input.scopes ?? []).compactMap(Permission.init(rawValue:)))
        let token = SecretToken.generate(.staff)
        _ = try await store.createToken(kind: .staff, token: token, name: name, userID: owner.user.id, officeSlug: nil,
                                        scopes: scopes.isEmpty ? nil : scopes, now: req.clock.now(), actor: admin.id.uuidString)
        return try await tokens(req, l, newToken: token, status: .created)
    }

    func createKiosk(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.kiosksManage)
        let office = (try? req.content.get(String.self, at: "office")) ?? ""
        let name = ((try? req.content.get(String.self, at: "kioskName")) ?? "").trimmingCharacters(in: .whitespaces)
        let s = StaffStrings.of(l)
        var errors: [(field: String, message: String)] = []
        if name.isEmpty { errors.append(("kioskName", s.fieldRequired)) }
        if try await req.stores.reference.office(slug: office) == nil { errors.append(("office", s.fieldRequired)) }
        guard errors.isEmpty else { return try await tokens(req, l, errors: errors, status: .unprocessableEntity) }
        let token = SecretToken.generate(.kiosk)
        _ = try await req.stores.staff.createToken(kind: .kiosk, token: token, name: name, userID: nil,
                                                               officeSlug: office, scopes: nil, now: req.clock.now(),
                                                               actor: admin.id.uuidString)
        return try await tokens(req, l, newToken: token, status: .created)
    }

    func revokeToken(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, principal) = try req.requireAnyStaff()
        guard AccessPolicy.decide(principal, .tokensManage) == .allow || AccessPolicy.decide(principal, .kiosksManage) == .allow
        else { throw AuthProblem.forbidden }
        let store = req.stores.staff
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let token = try await store.tokens().first(where: { $0.id == id }) else { throw Abort(.notFound) }
        let needed: Permission = token.kind == .kiosk ? .kiosksManage : .tokensManage
        guard AccessPolicy.decide(principal, needed) == .allow else { throw AuthProblem.forbidden }
        try await store.revokeToken(id: id, now: req.clock.now(), actor: admin.id.uuidString)
        return req.redirect(to: StaffPage.tokens.path(l))
    }

    func createIntegrationToken(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.tokensManage)
        struct Input: Content { var integrationName: String?; var integrationScopes: [String]? }
        let input = try req.content.decode(Input.self)
        let s = StaffStrings.of(l)
        let name = (input.integrationName ?? "").trimmingCharacters(in: .whitespaces)
        let scopes = Set((input.integrationScopes ?? []).compactMap(Permission.init(rawValue:)))
        var errors: [(field: String, message: String)] = []
        if name.isEmpty { errors.append(("integrationName", s.fieldRequired)) }
        if scopes.isEmpty { errors.append(("integrationScopes", s.scopeNeeded)) }
        guard errors.isEmpty else { return try await tokens(req, l, errors: errors, status: .unprocessableEntity) }
        let token = SecretToken.generate(.integration)
        _ = try await req.stores.staff.createToken(kind: .integration, token: token, name: name, userID: nil,
                                                               officeSlug: nil, scopes: scopes, now: req.clock.now(),
                                                               actor: admin.id.uuidString)
        return try await tokens(req, l, newToken: token, status: .created)
    }
}
