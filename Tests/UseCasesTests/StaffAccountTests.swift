import Domain
import Foundation
import Testing
import TestSupport
@testable import UseCases

@Suite("Staff accounts (S-ACCESS) on fakes: the page and the command line share these rules")
struct StaffAccountTests {
    let now = RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(9, 0))

    func add(_ staff: FakeStaff) -> AddStaffMember {
        AddStaffMember(staff: staff, reference: FakeReference(), passwords: FakePasswords(), now: now)
    }

    @Test func aNewMemberGetsAOneTimePasswordThatSignsIn() async throws {
        let staff = FakeStaff()
        let form = AddStaffMember.Form(email: " Anna@PMLP.gov.lv ", name: "Anna", surname: "Bērziņa", unit: "Ogres nodaļa",
                                       position: "Referente", phone: "65000000", roles: ["clerk"], offices: ["ogre"])
        let (user, password) = try await add(staff)(form, actor: "admin")
        let otp = try #require(password)
        #expect(otp.count == 16)
        #expect(user.email == "anna@pmlp.gov.lv" && user.offices == ["ogre"] && user.unit == "Ogres nodaļa")
        #expect(try await staff.credentials(email: "anna@pmlp.gov.lv")?.passwordHash == "hash:\(otp)")
    }

    @Test func everyBadFieldIsNamedAndNothingIsSaved() async throws {
        let staff = FakeStaff()
        let form = AddStaffMember.Form(email: "not-an-email", name: " ", surname: "B", roles: ["clerk", "wizard"],
                                       offices: ["atlantis"])
        await #expect(throws: StaffAccountProblem.fields([
            .init("email", .notAnEmail("not-an-email")), .init("name", .required), .init("roles", .unknownRole("wizard")),
            .init("offices", .unknownOffice("atlantis")), .init("offices", .officeNeeded),
        ])) { try await add(staff)(form, actor: "admin") }
        #expect(try await staff.users().isEmpty)
    }

    @Test func anAgencyWideRoleNeedsNoOfficeAndAGivenPasswordMustBeLongEnough() async throws {
        let staff = FakeStaff()
        let form = AddStaffMember.Form(email: "admin@pmlp.gov.lv", name: "A", surname: "B", roles: ["administrator"], offices: [])
        await #expect(throws: StaffAccountProblem.fields([.init("password", .passwordTooShort(minimum: 12))])) {
            try await add(staff)(form, password: "short", actor: "cli")
        }
        let (_, printed) = try await add(staff)(form, password: "a long enough password", actor: "cli")
        #expect(printed == nil)
    }

    @Test func changingAccessChecksTheSameRules() async throws {
        let staff = FakeStaff()
        let (user, _) = try await add(staff)(.init(email: "a@pmlp.gov.lv", name: "A", surname: "B", roles: ["clerk"],
                                                   offices: ["ogre"]), actor: "admin")
        let change = ChangeStaffAccess(staff: staff, reference: FakeReference(), now: now)
        await #expect(throws: StaffAccountProblem.fields([.init("offices", .officeNeeded)])) {
            try await change(userID: user.id, roles: ["clerk"], offices: [], actor: "admin")
        }
        await #expect(throws: StaffAccountProblem.notFound) {
            try await change(userID: UUID(), roles: ["clerk"], offices: ["ogre"], actor: "admin")
        }
    }
}

@Suite("Credentials (S-ACCESS) on fakes: tokens for staff, kiosks and integrations")
struct CredentialTests {
    let now = RigaTime.instant(LocalDate(2026, 12, 21), TimeOfDay(9, 0))

    @Test func eachKindIsIssuedOnlyWithWhatItNeedsAndWorksAtOnce() async throws {
        let staff = FakeStaff()
        let anna = StaffUser(email: "anna@pmlp.gov.lv", name: "Anna", surname: "B", roles: [.clerk], offices: ["ogre"])
        staff.add(anna, hash: "hash:x")
        let issue = IssueCredential(staff: staff, reference: FakeReference(), now: now, actor: "admin")
        let kiosk = try await issue.kioskToken(office: "ogre", name: "Entrance")
        #expect(try await staff.useToken(kiosk, now: now)?.officeSlug == "ogre")
        await #expect(throws: CredentialProblem.fields([.nameRequired, .unknownOffice])) {
            try await issue.kioskToken(office: "atlantis", name: " ")
        }
        await #expect(throws: CredentialProblem.fields([.scopeNeeded])) { try await issue.integrationToken(name: "Portal", scopes: []) }
        await #expect(throws: CredentialProblem.fields([.unknownScope("everything")])) {
            try await issue.integrationToken(name: "Portal", scopes: ["everything"])
        }
        await #expect(throws: CredentialProblem.fields([.unknownOwner])) {
            try await issue.staffToken(ownerEmail: "nobody@pmlp.gov.lv", name: "laptop", scopes: [])
        }
        let own = try await issue.staffToken(ownerEmail: "anna@pmlp.gov.lv", name: "laptop", scopes: [])
        #expect(try await staff.useToken(own, now: now)?.userID == anna.id)
    }

    @Test func aKioskTokenIsRevokedOnlyByWhoeverManagesKiosks() async throws {
        let staff = FakeStaff()
        let issue = IssueCredential(staff: staff, reference: FakeReference(), now: now, actor: "admin")
        let kiosk = try await issue.kioskToken(office: "ogre", name: "Entrance")
        let id = try #require(try await staff.useToken(kiosk, now: now)?.id)
        let auditor = StaffUser(email: "a@pmlp.gov.lv", name: "A", surname: "B", roles: [.auditor], offices: []).principal()
        await #expect(throws: CredentialProblem.forbidden) { try await issue.revoke(id: id, by: auditor) }
        let admin = StaffUser(email: "b@pmlp.gov.lv", name: "B", surname: "C", roles: [.administrator], offices: []).principal()
        try await issue.revoke(id: id, by: admin)
        #expect(try await staff.useToken(kiosk, now: now) == nil)
        await #expect(throws: CredentialProblem.notFound) { try await issue.revoke(id: UUID(), by: admin) }
    }
}
