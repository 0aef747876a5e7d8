import Domain
import Fluent
import Foundation
import NIOCore
import Storage
import Testing
import TestSupport
import VaporTesting
@testable import Web

/// What a `Browser` got back: status, headers and body, as a person's browser would see them.
struct Reply: Sendable {
    var status: HTTPStatus
    var headers: HTTPHeaders
    var body: ByteBuffer
    var text: String { body.getString(at: body.readerIndex, length: body.readableBytes) ?? "" }

    init(status: HTTPStatus, headers: HTTPHeaders, body: ByteBuffer) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    init(_ r: TestingHTTPResponse) { self.init(status: r.status, headers: r.headers, body: r.body) }

    func json() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}

/// A minimal browser: keeps its cookies (the session, the pre-session that binds sign-in forms)
/// and reads the CSRF token from each form. Its requests go through the app's whole middleware
/// stack in memory, from a peer address (127.0.0.1), so `X-Forwarded-For` works as it does
/// behind a trusted proxy.
final class Browser: @unchecked Sendable {
    let app: Application
    var cookies: [String: String] = [:]
    var lastHTML = ""
    var headers: HTTPHeaders = [:]

    init(_ app: Application) { self.app = app }

    /// The staff session cookie's value, if signed in.
    var cookie: String? {
        get { cookies["apk_session"] }
        set { cookies["apk_session"] = newValue }
    }

    private func withCookies(_ h: HTTPHeaders) -> HTTPHeaders {
        var h = h
        if !cookies.isEmpty {
            h.add(name: .cookie, value: cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        return h
    }

    private func send(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders, body: ByteBuffer?) async throws -> Reply {
        try await app.asyncBoot()
        var h = headers
        h.replaceOrAdd(name: .contentLength, value: String(body?.readableBytes ?? 0))
        let request = Request(application: app, method: method, url: URI(string: path), headers: h, collectedBody: body,
                              remoteAddress: try SocketAddress(ipAddress: "127.0.0.1", port: 50_000), logger: app.logger,
                              on: app.eventLoopGroup.next())
        let response = try await app.responder.respond(to: request).get()
        let collected = try await response.body.collect(on: request.eventLoop).get() ?? ByteBuffer()
        let reply = Reply(status: response.status, headers: response.headers, body: collected)
        remember(reply)
        return reply
    }

    /// The page a redirect after a form leads to (post/redirect/get, issue 16 item 6).
    @discardableResult
    func follow(_ reply: Reply) async throws -> Reply {
        guard (300..<400).contains(reply.status.code), let location = reply.headers.first(name: .location) else { return reply }
        return try await get(location)
    }

    @discardableResult
    func get(_ path: String) async throws -> Reply {
        try await send(.GET, path, headers: withCookies(headers), body: nil)
    }

    @discardableResult
    func post(_ path: String, _ fields: [String: String], csrf: String? = nil) async throws -> Reply {
        var h = withCookies(headers)
        h.replaceOrAdd(name: .contentType, value: "application/x-www-form-urlencoded")
        var all = fields
        if let token = csrf ?? csrfToken { all["_csrf"] = token }
        let body = all.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
            .joined(separator: "&")
        return try await send(.POST, path, headers: h, body: ByteBuffer(string: body))
    }

    /// A `multipart/form-data` form, as a browser sends one with file inputs.
    @discardableResult
    func postMultipart(_ path: String, _ fields: [String: String], files: [(name: String, filename: String, type: String, data: [UInt8])])
        async throws -> Reply {
        var h = withCookies(headers)
        let boundary = "----apkalpe\(UUID().uuidString)"
        h.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        var all = fields
        if let token = csrfToken { all["_csrf"] = token }
        var body = ByteBuffer()
        for (k, v) in all.sorted(by: { $0.key < $1.key }) {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(k)\"\r\n\r\n\(v)\r\n")
        }
        for f in files {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(f.name)\"; filename=\"\(f.filename)\"\r\n"
                             + "Content-Type: \(f.type)\r\n\r\n")
            body.writeBytes(f.data)
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        return try await send(.POST, path, headers: h, body: body)
    }

    private func remember(_ res: Reply) {
        for set in res.headers[.setCookie] {
            let pair = set.prefix { $0 != ";" }
            guard let eq = pair.firstIndex(of: "=") else { continue }
            let name = String(pair[..<eq]), value = String(pair[pair.index(after: eq)...])
            cookies[name] = value.isEmpty ? nil : value
        }
        if res.headers.contentType == .html { lastHTML = res.text }
    }

    /// The `_csrf` value of the last page's first form.
    var csrfToken: String? {
        guard let r = lastHTML.range(of: "name=\"_csrf\" value=\"") else { return nil }
        return String(lastHTML[r.upperBound...].prefix { $0 != "\"" })
    }

    func signIn(_ email: String, _ password: String, language: String = "") async throws -> Reply {
        try await get("\(language)/staff/login")
        return try await post("\(language)/staff/login", ["email": email, "password": password])
    }
}

@Suite("Staff pages: sign-in, sessions, CSRF, throttling, TOTP, permissions")
struct StaffPageTests {
    static let password = "correct horse battery"

