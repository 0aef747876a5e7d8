import Domain
import Foundation
import UseCases
import Vapor

/// The staff area: sign-in (password, throttling, TOTP), sessions, the profile, the client
/// register and the access log. Latvian under `/staff`, English under `/en/staff`.
struct StaffController: Sendable {
    static let failureWindow: TimeInterval = 15 * 60

    func register(_ app: Application) {
        for language in Language.allCases {
            let base = app.grouped(language == .lv ? [] : ["en"]).grouped("staff")
                .grouped(StaffSessionMiddleware(), CSRFMiddleware())
            base.get("login") { req in try await loginForm(req, language, email: "", error: nil) }
            base.post("login") { req in try await login(req, language) }
            base.get("login", "totp") { req in try await totpForm(req, language, error: nil) }
            base.post("login", "totp") { req in try await totp(req, language) }
            base.post("logout") { req in try await logout(req, language) }

            let signedIn = base.grouped(RequireStaffMiddleware())
            signedIn.get { req in try await home(req, language, notice: nil) }
            signedIn.get("profile") { req in try await profile(req, language) }
            signedIn.post("profile", "password") { req in try await changePassword(req, language) }
            signedIn.post("profile", "totp") { req in try await enableTOTP(req, language) }
            signedIn.post("profile", "logout-everywhere") { req in try await logoutEverywhere(req, language) }
            // Each group states the permission its pages need; the Domain policy decides.
            let search = signedIn.grouped(RequirePermission(.clientsSearch))
            search.get("clients") { req in try await clientSearch(req, language) }
            search.post("clients", "search") { req in try await clientSearch(req, language) }
            signedIn.grouped(RequirePermission(.clientsRead)).get("clients", ":id") { req in try await client(req, language) }
            signedIn.grouped(RequirePermission(.accessLogRead)).get("access-log") { req in try await accessLog(req, language) }
            signedIn.grouped(RequirePermission(.auditTrailRead)).get("audit-trail") { req in try await auditTrail(req, language) }
            let reference = signedIn.grouped(RequirePermission(.referenceEdit))
            reference.get("calendar") { req in try await calendarAdmin(req, language, notice: nil, errors: [], status: .ok) }
            reference.post("calendar", "exceptions") { req in try await addException(req, language) }
            reference.post("calendar", "holidays") { req in try await addHoliday(req, language) }
            reference.post("calendar", "release") { req in try await setReleaseRule(req, language) }
            reference.post("calendar", "visit-settings") { req in try await setVisitSettings(req, language) }
            signedIn.grouped(RequirePermission(.clientsRead)).get("offices", ":office", "appointments") { req in
                try await dayView(req, language)
            }
            let accounts = signedIn.grouped(RequirePermission(.usersManage))
            accounts.get("users") { req in try await users(req, language) }
            accounts.post("users") { req in try await addUser(req, language) }
            accounts.post("users", ":id", "disable") { req in try await disableUser(req, language) }
            accounts.get("users", ":id") { req in try await editUser(req, language) }
            accounts.post("users", ":id") { req in try await saveUser(req, language) }
            let credentials = signedIn.grouped(RequirePermission(anyOf: [.tokensManage, .kiosksManage]))
            credentials.get("tokens") { req in try await tokens(req, language) }
            credentials.post("tokens", ":id", "revoke") { req in try await revokeToken(req, language) }
            signedIn.grouped(RequirePermission(.tokensManage)).post("tokens") { req in try await createStaffToken(req, language) }
            signedIn.grouped(RequirePermission(.tokensManage)).post("integrations") { req in
                try await createIntegrationToken(req, language)
            }
            signedIn.grouped(RequirePermission(.kiosksManage)).post("kiosks") { req in try await createKiosk(req, language) }
        }
    }

    private func prefix(_ l: Language) -> String { StaffLayout.prefix(l) }

    /// Only pages the staff area really serves are followed after sign-in (no open redirect,
    /// no header injection: `StaffRedirect`).
    private func safeNext(_ req: Request, _ next: String?, _ l: Language) -> String {
        req.application.staffRedirect.target(next, language: l)
    }

    // MARK: Sign-in

    func loginForm(_ req: Request, _ l: Language, email: String, error: String?, status: HTTPResponseStatus = .ok) async throws -> Response {
        if case .staff = req.caller { return req.redirect(to: "\(prefix(l))/staff") }
        let next = req.query[String.self, at: "next"] ?? (try? req.content.get(String.self, at: "next"))
        return html(StaffLogin.view(.init(language: l, csrf: try await req.formToken(), email: email, next: next,
                                          error: error), .of(l)), status: status)
    }

