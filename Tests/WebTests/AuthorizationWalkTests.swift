import Domain
import Fluent
import Foundation
import Storage
import Testing
import TestSupport
import VaporTesting
@testable import Web

/// Walks every staff page and every protected API route as anonymous, as each role, and as a
/// clerk of another office, and checks allow or deny against the table below — written out by
/// hand from the issue, not derived from the policy under test. A route the table does not
/// know fails the test, so a new route cannot ship unclassified.
@Suite("Authorisation walk: every staff page and protected API route")
struct AuthorizationWalkTests {
    enum Need: Equatable {
        case anyStaff, permission(String)
        /// Data of one office: the role must grant the permission and reach that office
        /// (its own offices, or agency-wide).
        case officePermission(String, office: String)
    }

    /// What each role may do (issue 3: clerks, operators, case officers and supervisors work
    /// with clients of their offices; administrators manage accounts; auditors read logs).
    static let rolePermissions: [Role: Set<String>] = [
        .clerk: ["clients:read", "clients:write", "clients:search", "bookings:manage", "queue:serve", "submissions:register",
                 "cases:read"],
        .operator: ["clients:read", "clients:write", "clients:search", "bookings:manage"],
        // Issue 14: case officers finally have work — they register, read and work cases.
        // Issue 15: case officers correct their letters, supervisors any message of their offices (S-MAIL-FIX).
        .caseOfficer: ["clients:read", "clients:write", "clients:search", "submissions:register", "cases:read", "cases:work",
                       "messages:correct"],
        .supervisor: ["clients:read", "clients:write", "clients:search", "outbox:read", "bookings:manage", "queue:serve",
                      "visit-stats:read", "alerts:receive", "submissions:register", "cases:read", "cases:work", "messages:correct"],
        .administrator: ["users:manage", "tokens:manage", "kiosks:manage", "reference:edit", "visit-stats:read"],
        .auditor: ["clients:read", "access-log:read", "audit-trail:read", "visit-stats:read", "outbox:read", "cases:read"],
    ]

