import Domain
import Foundation
import UseCases
import Vapor

/// Signing in and out (S-ACCESS): the password, the authenticator code, throttling by
/// account and address, and the redirect to a page the staff area really serves.
struct SignInController: Sendable {
    

    /// Only pages the staff area really serves are followed after sign-in (no open redirect,
    /// no header injection: `StaffRedirect`).
    private func safeNext(_ req: Request, _ next: String?, _ l: Language) -> String {
        req.application.staffRedirect.target(next, language: l)
    }

    func loginForm(_ req: Request, _ l: Language, email: String, error: String?, status: HTTPResponseStatus = .ok) async throws -> Response {
        if case .staff = req.caller { return req.redirect(to: StaffPage.home.path(l)) }
        let next = req.query[String.self, at: "next"] ?? (try? req.content.get(String.self, at: "next"))
        return html(StaffLogin.view(.init(language: l, csrf: try await req.formToken(), email: email, next: next,
                                          error: error), .of(l)), status: status)
    }





    /// A 429 always says when to come back (`Retry-After`, RFC 9110 §10.2.3).
    private func tooSoon(_ response: Response, seconds: Int) -> Response {
        response.headers.replaceOrAdd(name: .retryAfter, value: String(max(1, seconds)))
        return response
    }

    func login(_ req: Request, _ l: Language) async throws -> Response {
        struct Input: Content { var email: String?; var password: String?; var next: String? }
        let input = try req.content.decode(Input.self)
        let email = (input.email ?? "").trimmingCharacters(in: .whitespaces)
        let s = StaffStrings.of(l)
        switch try await req.useCases.signIn.withPassword(email: email, password: input.password ?? "",
                                                           address: req.clientAddress) {
        case .tooSoon(let left):
            return tooSoon(try await loginForm(req, l, email: email, error: s.loginWait(left), status: .tooManyRequests),
                           seconds: left)
        case .refused, .codeAccepted:
            req.logger.notice("staff sign-in failed")
            return try await loginForm(req, l, email: email, error: s.loginFailed, status: .unauthorized)
        case .signedIn(let token, let needsCode):
            // The vetted target travels to the code step, never the raw text.
            let vetted = safeNext(req, input.next, l)
            let target = !needsCode ? vetted
                : "\(StaffPage.loginCode.path(l))?next=\(vetted.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
            let response = req.redirect(to: target, redirectType: .normal)
            let policy = req.services.sessionPolicy
            response.cookies[StaffCookie.name] = StaffCookie.make(token, secure: req.isSecure, maxAge: Int(policy.absolute))
            return response
        }
    }

    func totpForm(_ req: Request, _ l: Language, error: String?, status: HTTPResponseStatus = .ok) async throws -> Response {
        guard let session = req.staffSession else { return req.redirect(to: StaffPage.login.path(l)) }
        if session.secondFactorDone { return req.redirect(to: StaffPage.home.path(l)) }
        let next = req.query[String.self, at: "next"] ?? (try? req.content.get(String.self, at: "next"))
        return html(StaffTOTP.view(.init(language: l, csrf: try await req.formToken(), next: next, error: error), .of(l)),
                    status: status)
    }

    func totp(_ req: Request, _ l: Language) async throws -> Response {
        guard let session = req.staffSession, !session.secondFactorDone else { return req.redirect(to: StaffPage.login.path(l)) }
        let s = StaffStrings.of(l)
        let code = (try? req.content.get(String.self, at: "code")) ?? ""
        switch try await req.useCases.signIn.withCode(code, sessionID: session.id, user: session.user, address: req.clientAddress) {
        case .tooSoon(let left):
            return tooSoon(try await totpForm(req, l, error: s.loginWait(left), status: .tooManyRequests), seconds: left)
        case .refused, .signedIn:
            return try await totpForm(req, l, error: s.totpFailed, status: .unauthorized)
        case .codeAccepted:
            return req.redirect(to: safeNext(req, try? req.content.get(String.self, at: "next"), l))
        }
    }

    func logout(_ req: Request, _ l: Language) async throws -> Response {
        if let session = req.staffSession { try await req.stores.staff.endSession(id: session.id) }
        let response = req.redirect(to: StaffPage.login.path(l))
        response.cookies[StaffCookie.name] = StaffCookie.make("", secure: req.isSecure, maxAge: 0)
        return response
    }
}