    private func throttleKeys(_ req: Request, email: String) -> LoginThrottle.Keys {
        LoginThrottle.keys(account: StaffUser.normalise(email: email), address: req.clientAddress)
    }

    /// Seconds still to wait before another attempt, the longest of the counters that may delay
    /// this one (`LoginThrottle.counted`: strangers' failures never delay the owner).
    private func wait(_ req: Request, keys: LoginThrottle.Keys) async throws -> Int {
        let store = req.stores.staff, now = req.clock.now()
        let known = try await store.isKnownSignIn(key: keys.known, now: now, window: LoginThrottle.knownAddressWindow)
        var longest = 0
        for key in LoginThrottle.counted(keys, knownAddress: known) {
            guard let f = try await store.failures(key: key, now: now, window: Self.failureWindow) else { continue }
            let delay = req.application.appServices.loginThrottle.delay(afterFailures: f.count)
            let left = Int((f.last.addingTimeInterval(TimeInterval(delay)).timeIntervalSince(now)).rounded(.up))
            longest = max(longest, left)
        }
        return longest
    }

    private func recordFailure(_ req: Request, keys: LoginThrottle.Keys) async throws {
        let store = req.stores.staff, now = req.clock.now()
        for key in [keys.pair, keys.address] { try await store.recordFailure(key: key, now: now, window: Self.failureWindow) }
    }

    private func recordSuccess(_ req: Request, keys: LoginThrottle.Keys) async throws {
        let store = req.stores.staff
        try await store.clearFailures(key: keys.pair)
        try await store.recordSuccessfulSignIn(key: keys.known, now: req.clock.now())
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
        let keys = throttleKeys(req, email: email)
        let left = try await wait(req, keys: keys)
        if left > 0 {
            return tooSoon(try await loginForm(req, l, email: email, error: s.loginWait(left), status: .tooManyRequests),
                           seconds: left)
        }
        let store = req.stores.staff, now = req.clock.now()
        let services = req.application.appServices
        let creds = try await store.credentials(email: email)
        let usable = creds.flatMap { $0.user.active ? $0 : nil }
        // Unknown and disabled accounts cost one verification too (against the dummy hash).
        guard await Passwords.verify(input.password ?? "", hash: usable?.passwordHash, dummy: services.dummyPasswordHash,
                                     on: req.application.appServices.passwordPool),
              let creds = usable else {
            try await recordFailure(req, keys: keys)
            req.logger.notice("staff sign-in failed")
            return try await loginForm(req, l, email: email, error: s.loginFailed, status: .unauthorized)
        }
        try await recordSuccess(req, keys: keys)
        let token = SecretToken.generate(.staff).replacingOccurrences(of: TokenKind.staff.prefix, with: "sess_")
        let policy = services.sessionPolicy
        try await store.createSession(token: token, userID: creds.user.id, now: now,
                                      expiresAt: now.addingTimeInterval(policy.absolute),
                                      secondFactorDone: creds.totpSecret == nil)
        // The vetted target travels to the TOTP step, never the raw text.
        let vetted = safeNext(req, input.next, l)
        let target = creds.totpSecret == nil ? vetted
            : "\(prefix(l))/staff/login/totp?next=\(vetted.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
        let response = req.redirect(to: target, redirectType: .normal)
        response.cookies[StaffCookie.name] = StaffCookie.make(token, secure: req.isSecure, maxAge: Int(policy.absolute))
        return response
    }

    func totpForm(_ req: Request, _ l: Language, error: String?, status: HTTPResponseStatus = .ok) async throws -> Response {
        guard let session = req.staffSession else { return req.redirect(to: "\(prefix(l))/staff/login") }
        if session.secondFactorDone { return req.redirect(to: "\(prefix(l))/staff") }
        let next = req.query[String.self, at: "next"] ?? (try? req.content.get(String.self, at: "next"))
        return html(StaffTOTP.view(.init(language: l, csrf: try await req.formToken(), next: next, error: error), .of(l)),
                    status: status)
    }