    @Test(arguments: TestDB.all)
    func signInAndOutWithASecureCookie(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let (user, _) = try await staffToken(app, roles: [.clerk])
            let b = Browser(app)
            let res = try await b.signIn(user.email, Self.password)
            #expect(res.status == .seeOther)
            #expect(res.headers.first(name: .location) == "/staff")
            let cookie = try #require(res.headers.first(name: .setCookie))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(!cookie.contains("Secure"))
            let home = try await b.get("/staff")
            #expect(home.status == .ok)
            #expect(home.text.contains("Labdien, Anna!"))
            #expect(home.text.contains("Ogres nodaļa"))
            try await b.post("/staff/logout", [:])
            #expect(try await b.get("/staff").status == .seeOther)

            // A client's own word that it came over TLS is not believed (issue 18): no HSTS, no Secure cookie.
            let claims = Browser(app)
            claims.headers = ["X-Forwarded-Proto": "https"]
            let claimed = try await claims.signIn(user.email, Self.password)
            #expect(claimed.headers.first(name: .setCookie)?.contains("Secure") == false)
            #expect(try await claims.get("/staff").headers.first(name: "Strict-Transport-Security") == nil)
        }
        // A trusted proxy's is (APKALPE_FAIR_ACCESS proxies=…; the Browser's peer is 127.0.0.1).
        try await withTestApp(db, settings: { $0.fairAccess = try! FairAccess.parse("proxies=127.0.0.1") }) { app in
            let (user, _) = try await staffToken(app, roles: [.clerk])
            let secure = Browser(app)
            secure.headers = ["X-Forwarded-Proto": "https"]
            let viaTLS = try await secure.signIn(user.email, Self.password)
            #expect(viaTLS.headers.first(name: .setCookie)?.contains("Secure") == true)
            let page = try await secure.get("/staff")
            #expect(page.headers.first(name: "Strict-Transport-Security") != nil)
        }
    }

    @Test func formsWithoutAValidTokenChangeNothing() async throws {
        try await withTestApp { app in
            let (user, _) = try await staffToken(app, roles: [.clerk])
            let b = Browser(app)
            let missing = try await b.post("/staff/login", ["email": user.email, "password": Self.password], csrf: "")
            #expect(missing.status == .forbidden)
            #expect(b.cookie == nil)
            try await b.get("/en/staff/login")                    // a token bound to another form
            let wrongForm = try await b.post("/staff/login", ["email": user.email, "password": Self.password])
            #expect(wrongForm.status == .forbidden)
            #expect(b.cookie == nil)

            #expect(try await b.signIn(user.email, Self.password).status == .seeOther)
            let foreign = Browser(app)
            try await foreign.get("/staff/login")
            let stolenToken = try #require(foreign.csrfToken)
            let forged = try await b.post("/staff/profile/logout-everywhere", [:], csrf: stolenToken)
            #expect(forged.status == .forbidden)
            #expect(try await b.get("/staff").status == .ok)     // still signed in: nothing changed
        }
    }

