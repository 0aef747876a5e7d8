import Domain
import Fluent
import Foundation
import Storage
import Testing
import TestSupport
import VaporTesting
@testable import Web
@testable import Wiring

/// Creates a member of staff and a token for them, as `apkalpe user add` and `token create` do.
func staffToken(_ app: Application, roles: Set<Role>, offices: Set<String> = ["ogre"],
                scopes: Set<Permission>? = nil, email: String? = nil) async throws -> (StaffUser, String) {
    let user = StaffUser(email: email ?? "\(UUID().uuidString.prefix(8))@pmlp.gov.lv", name: "Anna", surname: "Bērziņa",
                         unit: "Ogres nodaļa", position: "Referente", phone: "65000000", roles: roles, offices: offices)
    let store = FluentStaffStore(db: app.db)
    try await store.createUser(user, passwordHash: try Passwords.hash("correct horse battery", cost: 4),
                               now: testNow, actor: "test")
    let token = SecretToken.generate(.staff)
    _ = try await store.createToken(kind: .staff, token: token, name: "test", userID: user.id, officeSlug: nil,
                                    scopes: scopes, now: testNow, actor: "test")
    return (user, token)
}

func bearer(_ token: String) -> HTTPHeaders { ["Authorization": "Bearer \(token)", "Content-Type": "application/json"] }

func post(_ app: Application, _ path: String, json: String, headers: HTTPHeaders) async throws -> TestingHTTPResponse {
    var h = headers
    h.replaceOrAdd(name: .contentType, value: "application/json")
    return try await app.testing().sendRequest(.POST, path, headers: h, body: ByteBuffer(string: json))
}

func patch(_ app: Application, _ path: String, json: String, headers: HTTPHeaders) async throws -> TestingHTTPResponse {
    var h = headers
    h.replaceOrAdd(name: .contentType, value: "application/json")
    return try await app.testing().sendRequest(.PATCH, path, headers: h, body: ByteBuffer(string: json))
}