    func totp(_ req: Request, _ l: Language) async throws -> Response {
        guard let session = req.staffSession, !session.secondFactorDone else { return req.redirect(to: "\(prefix(l))/staff/login") }
        let s = StaffStrings.of(l)
        let keys = throttleKeys(req, email: session.user.email)
        let left = try await wait(req, keys: keys)
        if left > 0 {
            return tooSoon(try await totpForm(req, l, error: s.loginWait(left), status: .tooManyRequests), seconds: left)
        }
        let store = req.stores.staff, now = req.clock.now()
        let code = (try? req.content.get(String.self, at: "code")) ?? ""
        guard let creds = try await store.credentials(id: session.user.id), let secret = creds.totpSecret,
              let step = TOTP(secret: secret).matchingStep(code, at: now),
              try await store.consumeTOTPStep(userID: session.user.id, step: Int64(step)) else {
            try await recordFailure(req, keys: keys)
            return try await totpForm(req, l, error: s.totpFailed, status: .unauthorized)
        }
        try await recordSuccess(req, keys: keys)
        try await store.touchSession(id: session.id, now: now, secondFactorDone: true)
        return req.redirect(to: safeNext(req, try? req.content.get(String.self, at: "next"), l))
    }

    func logout(_ req: Request, _ l: Language) async throws -> Response {
        if let session = req.staffSession { try await req.stores.staff.endSession(id: session.id) }
        let response = req.redirect(to: "\(prefix(l))/staff/login")
        response.cookies[StaffCookie.name] = StaffCookie.make("", secure: req.isSecure, maxAge: 0)
        return response
    }

    // MARK: Signed-in pages

    func home(_ req: Request, _ l: Language, notice: String?) async throws -> Response {
        let (user, _) = try req.requireAnyStaff()
        return html(StaffHome.view(.init(language: l, csrf: try await req.formToken(), user: user, notice: notice), .of(l)))
    }

    func profile(_ req: Request, _ l: Language, notice: String? = nil, passwordErrors: [(field: String, message: String)] = [],
                 totpError: String? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let (user, _) = try req.requireAnyStaff()
        var enrolment: StaffProfile.Enrolment?
        if !user.totpEnabled {
            let secret = Base32.encode(TOTP.generateSecret())
            let signer = try await req.application.appServices.formTokens.get(req.stores.secrets)
            enrolment = .init(secret: secret,
                              signature: signer.issue(binding: "totp:\(user.id.uuidString):\(secret)", now: req.clock.now()),
                              uri: TOTP(secret: Base32.decode(secret) ?? []).provisioningURI(account: user.email))
        }
        return html(StaffProfile.view(.init(language: l, csrf: try await req.formToken(), user: user, enrolment: enrolment,
                                            notice: notice, passwordErrors: passwordErrors, totpError: totpError), .of(l)),
                    status: status)
    }

    func changePassword(_ req: Request, _ l: Language) async throws -> Response {
        let (user, _) = try req.requireAnyStaff()
        let s = StaffStrings.of(l)
        let current = (try? req.content.get(String.self, at: "current")) ?? ""
        let new = (try? req.content.get(String.self, at: "new")) ?? ""
        let store = req.stores.staff
        let creds = try await store.credentials(id: user.id)
        guard await Passwords.verify(current, hash: creds?.passwordHash, dummy: req.application.appServices.dummyPasswordHash,
                                     on: req.application.appServices.passwordPool) else {
            return try await profile(req, l, passwordErrors: [("current", s.passwordWrong)], status: .unprocessableEntity)
        }
        guard new.count >= Passwords.minimumLength else {
            return try await profile(req, l, passwordErrors: [("new", s.passwordTooShort(Passwords.minimumLength))],
                                     status: .unprocessableEntity)
        }
        let now = req.clock.now()
        try await store.setPassword(userID: user.id, hash: try await Passwords.hash(new, cost: req.application.appServices.bcryptCost,
                                                                                on: req.application.appServices.passwordPool),
                                    now: now)
        // Every other session ends; this one is replaced by a fresh session.
        try await store.endAllSessions(userID: user.id)
        let token = SecretToken.generate(.staff).replacingOccurrences(of: TokenKind.staff.prefix, with: "sess_")
        let policy = req.application.appServices.sessionPolicy
        try await store.createSession(token: token, userID: user.id, now: now, expiresAt: now.addingTimeInterval(policy.absolute),
                                      secondFactorDone: true)
        let response = html(StaffMessage.view(.init(language: l, csrf: "", user: user, title: s.changePasswordTitle,
                                                    text: s.passwordChanged), .of(l)))
        response.cookies[StaffCookie.name] = StaffCookie.make(token, secure: req.isSecure, maxAge: Int(policy.absolute))
        return response
    }