    @Test func failedLoginsSlowDownWithoutLockingOut() async throws {
        let clock = FixedClock(testNow)
        try await withTestApp(clock: clock) { app in
            let (user, _) = try await staffToken(app, roles: [.clerk])
            let b = Browser(app)
            for _ in 0..<4 {
                #expect(try await b.signIn(user.email, "wrong password!").status == .unauthorized)
            }
            let throttled = try await b.signIn(user.email, Self.password)
            #expect(throttled.status == .tooManyRequests)
            #expect(throttled.text.contains("Pārāk daudz neveiksmīgu mēģinājumu"))
            clock.advance(by: 3)
            #expect(try await b.signIn(user.email, Self.password).status == .seeOther)
        }
    }

    /// A password change ends every other session and keeps this one; it redirects, so a refresh
    /// does not send the old password again (issue 16, item 6).
    @Test(arguments: TestDB.all)
    func aPasswordChangeEndsOtherSessionsAndRedirects(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let (user, _) = try await staffToken(app, roles: [.clerk])
            let other = Browser(app)
            _ = try await other.signIn(user.email, Self.password)
            let b = Browser(app)
            _ = try await b.signIn(user.email, Self.password)
            try await b.get("/staff/profile")
            let wrong = try await b.post("/staff/profile/password", ["current": "not it", "new": "a much longer new password"])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("id=\"current-error\""))
            let changed = try await b.post("/staff/profile/password", ["current": Self.password, "new": "a much longer new password"],
                                           csrf: b.csrfToken)
            #expect(changed.status == .seeOther)
            #expect(changed.headers.first(name: .location) == "/staff/profile?done=password")
            let page = try await b.follow(changed)
            #expect(page.status == .ok)                                            // this browser stays signed in
            #expect(page.text.contains(StaffStrings.lv.passwordChanged))
            #expect(try await other.get("/staff/profile").status == .seeOther)    // the other one is signed out
            #expect(try await Browser(app).signIn(user.email, "a much longer new password").status == .seeOther)
        }
    }

    @Test func totpIsTheSecondStepAndCodesCannotBeReplayed() async throws {
        let clock = FixedClock(testNow)
        try await withTestApp(clock: clock) { app in
            let (user, _) = try await staffToken(app, roles: [.clerk])
            let b = Browser(app)
            _ = try await b.signIn(user.email, Self.password)
            // Enrol from the profile page: the page shows the secret, the form proves the app has it.
            let profile = try await b.get("/staff/profile")
            let secretRange = try #require(profile.text.range(of: "name=\"secret\" value=\""))
            let secret = String(profile.text[secretRange.upperBound...].prefix { $0 != "\"" })
            let totp = TOTP(secret: try #require(Base32.decode(secret)))
            #expect(profile.text.contains("otpauth://totp/Apkalpe:"))
            // …and as a QR code an authenticator app scans: the same URI, encoded (issue 16, item 8).
            let uri = try #require(profile.text.range(of: "<code>otpauth://").map { r in
                String(profile.text[profile.text.index(r.lowerBound, offsetBy: 6)...].prefix { $0 != "<" })
            }).replacingOccurrences(of: "&amp;", with: "&")
            #expect(profile.text.contains(try QRCode(uri).svg(moduleSize: 5, label: "QR kods autentifikatora lietotnei")))
            let badCode = try await b.post("/staff/profile/totp", ["secret": secret, "signature": signature(profile.text),
                                                                   "code": "000000"])
            #expect(badCode.status == .unprocessableEntity)
            let fresh = try await b.get("/staff/profile")
            let enrolled = try await b.post("/staff/profile/totp", ["secret": extract("secret", fresh.text),
                                                                    "signature": signature(fresh.text),
                                                                    "code": TOTP(secret: Base32.decode(extract("secret", fresh.text))!).code(at: clock.now())])
            #expect(enrolled.status == .seeOther)
            #expect(try await b.follow(enrolled).text.contains(StaffStrings.lv.totpEnabled))
            _ = totp
            try await b.post("/staff/logout", [:])

            let second = Browser(app)
            let step1 = try await second.signIn(user.email, Self.password)
            #expect(step1.headers.first(name: .location)?.hasPrefix("/staff/login/totp") == true)
            #expect(try await second.get("/staff").status == .seeOther)          // not in yet
            let creds = try #require(try await FluentStaffStore(db: app.db).credentials(id: user.id))
            let code = TOTP(secret: try #require(creds.totpSecret)).code(at: clock.now())
            try await second.get("/staff/login/totp")
            #expect(try await second.post("/staff/login/totp", ["code": code]).status == .seeOther)
            #expect(try await second.get("/staff").status == .ok)

            let third = Browser(app)
            _ = try await third.signIn(user.email, Self.password)
            try await third.get("/staff/login/totp")
            #expect(try await third.post("/staff/login/totp", ["code": code]).status == .unauthorized)   // replay
        }
    }

    func extract(_ name: String, _ html: String) -> String {
        guard let r = html.range(of: "name=\"\(name)\" value=\"") else { return "" }
        return String(html[r.upperBound...].prefix { $0 != "\"" })
    }
    func signature(_ html: String) -> String { extract("signature", html) }

    @Test func sessionsEndWhenIdleAndEverywhereOnRequest() async throws {
        let clock = FixedClock(testNow)
        try await withTestApp(clock: clock) { app in
            let (user, _) = try await staffToken(app, roles: [.clerk])
            let a = Browser(app), b = Browser(app)
            _ = try await a.signIn(user.email, Self.password)
            _ = try await b.signIn(user.email, Self.password)
            clock.advance(by: 29 * 60)
            #expect(try await a.get("/staff").status == .ok)
            clock.advance(by: 2 * 60)                           // b has been idle 31 minutes
            #expect(try await b.get("/staff").status == .seeOther)
            #expect(try await a.get("/staff").status == .ok)
            _ = try await b.signIn(user.email, Self.password)
            try await a.get("/staff/profile")
            #expect(try await a.post("/staff/profile/logout-everywhere", [:]).status == .seeOther)
            #expect(try await b.get("/staff").status == .seeOther)
            #expect(try await a.get("/staff").status == .seeOther)
        }
    }

    @Test(arguments: TestDB.all)
    func pagesFollowThePolicyAndClientReadsAreLogged(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let (clerk, _) = try await staffToken(app, roles: [.clerk])
            let (auditor, _) = try await staffToken(app, roles: [.auditor], offices: [])
            let client = Client(name: "Jānis", surname: "Ozols",
                                identity: .personalCode(try PersonalCode(validating: "161175-19997")), createdAt: testNow)
            try await FluentClientStore(db: app.db).create(client, actor: "test")

            let anonymous = Browser(app)
            let redirect = try await anonymous.get("/staff/clients/\(client.id)")
            #expect(redirect.status == .seeOther)
            #expect(redirect.headers.first(name: .location) == "/staff/login?next=/staff/clients/\(client.id)")

            let b = Browser(app)
            _ = try await b.signIn(clerk.email, Self.password)
            #expect(try await b.get("/staff/access-log").status == .forbidden)
            try await b.get("/staff/clients")
            let noPurpose = try await b.post("/staff/clients/search", ["personalCode": "161175-19997", "purpose": ""])
            #expect(noPurpose.status == .unprocessableEntity)
            #expect(noPurpose.text.contains("aria-describedby=\"purpose-hint purpose-error\""))
            try await b.get("/en/staff/clients")
            let badCode = try await b.post("/en/staff/clients/search", ["personalCode": "161175-19998", "purpose": "visit"])
            #expect(badCode.text.contains("check digit"))
            try await b.get("/staff/clients")
            let found = try await b.post("/staff/clients/search", ["personalCode": "16117519997", "purpose": "zvans par pasi"])
            #expect(found.status == .ok)
            #expect(found.text.contains("161175-19997"))
            #expect(try await b.get("/staff/clients/\(client.id)").text.contains("Ozols"))

            let audit = Browser(app)
            _ = try await audit.signIn(auditor.email, Self.password)
            let log = try await audit.get("/staff/access-log?clientId=\(client.id)")
            #expect(log.status == .ok)
            #expect(log.text.contains("zvans par pasi"))
            #expect(log.text.contains("page /staff/clients/{id}"))
            #expect(log.text.contains("Anna Bērziņa"))
            let entries = try await FluentClientStore(db: app.db).accessLog(clientID: client.id)
            #expect(entries.count == 2)
            #expect(try await audit.get("/staff/clients").status == .forbidden)   // auditors do not search
        }
    }

    @Test func nextOnlyLeadsInsideTheStaffArea() async throws {
        try await withTestApp { app in
            let (user, _) = try await staffToken(app, roles: [.clerk])
            let b = Browser(app)
            try await b.get("/staff/login?next=//evil.example")
            let res = try await b.post("/staff/login", ["email": user.email, "password": Self.password,
                                                        "next": "//evil.example"])
            #expect(res.headers.first(name: .location) == "/staff")
        }
    }
}