@Suite("Staff API: tokens, permissions, the client register and its access log")
struct StaffAPITests {
    @Test(arguments: TestDB.all)
    func meNeedsALiveTokenOfTheRightShape(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let (user, token) = try await staffToken(app, roles: [.clerk])
            let me = try await get(app, "/api/v1/me", headers: bearer(token))
            #expect(me.status == .ok)
            #expect(try me.json()["email"] as? String == user.email)
            #expect(try me.json()["permissions"] as? [String] == ["bookings:manage", "cases:read", "clients:read", "clients:search", "clients:write", "queue:serve",
                                                                   "submissions:register"])

            let anonymous = try await get(app, "/api/v1/me")
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.headers.first(name: "WWW-Authenticate") == "Bearer")
            #expect(try anonymous.json()["type"] as? String == "/problems/unauthenticated")
            for bad in ["Bearer apk_staff_nope", "Bearer \(token)x", "Basic abc", "Bearer apk_other_\(token.dropFirst(10))",
                        "Bearer " + "apk_kiosk_" + token.dropFirst(10)] {
                let res = try await get(app, "/api/v1/me", headers: ["Authorization": bad])
                #expect(res.status == .unauthorized, "\(bad.prefix(20))")
            }
        }
    }

    @Test func revokedTokensAndDisabledUsersAreRefused() async throws {
        try await withTestApp { app in
            let (user, token) = try await staffToken(app, roles: [.clerk])
            let store = FluentStaffStore(db: app.db)
            let t = try #require(try await store.tokens().first)
            try await store.revokeToken(id: t.id, now: testNow, actor: "test")
            #expect(try await get(app, "/api/v1/me", headers: bearer(token)).status == .unauthorized)

            let (other, second) = try await staffToken(app, roles: [.clerk])
            #expect(try await get(app, "/api/v1/me", headers: bearer(second)).status == .ok)
            try await store.disable(email: other.email, now: testNow, actor: "test")
            #expect(try await get(app, "/api/v1/me", headers: bearer(second)).status == .unauthorized)
            _ = user
        }
    }

    @Test(arguments: TestDB.all)
    func registeringAndReadingAClientLeavesATrace(db: TestDB) async throws {
        let clock = FixedClock(testNow)
        try await withTestApp(db, clock: clock) { app in
            let (clerk, token) = try await staffToken(app, roles: [.clerk])
            let created = try await post(app, "/api/v1/clients", json: """
                {"name":"Jānis","surname":"Ozols","personalCode":"16117519997","phone":"20000000","language":"lv"}
                """, headers: bearer(token))
            #expect(created.status == .created)
            let id = try #require(try created.json()["id"] as? String)
            #expect(try created.json()["personalCode"] as? String == "161175-19997")

            let read = try await get(app, "/api/v1/clients/\(id)", headers: bearer(token))
            #expect(read.status == .ok)
            #expect(try read.json()["surname"] as? String == "Ozols")
            clock.advance(by: 60)

            let found = try await post(app, "/api/v1/clients/lookup",
                                       json: #"{"personalCode":"161175-19997","purpose":"phone enquiry"}"#, headers: bearer(token))
            #expect((try found.json()["items"] as? [[String: Any]])?.count == 1)

            let (_, auditorToken) = try await staffToken(app, roles: [.auditor], offices: [])
            let log = try await get(app, "/api/v1/access-log?clientId=\(id)", headers: bearer(auditorToken))
            #expect(log.status == .ok)
            let items = try #require(try log.json()["items"] as? [[String: Any]])
            #expect(items.count == 2)
            #expect(items.allSatisfy { $0["staffUserId"] as? String == clerk.id.uuidString })
            #expect(items.map { $0["purpose"] as? String } == ["phone enquiry", "client record"])
            #expect(items.map { $0["at"] as? String }.last == "2026-12-21T10:00:00+02:00")

            // Art. 15: the export holds the record and every read, and is itself logged.
            clock.advance(by: 60)
            let export = try await get(app, "/api/v1/clients/\(id)/export", headers: bearer(token))
            #expect(export.status == .ok)
            let doc = try export.json()
            #expect((doc["client"] as? [String: String])?["personalCode"] == "161175-19997")
            #expect((doc["reads"] as? [[String: Any]])?.count == 3)
            #expect(((doc["reads"] as? [[String: Any]])?.last?["purpose"] as? String) == "Art. 15 export")
            #expect(doc["supervisoryAuthority"] as? String == "Datu valsts inspekcija")
            #expect(try await get(app, "/api/v1/clients/\(UUID())/export", headers: bearer(token)).status == .notFound)

            // The clerk may not read the log; nobody may change it.
            #expect(try await get(app, "/api/v1/access-log", headers: bearer(token)).status == .forbidden)
            for method in [HTTPMethod.POST, .PUT, .PATCH, .DELETE] {
                let res = try await app.testing().sendRequest(method, "/api/v1/access-log", headers: bearer(auditorToken))
                #expect(res.status == .methodNotAllowed)
            }
        }
    }

    @Test func badClientInputIs422NamingTheField() async throws {
        try await withTestApp { app in
            let (_, token) = try await staffToken(app, roles: [.operator])
            let checksum = try await post(app, "/api/v1/clients",
                                          json: #"{"name":"Jānis","surname":"Ozols","personalCode":"161175-19998"}"#,
                                          headers: bearer(token))
            #expect(checksum.status == .unprocessableEntity)
            #expect((try checksum.json()["errors"] as? [[String: String]])?.first?["pointer"] == "/personalCode")
            let english = try await post(app, "/api/v1/clients",
                                         json: #"{"name":" ","surname":"Ozols"}"#,
                                         headers: bearer(token).merging(["Accept-Language": "en"]))
            #expect(english.status == .unprocessableEntity)
            let pointers = (try english.json()["errors"] as? [[String: String]])?.compactMap { $0["pointer"] }
            #expect(pointers == ["/name", "/personalCode"])
            let malformed = try await post(app, "/api/v1/clients", json: #"{"name":"#, headers: bearer(token))
            #expect(malformed.status == .badRequest)
            let foreigner = try await post(app, "/api/v1/clients", json: """
                {"name":"John","surname":"Smith","birthDate":"1980-02-29","documentNumber":"X1234567","language":"en"}
                """, headers: bearer(token))
            #expect(foreigner.status == .created)
            let duplicate = try await post(app, "/api/v1/clients",
                                           json: #"{"name":"A","surname":"B","personalCode":"32123456789"}"#, headers: bearer(token))
            #expect(duplicate.status == .created)
            let again = try await post(app, "/api/v1/clients",
                                       json: #"{"name":"A","surname":"B","personalCode":"321234-56789"}"#, headers: bearer(token))
            #expect(again.status == .conflict)
            let lookup = try await post(app, "/api/v1/clients/lookup", json: #"{"personalCode":"32123456789","purpose":""}"#,
                                        headers: bearer(token))
            #expect(lookup.status == .unprocessableEntity)
        }
    }

    @Test func tokenScopesNarrowWhatAUserMayDo() async throws {
        try await withTestApp { app in
            let (_, readOnly) = try await staffToken(app, roles: [.clerk], scopes: [.clientsRead])
            let res = try await post(app, "/api/v1/clients", json: #"{"name":"A","surname":"B","personalCode":"32123456789"}"#,
                                     headers: bearer(readOnly))
            #expect(res.status == .forbidden)
            #expect(try res.json()["type"] as? String == "/problems/forbidden")
            let (_, admin) = try await staffToken(app, roles: [.administrator], offices: [])
            #expect(try await get(app, "/api/v1/clients/\(UUID())", headers: bearer(admin)).status == .forbidden)
            // Permission is decided before the body is read: no validation hints for the unauthorised.
            #expect(try await post(app, "/api/v1/clients", json: "{", headers: bearer(admin)).status == .forbidden)
            #expect(try await post(app, "/api/v1/clients", json: "{", headers: [:]).status == .unauthorized)
            #expect(try await get(app, "/api/v1/clients/\(UUID())").status == .unauthorized)
            let (_, clerk) = try await staffToken(app, roles: [.clerk])
            #expect(try await get(app, "/api/v1/clients/\(UUID())", headers: bearer(clerk)).status == .notFound)
            #expect(try await get(app, "/api/v1/clients/not-a-uuid", headers: bearer(clerk)).status == .badRequest)
        }
    }
}

extension HTTPHeaders {
    func merging(_ other: HTTPHeaders) -> HTTPHeaders {
        var h = self
        for (name, value) in other { h.replaceOrAdd(name: name, value: value) }
        return h
    }
}

@Suite("Administration CLI")
struct AdminCLITests {
    func run(_ app: Application, _ args: String, stdin: String? = nil) async throws -> String {
        try await AdminCLI.execute(args.split(separator: " ").map(String.init), db: app.db,
                                   settings: AppSettings(clock: FixedClock(testNow)),
                                   stdin: { stdin })
    }

    @Test func userAddPrintsOnlyAOneTimePasswordThatWorks() async throws {
        try await withTestApp { app in
            let out = try await run(app, "user add --email anna@pmlp.gov.lv --name Anna --surname Bērziņa --role clerk --role operator --office ogre --unit Ogre --position Referente --phone 65000000")
            #expect(out.count == 16)
            #expect(!out.contains(" ") && !out.contains("\n"))
            let creds = try #require(try await FluentStaffStore(db: app.db).credentials(email: "anna@pmlp.gov.lv"))
            #expect(await Passwords.verify(out, hash: creds.passwordHash, dummy: app.appServices.dummyPasswordHash,
                                           on: app.appServices.passwordPool))
            #expect(creds.user.roles == [.clerk, .operator])
            #expect(creds.user.position == "Referente")

            let silent = try await run(app, "user add --email b@pmlp.gov.lv --name B --surname C --role auditor --password-stdin",
                                       stdin: "a long passphrase here")
            #expect(silent.isEmpty)
            let list = try await run(app, "user list")
            #expect(list.split(separator: "\n").count == 2)
            #expect(list.contains("anna@pmlp.gov.lv\tAnna Bērziņa\tclerk,operator\togre\tactive"))

            let token = try await run(app, "token create --user anna@pmlp.gov.lv --scope clients:read")
            #expect(token.hasPrefix("apk_staff_"))
            #expect(try await get(app, "/api/v1/me", headers: bearer(token)).status == .ok)
            let kiosk = try await run(app, "kiosk add --office ogre --name Entrance")
            #expect(kiosk.hasPrefix("apk_kiosk_"))
            // A kiosk is authenticated but is nobody: staff routes refuse it (403), never 401.
            #expect(try await get(app, "/api/v1/me", headers: bearer(kiosk)).status == .forbidden)
            let integration = try await run(app, "token create --integration treasury-statements --scope clients:read")
            #expect(integration.hasPrefix("apk_int_"))
            #expect(try await get(app, "/api/v1/me", headers: bearer(integration)).status == .forbidden)
            #expect(try await get(app, "/api/v1/clients/\(UUID())", headers: bearer(integration)).status == .forbidden)
            await #expect(throws: AdminCLI.UsageError.self) { try await run(app, "token create --integration x") }

            #expect(try await run(app, "user disable --email anna@pmlp.gov.lv").isEmpty)
            #expect(try await get(app, "/api/v1/me", headers: bearer(token)).status == .unauthorized)
        }
    }

    @Test(arguments: [
        "user add --email anna@pmlp.gov.lv --name A --surname B --role wizard --office ogre",
        "user add --email anna@pmlp.gov.lv --name A --surname B --role clerk",
        "user add --email anna@pmlp.gov.lv --name A --surname B --role clerk --office atlantis",
        "user add --email not-an-email --name A --surname B --role clerk --office ogre",
        "user add --name A --surname B --role clerk --office ogre",
        "user add --email a@pmlp.gov.lv --name A --surname B --role clerk --office ogre --colour blue",
        "token create --user nobody@pmlp.gov.lv",
        "kiosk add --office atlantis --name X",
        "user frobnicate",
    ])
    func badInvocationsChangeNothing(args: String) async throws {
        try await withTestApp { app in
            await #expect(throws: AdminCLI.UsageError.self) { try await run(app, args) }
            let users = try await FluentStaffStore(db: app.db).users()
            #expect(users.isEmpty)
        }
    }
}
