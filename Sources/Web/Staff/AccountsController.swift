import Domain
import Foundation
import UseCases
import Vapor

/// Staff accounts: who works here, with which roles and in which offices.
struct AccountsController: Sendable {
    func users(_ req: Request, _ l: Language, oneTimePassword: String? = nil,
               errors: [(field: String, message: String)] = [], status: HTTPResponseStatus = .ok) async throws -> Response {
        let (user, _) = try req.requireStaff(.usersManage)
        let all = try await req.stores.staff.users()
        let offices = try await req.stores.reference.offices()
        return html(UsersPage.view(.init(language: l, csrf: try await req.formToken(), user: user, users: all, offices: offices,
                                         oneTimePassword: oneTimePassword, errors: errors), .of(l)), status: status)
    }

    func addUser(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.usersManage)
        struct Input: Content {
            var email: String?, name: String?, surname: String?, unit: String?, position: String?, phone: String?
            var roles: [String]?, offices: [String]?
        }
        let input = try req.content.decode(Input.self)
        let s = StaffStrings.of(l)
        func clean(_ v: String?) -> String? {
            guard let t = v?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
            return t
        }
        var errors: [(field: String, message: String)] = []
        let email = clean(input.email) ?? ""
        if !StaffUser.isPlausible(email: email) { errors.append(("email", s.fieldRequired)) }
        if clean(input.name) == nil { errors.append(("name", s.fieldRequired)) }
        if clean(input.surname) == nil { errors.append(("surname", s.fieldRequired)) }
        let roles = Set((input.roles ?? []).compactMap(Role.init(rawValue:)))
        if roles.isEmpty { errors.append(("roles", s.fieldRequired)) }
        let known = Set(try await req.stores.reference.offices().map(\.slug))
        let offices = Set((input.offices ?? []).filter(known.contains))
        if offices.isEmpty && !roles.isEmpty && !roles.allSatisfy(\.isAgencyWide) { errors.append(("offices", s.fieldRequired)) }
        guard errors.isEmpty else { return try await users(req, l, errors: errors, status: .unprocessableEntity) }
        let password = Passwords.generate()
        let user = StaffUser(email: email, name: clean(input.name) ?? "", surname: clean(input.surname) ?? "", unit: clean(input.unit),
                             position: clean(input.position), phone: clean(input.phone), roles: roles, offices: offices)
        do {
            try await req.stores.staff.createUser(
                user, passwordHash: try await Passwords.hash(password, cost: req.application.appServices.bcryptCost,
                                                             on: req.application.appServices.passwordPool),
                now: req.clock.now(), actor: admin.id.uuidString)
        } catch StoreError.conflict {
            return try await users(req, l, errors: [("email", ProblemStrings.of(l).title(.conflict))], status: .conflict)
        }
        return try await users(req, l, oneTimePassword: password, status: .created)
    }

    func disableUser(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.usersManage)
        let store = req.stores.staff
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)), let target = try await store.user(id: id) else {
            throw Abort(.notFound)
        }
        try await store.disable(email: target.email, now: req.clock.now(), actor: admin.id.uuidString)
        return req.redirect(to: StaffPage.users.path(l))
    }

    func editUser(_ req: Request, _ l: Language, errors: [(field: String, message: String)] = [],
                  status: HTTPResponseStatus = .ok) async throws -> Response {
        let (admin, _) = try req.requireStaff(.usersManage)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let target = try await req.stores.staff.user(id: id) else { throw Abort(.notFound) }
        return html(UserEdit.view(.init(language: l, csrf: try await req.formToken(), user: admin, target: target,
                                        offices: try await req.stores.reference.offices(), errors: errors), .of(l)),
                    status: status)
    }

    func saveUser(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.usersManage)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              try await req.stores.staff.user(id: id) != nil else { throw Abort(.notFound) }
        struct Input: Content { var roles: [String]?; var offices: [String]? }
        let input = try req.content.decode(Input.self)
        let s = StaffStrings.of(l)
        let roles = Set((input.roles ?? []).compactMap(Role.init(rawValue:)))
        let known = Set(try await req.stores.reference.offices().map(\.slug))
        let offices = Set((input.offices ?? []).filter(known.contains))
        var errors: [(field: String, message: String)] = []
        if roles.isEmpty { errors.append(("roles", s.fieldRequired)) }
        if offices.isEmpty && !roles.isEmpty && !roles.allSatisfy(\.isAgencyWide) { errors.append(("offices", s.fieldRequired)) }
        guard errors.isEmpty else { return try await editUser(req, l, errors: errors, status: .unprocessableEntity) }
        try await req.stores.staff.updateAccess(userID: id, roles: roles, offices: offices, now: req.clock.now(),
                                                            actor: admin.id.uuidString)
        return req.redirect(to: StaffPage.users.path(l))
    }
}