    /// Every protected route: "METHOD path" → what it needs.
    static let routes: [String: Need] = [
        "GET /staff": .anyStaff,
        "GET /staff/profile": .anyStaff,
        "POST /staff/profile/password": .anyStaff,
        "POST /staff/profile/signature": .anyStaff,
        "POST /staff/profile/totp": .anyStaff,
        "POST /staff/profile/logout-everywhere": .anyStaff,
        "GET /staff/clients": .permission("clients:search"),
        "POST /staff/clients/search": .permission("clients:search"),
        "GET /staff/clients/:id": .permission("clients:read"),
        "GET /staff/access-log": .permission("access-log:read"),
        "GET /staff/audit-trail": .permission("audit-trail:read"),
        "GET /staff/outbox": .permission("outbox:read"),
        "GET /staff/outbox/:id": .permission("outbox:read"),
        "POST /staff/outbox/:id/resend": .permission("outbox:read"),
        "POST /staff/outbox/:id/correction": .permission("messages:correct"),
        "GET /staff/calendar": .permission("reference:edit"),
        "POST /staff/calendar/exceptions": .permission("reference:edit"),
        "POST /staff/calendar/holidays": .permission("reference:edit"),
        "POST /staff/calendar/remove": .permission("reference:edit"),
        "POST /staff/calendar/transfers": .permission("reference:edit"),
        "POST /staff/calendar/festival-days": .permission("reference:edit"),
        "POST /staff/calendar/release": .permission("reference:edit"),
        "POST /staff/calendar/visit-settings": .permission("reference:edit"),
        "GET /staff/reference": .permission("reference:edit"),
        "GET /staff/reference/offices/:office": .permission("reference:edit"),
        "POST /staff/reference/offices": .permission("reference:edit"),
        "POST /api/v1/offices": .permission("reference:edit"),
        "POST /staff/reference/offices/:office": .permission("reference:edit"),
        "GET /staff/reference/services/:service": .permission("reference:edit"),
        "POST /staff/reference/services/:service": .permission("reference:edit"),
        "POST /staff/reference/services/:service/fees": .permission("reference:edit"),
        "POST /staff/reference/contacts": .permission("reference:edit"),
        "GET /staff/reference/case-catalogue": .permission("reference:edit"),
        "POST /staff/reference/case-catalogue/institutions": .permission("reference:edit"),
        "POST /staff/reference/case-catalogue/acts": .permission("reference:edit"),
        "PUT /api/v1/institutions/:institutionId": .permission("reference:edit"),
        "PUT /api/v1/legal-acts/:actId": .permission("reference:edit"),
        "PATCH /api/v1/offices/:officeId": .permission("reference:edit"),
        "PATCH /api/v1/services/:serviceId": .permission("reference:edit"),
        "GET /staff/offices/:office/appointments": .officePermission("clients:read", office: "ogre"),
        "GET /staff/book": .permission("bookings:manage"),
        "GET /staff/offices/:office/counter": .officePermission("queue:serve", office: "ogre"),
        "GET /staff/offices/:office/statistics": .officePermission("visit-stats:read", office: "ogre"),
        "GET /staff/offices/:office/statistics.csv": .officePermission("visit-stats:read", office: "ogre"),
        "POST /staff/offices/:office/counter/call-next": .officePermission("queue:serve", office: "ogre"),
        "GET /staff/offices/:office/counter/waiting.json": .officePermission("queue:serve", office: "ogre"),
        "POST /staff/offices/:office/counter/emergency": .officePermission("queue:serve", office: "ogre"),
        "POST /staff/offices/:office/counter/close": .officePermission("queue:serve", office: "ogre"),
        "GET /staff/alerts": .permission("alerts:receive"),
        "GET /staff/alerts.json": .permission("alerts:receive"),
        "POST /staff/alerts/:alert/acknowledge": .permission("alerts:receive"),
        "POST /staff/offices/:office/counter/:entry/:action": .officePermission("queue:serve", office: "ogre"),
        "POST /staff/book": .permission("bookings:manage"),
        "POST /staff/offices/:office/appointments/:code/no-show": .officePermission("bookings:manage", office: "ogre"),
        "POST /staff/offices/:office/appointments/:code/cancel": .officePermission("bookings:manage", office: "ogre"),
        "GET /staff/offices/:office/appointments/:code": .officePermission("bookings:manage", office: "ogre"),
        "GET /staff/users": .permission("users:manage"),
        "POST /staff/users": .permission("users:manage"),
        "POST /staff/users/:id/disable": .permission("users:manage"),
        "GET /staff/users/:id": .permission("users:manage"),
        "POST /staff/users/:id": .permission("users:manage"),
        "GET /staff/tokens": .permission("tokens:manage"),
        "POST /staff/tokens": .permission("tokens:manage"),
        "POST /staff/kiosks": .permission("kiosks:manage"),
        "POST /staff/integrations": .permission("tokens:manage"),
        "POST /staff/tokens/:id/revoke": .permission("tokens:manage"),
        "GET /api/v1/me": .anyStaff,
        "POST /api/v1/clients/lookup": .permission("clients:search"),
        "POST /api/v1/clients": .permission("clients:write"),
        "GET /api/v1/clients/:clientId": .permission("clients:read"),
        "GET /api/v1/clients/:clientId/export": .permission("clients:read"),
        "GET /api/v1/access-log": .permission("access-log:read"),
        "POST /api/v1/offices/:officeId/tickets": .officePermission("queue:serve", office: "ogre"),
        "POST /api/v1/offices/:officeId/checkins": .officePermission("queue:serve", office: "ogre"),
        "POST /api/v1/offices/:officeId/queue/call-next": .officePermission("queue:serve", office: "ogre"),
        "POST /api/v1/offices/:officeId/queue/close": .officePermission("queue:serve", office: "ogre"),
        "POST /api/v1/offices/:officeId/queue/:entryId/:action": .officePermission("queue:serve", office: "ogre"),
        "GET /staff/cases": .permission("cases:read"),
        "GET /staff/cases/new": .permission("submissions:register"),
        "POST /staff/cases/new": .permission("submissions:register"),
        "GET /staff/cases/:id": .permission("cases:read"),
        "POST /staff/cases/:id/:action": .permission("cases:work"),
        "POST /staff/cases/:id/copy-handed-over": .permission("submissions:register"),
        "GET /staff/cases/:id/copy": .permission("cases:read"),
        "GET /staff/cases/:id/letters/:letter": .permission("cases:read"),
        "GET /staff/cases/:id/attachments/:attachment": .permission("cases:read"),
        "POST /api/v1/submissions": .permission("submissions:register"),
        "POST /api/v1/mail": .permission("submissions:register"),
        "GET /api/v1/cases": .permission("cases:read"),
        "GET /api/v1/cases/:caseId": .permission("cases:read"),
        "POST /api/v1/cases/:caseId/suspension": .permission("cases:work"),
        "POST /api/v1/cases/:caseId/resumption": .permission("cases:work"),
        "POST /api/v1/cases/:caseId/referral": .permission("cases:work"),
        "POST /api/v1/cases/:caseId/decision": .permission("cases:work"),
        "POST /api/v1/cases/:caseId/notes": .permission("cases:work"),
        "POST /api/v1/cases/:caseId/assignment": .permission("cases:work"),
        "DELETE /api/v1/cases/:caseId/assignment": .permission("cases:work"),
        "POST /api/v1/cases/:caseId/complaints": .permission("submissions:register"),
        "POST /api/v1/cases/:caseId/letters": .permission("cases:work"),
        "GET /api/v1/messages": .permission("outbox:read"),
        "GET /api/v1/messages/:messageId": .permission("outbox:read"),
        "POST /api/v1/messages/:messageId/correction": .permission("messages:correct"),
        "GET /api/v1/institutions": .permission("cases:read"),
        "GET /api/v1/legal-acts": .permission("cases:read"),
    ]

