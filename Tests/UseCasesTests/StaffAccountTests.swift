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