    func enableTOTP(_ req: Request, _ l: Language) async throws -> Response {
        let (user, _) = try req.requireAnyStaff()
        let s = StaffStrings.of(l)
        let secret = (try? req.content.get(String.self, at: "secret")) ?? ""
        let signature = (try? req.content.get(String.self, at: "signature")) ?? ""
        let code = (try? req.content.get(String.self, at: "code")) ?? ""
        let signer = try await req.application.appServices.formTokens.get(req.stores.secrets)
        let now = req.clock.now()
        guard signer.verify(signature, binding: "totp:\(user.id.uuidString):\(secret)", now: now),
              let bytes = Base32.decode(secret), TOTP(secret: bytes).matchingStep(code, at: now) != nil else {
            return try await profile(req, l, totpError: s.totpFailed, status: .unprocessableEntity)
        }
        try await req.stores.staff.setTOTPSecret(userID: user.id, secret: bytes, now: now)
        return try await home(req, l, notice: s.totpEnabled)
    }

    func logoutEverywhere(_ req: Request, _ l: Language) async throws -> Response {
        let (user, _) = try req.requireAnyStaff()
        try await req.stores.staff.endAllSessions(userID: user.id)
        let response = req.redirect(to: "\(prefix(l))/staff/login")
        response.cookies[StaffCookie.name] = StaffCookie.make("", secure: req.isSecure, maxAge: 0)
        return response
    }

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
        return html(ClientShow.view(.init(language: l, csrf: csrf, user: user, client: client), .of(l)))
    }

    func client(_ req: Request, _ l: Language) async throws -> Response {
        let (user, principal) = try req.requireStaff(.clientsRead)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        let reader = ClientReader(staffUserID: user.id, roles: principal.roles, offices: principal.offices,
                                  channel: "page /staff/clients/{id}", purpose: "client record")
        guard let client = try await req.useCases.readClientRecord(id: id, by: reader) else {
            throw Abort(.notFound)
        }
        return html(ClientShow.view(.init(language: l, csrf: try await req.formToken(), user: user, client: client), .of(l)))
    }

    func accessLog(_ req: Request, _ l: Language) async throws -> Response {
        let (user, _) = try req.requireStaff(.accessLogRead)
        let clientText = (req.query[String.self, at: "clientId"] ?? "").trimmingCharacters(in: .whitespaces)
        let staffText = (req.query[String.self, at: "staffUserId"] ?? "").trimmingCharacters(in: .whitespaces)
        let entries = try await req.stores.clients.accessLog(
            clientID: UUID(uuidString: clientText), staffUserID: UUID(uuidString: staffText))
        let staff = try await req.stores.staff.users()
        let names = Dictionary(staff.map { ($0.id, "\($0.name) \($0.surname)") }, uniquingKeysWith: { a, _ in a })
        return html(AccessLogPage.view(.init(language: l, csrf: try await req.formToken(), user: user, clientID: clientText,
                                             staffUserID: staffText, entries: entries, staffNames: names), .of(l)))
    }

    // MARK: Administration and audit

    func auditTrail(_ req: Request, _ l: Language) async throws -> Response {
        let (user, _) = try req.requireStaff(.auditTrailRead)
        let entries = try await req.stores.auditTrail.entries(entity: req.query[String.self, at: "entity"],
                                                             entityID: req.query[String.self, at: "entityId"], limit: 200)
        return html(AuditTrailPage.view(.init(language: l, csrf: try await req.formToken(), user: user, entries: entries), .of(l)))
    }

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
        return req.redirect(to: "\(prefix(l))/staff/users")
    }

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
        return req.redirect(to: "\(prefix(l))/staff/tokens")
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
        return req.redirect(to: "\(prefix(l))/staff/users")
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

    /// The day's appointments of an office: the office scope is the policy's to decide.
    func dayView(_ req: Request, _ l: Language, notice: String? = nil, error: String? = nil,
                 status: HTTPResponseStatus = .ok) async throws -> Response {
        let slug = req.parameters.get("office") ?? ""
        let (user, principal) = try req.requireStaff(.clientsRead, office: slug)
        guard let office = try await req.stores.reference.office(slug: slug) else { throw Abort(.notFound) }
        let date = req.query[String.self, at: "date"].flatMap(LocalDate.init(iso:)) ?? req.today
        let reader = ClientReader(staffUserID: user.id, roles: principal.roles, offices: principal.offices,
                                              channel: "page /staff/offices/{office}/appointments", purpose: "day's appointments")
        let appointments = try await req.stores.bookings.day(officeSlug: slug, date: date, by: reader,
                                                                        now: req.clock.now())
        let services = try await req.stores.reference.services()
        let names = Dictionary(services.map { ($0.slug, $0.name) }, uniquingKeysWith: { a, _ in a })
        var waiting: [(String, Int)] = []
        for service in services where service.needsAppointment && (office.desks[service.slug] ?? 0) > 0 {
            let n = try await req.stores.waitlist.line(officeSlug: slug, serviceSlug: service.slug).count
            if n > 0 { waiting.append((service.name.text(l), n)) }
        }
        let canManage = AccessPolicy.decide(principal, .bookingsManage, office: slug) == .allow
        return html(DayView.view(.init(language: l, csrf: try await req.formToken(), user: user, office: office, date: date,
                                       appointments: appointments, serviceNames: names, waiting: waiting,
                                       canManage: canManage, now: req.clock.now(), notice: notice, error: error), .of(l)),
                    status: status)
    }

    func calendarAdmin(_ req: Request, _ l: Language, notice: String?, errors: [(field: String, message: String)],
                       status: HTTPResponseStatus) async throws -> Response {
        let (user, _) = try req.requireStaff(.referenceEdit)
        let store = req.stores.reference
        return html(CalendarAdmin.view(.init(language: l, csrf: try await req.formToken(), user: user,
                                             offices: try await store.offices(),
                                             services: try await store.services().filter(\.needsAppointment),
                                             releaseRules: try await store.releaseRules(),
                                             notice: notice, errors: errors,
                                             visitSettings: try await store.allVisitSettings(),
                                             visitOffice: req.query[String.self, at: "visitOffice"]
                                                ?? (try? req.content.get(String.self, at: "visitOffice"))),
                                        .of(l)), status: status)
    }

    /// Records an office exception; clients whose appointment it displaces are told (I-BOOK).
    func addException(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        struct Input: Content { var office: String?, date: String?, kind: String?, ranges: String?, reasonLv: String?, reasonEn: String? }
        let i = try req.content.decode(Input.self)
        let s = StaffStrings.of(l)
        var errors: [(field: String, message: String)] = []
        let date = i.date.flatMap(LocalDate.init(iso:))
        if date == nil { errors.append(("date", s.fieldRequired)) }
        let kind = i.kind.flatMap(OfficeException.Kind.init(rawValue:)) ?? .closed
        let ranges = TimeRange.parseList(i.ranges ?? "")
        if ranges == nil || (kind != .closed && ranges?.isEmpty == true) { errors.append(("ranges", s.badRanges)) }
        let store = req.stores.reference
        guard errors.isEmpty, let date, let ranges, let office = try await store.office(slug: i.office ?? "") else {
            return try await calendarAdmin(req, l, notice: nil, errors: errors.isEmpty ? [("date", s.fieldRequired)] : errors,
                                           status: .unprocessableEntity)
        }
        let reason = i.reasonLv.flatMap { $0.isEmpty ? nil : LocalizedText(lv: $0, en: i.reasonEn?.isEmpty == false ? i.reasonEn : nil) }
        try await store.setException(officeSlug: office.slug, OfficeException(date: date, kind: kind, ranges: ranges, reason: reason),
                                     actor: admin.id.uuidString, now: req.clock.now())
        let notified = try await req.useCases.notifyDisplacedClients(date: date, officeSlug: office.slug)
        return try await calendarAdmin(req, l, notice: s.savedNotified(notified), errors: [], status: .ok)
    }

    /// A release schedule for an office and/or service; clients see it at once on the booking pages.
    func setReleaseRule(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        struct Input: Content {
            var releaseOffice: String?, releaseService: String?, releaseTime: String?, daysAhead: String?, leadMinutes: String?
        }
        let i = try req.content.decode(Input.self)
        let b = StaffBookingStrings.of(l)
        let store = req.stores.reference
        var errors: [(field: String, message: String)] = []
        let time = TimeOfDay(text: i.releaseTime ?? "")
        if time == nil { errors.append(("releaseTime", b.badTime)) }
        let days = Int(i.daysAhead ?? ""), lead = Int(i.leadMinutes ?? "")
        for problem in ReleaseRule.validate(daysAhead: days, minimumLeadMinutes: lead) {
            switch problem {
            case .daysAhead: errors.append(("daysAhead", b.badDaysAhead))
            case .lead: errors.append(("leadMinutes", b.badLead))
            }
        }
        let office = i.releaseOffice.flatMap { $0.isEmpty ? nil : $0 }
        let service = i.releaseService.flatMap { $0.isEmpty ? nil : $0 }
        if let office, try await store.office(slug: office) == nil { errors.append(("releaseOffice", StaffStrings.of(l).fieldRequired)) }
        if let service, try await store.service(slug: service) == nil { errors.append(("releaseService", StaffStrings.of(l).fieldRequired)) }
        guard errors.isEmpty, let time, let days, let lead else {
            return try await calendarAdmin(req, l, notice: nil, errors: errors, status: .unprocessableEntity)
        }
        try await store.setReleaseRule(ReleaseRule(officeSlug: office, serviceSlug: service,
                                                   schedule: ReleaseSchedule(releaseTime: time, daysAhead: days, minimumLeadMinutes: lead)),
                                       actor: admin.id.uuidString, now: req.clock.now())
        return try await calendarAdmin(req, l, notice: b.releaseSaved, errors: [], status: .ok)
    }

    /// An office's visit numbers (check-in window, quota, cut-off, fairness rule); audited.
    func setVisitSettings(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        let v = VisitSettingsStrings.of(l)
        func int(_ name: String) -> Int? { (try? req.content.get(String.self, at: name)).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } }
        let quotaText = ((try? req.content.get(String.self, at: "dailyQuota")) ?? "").trimmingCharacters(in: .whitespaces)
        let store = req.stores.reference
        guard let office = try await store.office(slug: (try? req.content.get(String.self, at: "visitOffice")) ?? "") else {
            throw Abort(.unprocessableEntity)
        }
        var errors: [(field: String, message: String)] = []
        let values = VisitSettings.Field.allCases.filter { $0 != .dailyQuota }.map { ($0, int($0.rawValue)) }
        for (field, value) in values where value == nil { errors.append((field.rawValue, v.outOfRange)) }
        let quota = quotaText.isEmpty ? nil : Int(quotaText)
        if !quotaText.isEmpty && quota == nil { errors.append(("dailyQuota", v.outOfRange)) }
        let settings = VisitSettings(
            checkIn: CheckInRule(earliestMinutes: int("earliestMinutes") ?? -1, graceMinutes: int("graceMinutes") ?? -1),
            walkIn: WalkInRule(dailyQuota: quota, cutoffMinutes: int("cutoffMinutes") ?? -1),
            callOrder: CallOrder(appointmentsBeforeWalkIn: int("appointmentsBeforeWalkIn") ?? -1,
                                 walkInWaitMinutes: int("walkInWaitMinutes") ?? -1),
            closing: ClosingRule(policy: ClosingRule.Policy(rawValue: (try? req.content.get(String.self, at: "closingPolicy")) ?? "")
                                     ?? .serve,
                                 passValidDays: int("passValidDays") ?? -1, extraDaysAhead: int("extraDaysAhead") ?? -1))
        for field in settings.problems() where !errors.contains(where: { $0.field == field.rawValue }) {
            errors.append((field.rawValue, v.outOfRange))
        }
        guard errors.isEmpty else { return try await calendarAdmin(req, l, notice: nil, errors: errors, status: .unprocessableEntity) }
        try await store.setVisitSettings(officeSlug: office.slug, settings, actor: admin.id.uuidString, now: req.clock.now())
        return try await calendarAdmin(req, l, notice: v.saved, errors: [], status: .ok)
    }

    func addHoliday(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        let s = StaffStrings.of(l)
        let date = (try? req.content.get(String.self, at: "holidayDate")).flatMap(LocalDate.init(iso:))
        let nameLv = ((try? req.content.get(String.self, at: "nameLv")) ?? "").trimmingCharacters(in: .whitespaces)
        let nameEn = ((try? req.content.get(String.self, at: "nameEn")) ?? "").trimmingCharacters(in: .whitespaces)
        var errors: [(field: String, message: String)] = []
        if date == nil { errors.append(("holidayDate", s.fieldRequired)) }
        if nameLv.isEmpty { errors.append(("nameLv", s.fieldRequired)) }
        guard errors.isEmpty, let date else { return try await calendarAdmin(req, l, notice: nil, errors: errors, status: .unprocessableEntity) }
        try await req.stores.reference.addOneOffHoliday(
            PublicHoliday(date: date, kind: .oneOff, name: LocalizedText(lv: nameLv, en: nameEn.isEmpty ? nil : nameEn)),
            actor: admin.id.uuidString, now: req.clock.now())
        let notified = try await req.useCases.notifyDisplacedClients(date: date, officeSlug: nil)
        return try await calendarAdmin(req, l, notice: s.savedNotified(notified), errors: [], status: .ok)
    }
}