    /// Routes anyone may call (public pages, the sign-in steps, the open API).
    static func isPublic(_ method: String, _ path: String) -> Bool {
        let open = ["/staff/login", "/staff/login/totp", "/staff/logout", "/staff-alerts.js"]
        if open.contains(path) { return true }
        if path.hasPrefix("/staff") { return false }
        if path.hasPrefix("/api/v1/") {
            // Corrections of offices and services are an administrator's (issue 13).
            if method == "PATCH" || (method == "POST" && path == "/api/v1/offices") { return false }
            // Bookings and waitlist places are the client's own, guarded by their tokens
            // (BookingAPITests, WaitlistAPITests).
            // An office's tickets, check-ins and counters are not.
            if path.hasPrefix("/api/v1/offices/"), ["/tickets", "/checkins", "/queue/"].contains(where: path.contains) {
                return false
            }
            return ["/api/v1/services", "/api/v1/offices", "/api/v1/calendar", "/api/v1/bookings", "/api/v1/waitlist"]
                .contains { path.hasPrefix($0) }
        }
        return true
    }

    struct Persona: Sendable {
        let name: String
        let roles: Set<Role>
        let offices: Set<String>
    }

    static var personas: [Persona] {
        Role.allCases.map { Persona(name: $0.rawValue, roles: [$0], offices: $0.isAgencyWide ? [] : ["ogre"]) }
            + [Persona(name: "clerk of riga-1", roles: [.clerk], offices: ["riga-1"])]
    }

    func allowed(_ need: Need, _ persona: Persona) -> Bool {
        switch need {
        case .anyStaff: return !persona.roles.isEmpty
        case .permission(let p): return persona.roles.contains { Self.rolePermissions[$0]!.contains(p) }
        case .officePermission(let p, let office):
            return persona.roles.contains {
                Self.rolePermissions[$0]!.contains(p) && ($0.isAgencyWide || persona.offices.contains(office))
            }
        }
    }

    @Test(arguments: TestDB.all)
    func everyProtectedRouteAllowsExactlyWhomItShould(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let client = Client(name: "Jānis", surname: "Ozols",
                                identity: .personalCode(try PersonalCode(validating: "161175-19997")), createdAt: testNow)
            try await FluentClientStore(db: app.db).create(client, actor: "test")
            // An appointment in Ogre today, so that office-scoped pages have something to leak.
            let start = RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(11, 0))
            let ogreBooking = try await FluentBookingStore(db: app.db).book(
                BookingRequest(officeSlug: "ogre", serviceSlug: "passport", start: start, name: "Jānis", surname: "Ozols",
                               identity: client.identity, phone: "20000000", email: nil, language: .lv, interpreter: true),
                slot: Slot(start: start, end: start.addingTimeInterval(600), capacity: 2),
                manageToken: SecretToken.generate(.booking), now: testNow)

            // Every registered route is either public or in the table.
            var walked: [(method: String, path: String, need: Need)] = []
            for route in app.routes.all {
                var parts = route.path.map(\.description)
                if parts.first == "en" { parts.removeFirst() }
                let path = "/" + parts.joined(separator: "/")
                let key = "\(route.method.rawValue) \(path)"
                if Self.isPublic(route.method.rawValue, path) { continue }
                let need = try #require(Self.routes[key], "unclassified protected route: \(key)")
                walked.append((route.method.rawValue, "/" + route.path.map(\.description).joined(separator: "/"), need))
            }
            #expect(Set(walked.map { "\($0.method) \($0.path)" }).count == walked.count)
            // Pages in two languages; the API and the alerts feed once.
            let once = Self.routes.keys.filter { $0.contains(" /api/") || $0.hasSuffix(".json") }.count
            #expect(walked.count == Self.routes.count * 2 - once)

