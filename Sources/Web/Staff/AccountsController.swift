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

    /// A refusal beside its field, in the page's words.
    static func errors(_ problem: StaffAccountProblem, _ l: Language) -> [(field: String, message: String)] {
        switch problem {
        case .fields(let fields): return fields.map { ($0.name, StaffAccountWording.detail($0.issue, l)) }
        case .emailTaken: return [("email", ProblemStrings.of(l).title(.conflict))]
        case .notFound: return [("email", ProblemStrings.of(l).title(.notFound))]
        }
    }

    func addUser(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.usersManage)
        struct Input: Content {
            var email: String?, name: String?, surname: String?, unit: String?, position: String?, phone: String?
            var roles: [String]?, offices: [String]?
        }
        let i = try req.content.decode(Input.self)
        let form = AddStaffMember.Form(email: i.email ?? "", name: i.name ?? "", surname: i.surname ?? "", unit: i.unit,
                                       position: i.position, phone: i.phone, roles: i.roles ?? [], offices: i.offices ?? [])
        do {
            let (_, password) = try await req.useCases.addStaffMember(form, actor: admin.id.uuidString)
            return try await users(req, l, oneTimePassword: password, status: .created)
        } catch let problem as StaffAccountProblem {
            let status: HTTPResponseStatus = if case .emailTaken = problem { .conflict } else { .unprocessableEntity }
            return try await users(req, l, errors: Self.errors(problem, l), status: status)
        }
    }

    func disableUser(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.usersManage)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let target = try await req.stores.staff.user(id: id) else { throw Abort(.notFound) }
        try await req.useCases.disableStaffMember(email: target.email, actor: admin.id.uuidString)
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
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        struct Input: Content { var roles: [String]?; var offices: [String]? }
        let input = try req.content.decode(Input.self)
        do {
            try await req.useCases.changeStaffAccess(userID: id, roles: input.roles ?? [], offices: input.offices ?? [],
                                                     actor: admin.id.uuidString)
        } catch StaffAccountProblem.notFound {
            throw Abort(.notFound)
        } catch let problem as StaffAccountProblem {
            return try await editUser(req, l, errors: Self.errors(problem, l), status: .unprocessableEntity)
        }
        return req.redirect(to: StaffPage.users.path(l))
    }
}
