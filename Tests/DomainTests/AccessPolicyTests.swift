import Testing
@testable import Domain

@Suite("Access policy (S-PRIVACY)")
struct AccessPolicyTests {
    let clerkInOgre = StaffPrincipal(userID: "u1", roles: [.clerk], offices: ["ogre"])
    let auditor = StaffPrincipal(userID: "u2", roles: [.auditor], offices: [])
    let admin = StaffPrincipal(userID: "u3", roles: [.administrator], offices: [])

    @Test func staffSeeTheirOwnOfficesOnly() {
        #expect(AccessPolicy.decide(clerkInOgre, .clientsRead, office: "ogre") == .allow)
        #expect(AccessPolicy.decide(clerkInOgre, .clientsRead, office: "riga-1") == .denyOtherOffice)
    }

    @Test func agencyWideRolesSeeEveryOffice() {
        #expect(AccessPolicy.decide(auditor, .clientsRead, office: "riga-1") == .allow)
        #expect(AccessPolicy.decide(auditor, .accessLogRead) == .allow)
        #expect(AccessPolicy.decide(admin, .usersManage) == .allow)
    }

    @Test func rolesGrantOnlyTheirPermissions() {
        #expect(AccessPolicy.decide(clerkInOgre, .usersManage) == .denyNoPermission)
        #expect(AccessPolicy.decide(clerkInOgre, .accessLogRead) == .denyNoPermission)
        #expect(AccessPolicy.decide(admin, .clientsRead, office: "ogre") == .denyNoPermission)
        #expect(AccessPolicy.decide(auditor, .clientsWrite, office: "ogre") == .denyNoPermission)
    }

    @Test func aTokenNarrowsButNeverWidens() {
        let narrowed = StaffPrincipal(userID: "u1", roles: [.clerk], offices: ["ogre"], scopes: [.clientsRead])
        #expect(AccessPolicy.decide(narrowed, .clientsRead, office: "ogre") == .allow)
        #expect(AccessPolicy.decide(narrowed, .clientsWrite, office: "ogre") == .denyNoPermission)
        let overreaching = StaffPrincipal(userID: "u1", roles: [.clerk], offices: ["ogre"], scopes: [.usersManage])
        #expect(AccessPolicy.decide(overreaching, .usersManage) == .denyNoPermission)
        #expect(overreaching.permissions.isEmpty)
    }

    /// A supervisor who is also an auditor reads the access log everywhere but clients' data
    /// through the auditor role, which is agency-wide.
    @Test func severalRolesCombine() {
        let both = StaffPrincipal(userID: "u4", roles: [.supervisor, .auditor], offices: ["ogre"])
        #expect(AccessPolicy.decide(both, .clientsWrite, office: "riga-1") == .denyOtherOffice)
        #expect(AccessPolicy.decide(both, .clientsRead, office: "riga-1") == .allow)
    }
}
