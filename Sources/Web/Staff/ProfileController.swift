import Domain
import Foundation
import UseCases
import Vapor

/// The start page and a member of staff's own account: password, authenticator, sessions.
struct ProfileController: Sendable {
    

    func home(_ req: Request, _ l: Language, notice: String?) async throws -> Response {
        let (user, principal) = try req.requireAnyStaff()
        var model = StaffHome.Model(language: l, csrf: try await req.formToken(), user: user, notice: notice)
        if principal.permissions.contains(.casesRead) {
            let worker = CaseWorker(userID: user.id, roles: principal.roles, offices: principal.offices, channel: "page /staff")
            let work = req.useCases.workOnCase(worker)
            model.deadlines = (try await work.list(status: nil, office: nil, due: .overdue).count,
                               try await work.list(status: nil, office: nil, due: .soon).count)
        }
        if principal.permissions.contains(.referenceEdit) || principal.permissions.contains(.usersManage) {
            let reference = req.stores.reference
            let offices = try await reference.offices(), services = try await reference.services()
            model.attention = AdminAttention.items(offices: offices, services: services,
                                                   users: principal.permissions.contains(.usersManage) ? try await req.stores.staff.users() : [],
                                                   today: req.today)
                .filter { item in
                    switch item {
                    case .officeUnverified, .feeUnconfirmed: return principal.permissions.contains(.referenceEdit)
                    case .withoutSecondFactor, .signatureIncomplete: return principal.permissions.contains(.usersManage)
                    }
                }
            model.officeNames = Dictionary(offices.map { ($0.slug, $0.name.text(l)) }, uniquingKeysWith: { a, _ in a })
            model.serviceNames = Dictionary(services.map { ($0.slug, $0.name.text(l)) }, uniquingKeysWith: { a, _ in a })
        }
        return html(StaffHome.view(model, .of(l)))
    }

    func profile(_ req: Request, _ l: Language, notice: String? = nil, passwordErrors: [(field: String, message: String)] = [],
                 signatureErrors: [(field: String, message: String)] = [], signatureValues: [String: String] = [:],
                 totpError: String? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let (user, _) = try req.requireAnyStaff()
        let shown: String?
        switch notice == nil ? try? req.query.get(String.self, at: "done") : nil {
        case "signature": shown = SignatureWording.saved(l)
        case "password": shown = StaffStrings.of(l).passwordChanged
        default: shown = notice
        }
        var enrolment: StaffProfile.Enrolment?
        if !user.totpEnabled {
            let secret = Base32.encode(TOTP.generateSecret())
            let signer = try await req.services.formTokens.get(req.stores.secrets)
            enrolment = .init(secret: secret,
                              signature: signer.issue(binding: "totp:\(user.id.uuidString):\(secret)", now: req.clock.now()),
                              uri: TOTP(secret: Base32.decode(secret) ?? []).provisioningURI(account: user.email))
        }
        return html(StaffProfile.view(.init(language: l, csrf: try await req.formToken(), user: user, enrolment: enrolment,
                                            notice: shown, passwordErrors: passwordErrors, signatureErrors: signatureErrors,
                                            signatureValues: signatureValues, totpError: totpError), .of(l)),
                    status: status)
    }

    func changePassword(_ req: Request, _ l: Language) async throws -> Response {
        let (user, _) = try req.requireAnyStaff()
        let s = StaffStrings.of(l)
        let current = (try? req.content.get(String.self, at: "current")) ?? ""
        let new = (try? req.content.get(String.self, at: "new")) ?? ""
        switch try await req.useCases.changeOwnPassword(user: user, current: current, new: new) {
        case .wrongCurrent:
            return try await profile(req, l, passwordErrors: [("current", s.passwordWrong)], status: .unprocessableEntity)
        case .tooShort(let minimum):
            return try await profile(req, l, passwordErrors: [("new", s.passwordTooShort(minimum))], status: .unprocessableEntity)
        case .changed(let token):
            // Every other session has ended; this one is replaced by the fresh session, set on the
            // redirect (post/redirect/get: a refresh does not send the old password again).
            let policy = req.services.sessionPolicy
            let response = req.redirect(to: StaffPage.profile.path(l) + "?done=password", redirectType: .normal)
            response.cookies[StaffCookie.name] = StaffCookie.make(token, secure: req.isSecure, maxAge: Int(policy.absolute))
            return response
        }
    }

    /// S-MAIL-FORM: the unit, position and phone every letter of theirs closes with.
    func updateSignature(_ req: Request, _ l: Language) async throws -> Response {
        let (user, _) = try req.requireAnyStaff()
        struct Input: Content { var unit: String?, position: String?, phone: String? }
        let i = try req.content.decode(Input.self)
        do {
            _ = try await req.useCases.updateOwnSignature(userID: user.id, unit: i.unit, position: i.position, phone: i.phone)
        } catch StaffAccountProblem.fields(let fields) {
            let values = ["unit": i.unit ?? "", "position": i.position ?? "", "phone": i.phone ?? ""]
            return try await profile(req, l, signatureErrors: fields.map { ($0.name, SignatureWording.problem($0.issue, l)) },
                                     signatureValues: values, status: .unprocessableEntity)
        }
        return req.redirect(to: StaffPage.profile.path(l) + "?done=signature", redirectType: .normal)
    }

    func enableTOTP(_ req: Request, _ l: Language) async throws -> Response {
        let (user, _) = try req.requireAnyStaff()
        let s = StaffStrings.of(l)
        let secret = (try? req.content.get(String.self, at: "secret")) ?? ""
        let signature = (try? req.content.get(String.self, at: "signature")) ?? ""
        let code = (try? req.content.get(String.self, at: "code")) ?? ""
        let signer = try await req.services.formTokens.get(req.stores.secrets)
        let now = req.clock.now()
        guard signer.verify(signature, binding: "totp:\(user.id.uuidString):\(secret)", now: now),
              let bytes = Base32.decode(secret), TOTP(secret: bytes).matchingStep(code, at: now) != nil else {
            return try await profile(req, l, totpError: s.totpFailed, status: .unprocessableEntity)
        }
        try await req.stores.staff.setTOTPSecret(userID: user.id, secret: bytes, now: now)
        return req.redirect(to: StaffPage.home.path(l) + "?done=totp", redirectType: .normal)
    }

    func logoutEverywhere(_ req: Request, _ l: Language) async throws -> Response {
        let (user, _) = try req.requireAnyStaff()
        try await req.stores.staff.endAllSessions(userID: user.id)
        let response = req.redirect(to: StaffPage.login.path(l))
        response.cookies[StaffCookie.name] = StaffCookie.make("", secure: req.isSecure, maxAge: 0)
        return response
    }
}