            func concrete(_ path: String) -> String {
                let path = path.replacingOccurrences(of: ":messageId", with: UUID().uuidString)
                return path.replacingOccurrences(of: ":officeId", with: "ogre").replacingOccurrences(of: ":entryId", with: UUID().uuidString)
                    .replacingOccurrences(of: ":entry", with: UUID().uuidString).replacingOccurrences(of: ":action", with: "start")
                    .replacingOccurrences(of: ":office", with: "ogre").replacingOccurrences(of: ":code", with: ogreBooking.code)
                    .replacingOccurrences(of: ":clientId", with: client.id.uuidString)
                    .replacingOccurrences(of: ":caseId", with: UUID().uuidString)
                    .replacingOccurrences(of: ":institutionId", with: "walk").replacingOccurrences(of: ":actId", with: "walk")
                    .replacingOccurrences(of: ":letter", with: UUID().uuidString)
                    .replacingOccurrences(of: ":attachment", with: UUID().uuidString)
                    .replacingOccurrences(of: ":alert", with: UUID().uuidString)
                    .replacingOccurrences(of: ":serviceId", with: "passport").replacingOccurrences(of: ":service", with: "passport")
                    .replacingOccurrences(of: ":id", with: client.id.uuidString)
            }
            // logout-everywhere last: it ends the persona's sessions.
            let ordered = walked.sorted { a, b in
                (a.path.hasSuffix("logout-everywhere") ? 1 : 0, a.path) < (b.path.hasSuffix("logout-everywhere") ? 1 : 0, b.path)
            }

            // Anonymous: pages send to sign-in, the API answers 401.
            let anonymous = Browser(app)
            for r in ordered {
                let res = r.method == "GET" ? try await anonymous.get(concrete(r.path))
                    : r.method == "PATCH" ? Reply(try await patch(app, concrete(r.path), json: "{}", headers: [:]))
                    : r.method == "DELETE" ? Reply(try await app.testing().sendRequest(.DELETE, concrete(r.path)))
                    : r.method == "PUT" ? Reply(try await app.testing().sendRequest(.PUT, concrete(r.path), headers: ["Content-Type": "application/json"], body: ByteBuffer(string: "{}")))
                    : try await anonymous.post(concrete(r.path), [:], csrf: "")
                if r.path.hasPrefix("/api/") {
                    #expect(res.status == .unauthorized, "anonymous \(r.method) \(r.path)")
                } else if r.method == "GET" {
                    #expect(res.status == .seeOther, "anonymous \(r.method) \(r.path)")
                    #expect(res.headers.first(name: .location)?.contains("/staff/login") == true)
                } else {
                    #expect(res.status == .forbidden || res.status == .seeOther, "anonymous \(r.method) \(r.path)")
                }
            }

            for persona in Self.personas {
                let (user, token) = try await staffToken(app, roles: persona.roles, offices: persona.offices)
                let b = Browser(app)
                _ = try await b.signIn(user.email, StaffPageTests.password)
                for r in ordered {
                    let expected = allowed(r.need, persona)
                    let res: Reply
                    if r.path.hasPrefix("/api/") {
                        let body = r.path.hasSuffix("/lookup") ? #"{"personalCode":"161175-19997","purpose":"walk"}"#
                            : r.path == "/api/v1/offices" ? #"{"id":"walk","nameLv":"Pārbaudes nodaļa"}"#
                            : #"{"name":"A","surname":"B","personalCode":"32123456789"}"#
                        // An empty correction changes nothing: the walk only asks who may send one.
                        res = Reply(r.method == "GET"
                            ? try await get(app, concrete(r.path), headers: bearer(token))
                            : r.method == "PATCH" ? try await patch(app, concrete(r.path), json: "{}", headers: bearer(token))
                            : r.method == "DELETE" ? try await app.testing().sendRequest(.DELETE, concrete(r.path), headers: bearer(token))
                            : r.method == "PUT" ? try await app.testing().sendRequest(.PUT, concrete(r.path), headers: bearer(token), body: ByteBuffer(string: "{}"))
                            : try await post(app, concrete(r.path), json: body, headers: bearer(token)))
                    } else {
                        if r.method == "GET" {
                            res = try await b.get(concrete(r.path))
                        } else if r.path.hasSuffix("/search") {
                            try await b.get(r.path.hasPrefix("/en/") ? "/en/staff" : "/staff")
                            res = try await b.post(concrete(r.path), ["personalCode": "161175-19997", "purpose": "walk"])
                        } else {
                            if r.path.hasSuffix("logout-everywhere") { _ = try await b.signIn(user.email, StaffPageTests.password) }
                            try await b.get(r.path.hasPrefix("/en/") ? "/en/staff/profile" : "/staff/profile")
                            res = try await b.post(concrete(r.path), [:])
                        }
                    }
                    let label = "\(persona.name): \(r.method) \(r.path) → \(res.status.code)"
                    if expected {
                        #expect(![401, 403].contains(res.status.code), "\(label) should be allowed")
                        #expect(!(res.headers.first(name: .location)?.contains("/staff/login") ?? false) || r.path.hasSuffix("logout-everywhere"),
                                "\(label) should not send to sign-in")
                    } else {
                        #expect(res.status == .forbidden, "\(label) should be forbidden")
                        #expect(!res.text.contains("Ozols") && !res.text.contains("161175-19997"), "\(label) leaks")
                    }
                }
            }
        }
    }
}