@Suite("Administration pages")
struct AdminPageTests {
    @Test(arguments: TestDB.all)
    func administratorsManageAccountsAndTokensAndAuditorsSeeTheTrail(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let (admin, _) = try await staffToken(app, roles: [.administrator], offices: [])
            let b = Browser(app)
            _ = try await b.signIn(admin.email, StaffPageTests.password)
            // The start page lists what needs an administrator (issue 16, item 8), each linked to its page.
            let home = try await b.get("/staff")
            #expect(home.text.contains("<h2 id=\"attention\">Jāpārbauda</h2>"))
            #expect(home.text.contains("\(StaffPage.officeDetails("ogre").path(.lv))\">Ogres nodaļa: nav apstiprināts — adrese, darba laiks, darba vietas</a>"))
            #expect(home.text.contains("nav otrā faktora"))
            try await b.get("/staff/users")
            let bad = try await b.post("/staff/users", ["email": "nope", "name": "", "surname": "X"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("class=\"error-summary\""))
            #expect(bad.text.contains("aria-describedby=\"email-error\""))
            let created = try await b.post("/staff/users", ["email": "janis@pmlp.gov.lv", "name": "Jānis", "surname": "Kalns",
                                                            "roles[]": "clerk", "offices[]": "ogre"])
            #expect(created.status == .created)
            let otpRange = try #require(created.text.range(of: "Vienreizējā parole: "))
            let otp = String(created.text[otpRange.upperBound...].prefix(16))
            #expect(try await b.get("/staff/users").text.contains(otp) == false)        // shown once

            let newcomer = Browser(app)
            #expect(try await newcomer.signIn("janis@pmlp.gov.lv", otp).status == .seeOther)

            try await b.get("/staff/tokens")
            let tokenPage = try await b.post("/staff/tokens", ["email": "janis@pmlp.gov.lv", "name": "reports",
                                                               "scopes[]": "clients:read"])
            #expect(tokenPage.status == .created)
            let tokenRange = try #require(tokenPage.text.range(of: "<code id=\"new-token\">"))
            let token = String(tokenPage.text[tokenRange.upperBound...].prefix { $0 != "<" })
            #expect(token.hasPrefix("apk_staff_"))
            #expect(try await get(app, "/api/v1/me", headers: bearer(token)).status == .ok)
            let kiosk = try await b.post("/staff/kiosks", ["office": "ogre", "kioskName": "Ieeja"])
            #expect(kiosk.status == .created)
            #expect(try await b.post("/staff/integrations", ["integrationName": "Valsts kase"]).status == .unprocessableEntity)
            let integration = try await b.post("/staff/integrations", ["integrationName": "Valsts kase",
                                                                       "integrationScopes[]": "clients:read"])
            #expect(integration.status == .created)
            #expect(integration.text.contains("apk_int_"))

            let stored = try await FluentStaffStore(db: app.db).tokens()
            let reports = try #require(stored.first { $0.name == "reports" })
            try await b.get("/staff/tokens")
            #expect(try await b.post("/staff/tokens/\(reports.id)/revoke", [:]).status == .seeOther)
            #expect(try await get(app, "/api/v1/me", headers: bearer(token)).status == .unauthorized)

            let target = try #require(try await FluentStaffStore(db: app.db).credentials(email: "janis@pmlp.gov.lv"))
            // Moving the clerk to Riga division 1 ends their session so the change applies at once.
            let edit = try await b.get("/staff/users/\(target.user.id)")
            #expect(edit.text.contains("value=\"ogre\" checked"))
            #expect(try await b.post("/staff/users/\(target.user.id)", ["roles[]": "clerk"]).status == .unprocessableEntity)
            #expect(try await b.post("/staff/users/\(target.user.id)", ["roles[]": "clerk", "offices[]": "riga-1"]).status == .seeOther)
            #expect(try await FluentStaffStore(db: app.db).user(id: target.user.id)?.offices == ["riga-1"])
            #expect(try await newcomer.get("/staff").status == .seeOther)
            _ = try await newcomer.signIn("janis@pmlp.gov.lv", otp)
            try await b.get("/staff/users")
            #expect(try await b.post("/staff/users/\(target.user.id)/disable", [:]).status == .seeOther)
            #expect(try await newcomer.get("/staff").status == .seeOther)               // session ended with the account

            let (auditor, _) = try await staffToken(app, roles: [.auditor], offices: [])
            let a = Browser(app)
            _ = try await a.signIn(auditor.email, StaffPageTests.password)
            let trail = try await a.get("/staff/audit-trail")
            #expect(trail.status == .ok)
            for action in ["create", "disable", "revoke"] { #expect(trail.text.contains(">\(action)<")) }
            #expect(trail.text.contains("active=true"))
            #expect(trail.text.contains("active=false"))
        }
    }
}

@Suite("Staff: the day's appointments and the mailbox")
struct DayViewTests {
    @Test(arguments: TestDB.all)
    func clerksSeeTheirOfficesDayAndEachClientShownIsLogged(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let created = try await post(app, "/api/v1/bookings", json: BookingAPITests.body(
                office: "ogre", extra: #""email":"janis@example.lv""#).replacingOccurrences(of: #""interpreter":false"#,
                                                                                          with: #""interpreter":true"#),
                headers: [:])
            #expect(created.status == .created)
            let (clerk, _) = try await staffToken(app, roles: [.clerk], offices: ["ogre"])
            let b = Browser(app)
            _ = try await b.signIn(clerk.email, StaffPageTests.password)
            let day = try await b.get("/staff/offices/ogre/appointments?date=2026-12-22")
            #expect(day.status == .ok)
            #expect(day.text.contains("09:00"))
            #expect(day.text.contains("Jānis Ozols"))
            #expect(day.text.contains("320000-*****"))                 // masked in the list
            #expect(!day.text.contains("32000000001"))
            #expect(day.text.contains(">jā<"))                         // interpreter flag
            let entries = try await FluentClientStore(db: app.db).accessLog(staffUserID: clerk.id)
            #expect(entries.count == 1)
            #expect(entries[0].recordType == "booking")
            #expect(try await b.get("/staff/offices/riga-1/appointments").status == .forbidden)
            #expect(try await b.get("/staff/outbox").status == .forbidden)

            let (supervisor, _) = try await staffToken(app, roles: [.supervisor], offices: ["ogre"])
            let s = Browser(app)
            _ = try await s.signIn(supervisor.email, StaffPageTests.password)
            let mail = try await s.get("/staff/outbox")
            #expect(mail.status == .ok)
            #expect(mail.text.contains("j•••@example.lv"))          // the list masks contacts…
            #expect(!mail.text.contains("Labdien, Jānis Ozols!"))   // …and shows no text
            let email = try #require(try await Outbox.messages(on: app.db).first { $0.channel == .email })
            #expect(mail.text.contains("/staff/outbox/\(email.id.uuidString)"))
            let opened = try await s.get("/staff/outbox/\(email.id.uuidString)")
            #expect(opened.text.contains("Labdien, Jānis Ozols!"))
        }
    }
}
