import Domain
import Fluent
import Foundation
import Testing
import TestSupport
@testable import Storage

@Suite("Staff accounts, tokens, sessions and the client register on SQLite and PostgreSQL")
struct StaffStoreTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func anna() -> StaffUser {
        StaffUser(email: " Anna.Berzina@PMLP.gov.lv ", name: "Anna", surname: "Bērziņa", unit: "Ogres nodaļa",
                  position: "Vecākā referente", phone: "65000000", roles: [.clerk], offices: ["ogre"])
    }

    @Test(arguments: TestDatabase.all)
    func usersAreUniqueByEmailAndDisablingEndsEverything(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let store = FluentStaffStore(db: instance.db)
            let user = anna()
            try await store.createUser(user, passwordHash: "hash", now: now, actor: "cli")
            #expect(user.email == "anna.berzina@pmlp.gov.lv")
            await #expect(throws: StorageError.self) {
                try await store.createUser(anna(), passwordHash: "x", now: now, actor: "cli")
            }
            let creds = try #require(try await store.credentials(email: "ANNA.berzina@pmlp.gov.lv"))
            #expect(creds.user.roles == [.clerk])
            #expect(creds.user.offices == ["ogre"])

            let token = SecretToken.generate(.staff)
            _ = try await store.createToken(kind: .staff, token: token, name: "t", userID: user.id, officeSlug: nil,
                                            scopes: nil, now: now, actor: "cli")
            try await store.createSession(token: "session-secret", userID: user.id, now: now,
                                          expiresAt: now.addingTimeInterval(3600), secondFactorDone: true)
            #expect(try await store.useToken(token, now: now) != nil)
            #expect(try await store.session(token: "session-secret") != nil)

            try await store.disable(email: user.email, now: now, actor: "cli")
            #expect(try await store.useToken(token, now: now) == nil)
            #expect(try await store.session(token: "session-secret") == nil)
            #expect(try await store.user(id: user.id)?.active == false)
            let trail = try await AuditTrail.entries(on: instance.db, entity: "staff_user", entityID: user.id.uuidString)
            #expect(trail.map(\.action) == ["disable", "create"])
            #expect(trail[0].before?.contains("active=true") == true)
            #expect(trail[0].after?.contains("active=false") == true)
        }
    }

    @Test(arguments: TestDatabase.all)
    func tokensAreStoredHashedAndRevocable(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let store = FluentStaffStore(db: instance.db)
            let user = anna()
            try await store.createUser(user, passwordHash: "hash", now: now, actor: "cli")
            let token = SecretToken.generate(.staff)
            #expect(token.hasPrefix("apk_staff_"))
            let created = try await store.createToken(kind: .staff, token: token, name: "reports", userID: user.id,
                                                      officeSlug: nil, scopes: [.clientsRead], now: now, actor: "cli")
            let rows = try await APITokenModel.query(on: instance.db).all()
            #expect(rows.allSatisfy { $0.tokenHash != token && !$0.tokenHash.contains("apk_") })
            let used = try #require(try await store.useToken(token, now: now.addingTimeInterval(120)))
            #expect(used.scopes == [.clientsRead])
            #expect(used.lastUsedAt == now.addingTimeInterval(120))
            #expect(try await store.useToken(token + "x", now: now) == nil)
            try await store.revokeToken(id: created.id, now: now, actor: "admin")
            #expect(try await store.useToken(token, now: now) == nil)
        }
    }

    @Test(arguments: TestDatabase.all)
    func totpStepsCannotBeReplayed(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let store = FluentStaffStore(db: instance.db)
            let user = anna()
            try await store.createUser(user, passwordHash: "hash", now: now, actor: "cli")
            try await store.setTOTPSecret(userID: user.id, secret: Array("12345678901234567890".utf8), now: now)
            #expect(try await store.credentials(id: user.id)?.totpSecret == Array("12345678901234567890".utf8))
            #expect(try await store.consumeTOTPStep(userID: user.id, step: 100))
            #expect(try await !store.consumeTOTPStep(userID: user.id, step: 100))
            #expect(try await !store.consumeTOTPStep(userID: user.id, step: 99))
            #expect(try await store.consumeTOTPStep(userID: user.id, step: 101))
        }
    }

    @Test(arguments: TestDatabase.all)
    func loginFailuresCountWithinAWindow(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let store = FluentStaffStore(db: instance.db)
            for i in 0..<4 { try await store.recordFailure(key: "account:a", now: now.addingTimeInterval(Double(i)), window: 900) }
            #expect(try await store.failures(key: "account:a", now: now, window: 900)?.count == 4)
            #expect(try await store.failures(key: "account:a", now: now.addingTimeInterval(2000), window: 900) == nil)
            try await store.recordFailure(key: "account:a", now: now.addingTimeInterval(2000), window: 900)
            #expect(try await store.failures(key: "account:a", now: now.addingTimeInterval(2000), window: 900)?.count == 1)
            try await store.clearFailures(key: "account:a")
            #expect(try await store.failures(key: "account:a", now: now, window: 900) == nil)
        }
    }

    @Test(arguments: TestDatabase.all)
    func everyStaffReadOfAClientIsLogged(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let clients = FluentClientStore(db: instance.db)
            let code = try PersonalCode(validating: "161175-19997")
            let client = Client(name: "Jānis", surname: "Ozols", identity: .personalCode(code), phone: "20000000",
                                createdAt: now)
            try await clients.create(client, actor: "u1")
            await #expect(throws: StorageError.self) {
                try await clients.create(Client(name: "Other", surname: "Person", identity: .personalCode(code),
                                                createdAt: now), actor: "u1")
            }
            let staff = UUID()
            let reader = FluentClientStore.Reader(staffUserID: staff, roles: [.clerk], channel: "test", purpose: "visit")
            #expect(try await clients.read(id: client.id, by: reader, now: now)?.surname == "Ozols")
            let lookup = FluentClientStore.Reader(staffUserID: staff, roles: [.clerk], channel: "search",
                                                  purpose: "caller asked about a passport")
            #expect(try await clients.read(personalCode: code, by: lookup, now: now.addingTimeInterval(5))?.id == client.id)
            #expect(try await clients.read(id: UUID(), by: reader, now: now) == nil)

            let log = try await clients.accessLog(clientID: client.id)
            #expect(log.count == 2)
            #expect(log.map(\.purpose) == ["caller asked about a passport", "visit"])
            #expect(log.allSatisfy { $0.staffUserID == staff && $0.staffRoles == [.clerk] })
            #expect(try await clients.accessLog(staffUserID: UUID()).isEmpty)

            let trail = try await AuditTrail.entries(on: instance.db, entity: "client")
            #expect(trail.count == 1)
            #expect(trail[0].after?.contains("161175-*****") == true)
            #expect(trail[0].after?.contains("19997") == false)      // the trail masks the code
        }
    }
}
