import Domain
import Fluent
import Foundation
@testable import Storage
import Testing
import TestSupport
import VaporTesting
@testable import Web

/// Issue 15, S-MAIL-FORM: a member of staff completes the unit, position and phone their letters
/// close with on their own profile page; bad input is refused beside its field and changes nothing.
@Suite("The signature on one's own profile")
struct SignaturePageTests {
    @Test(arguments: TestDB.all)
    func aMemberOfStaffCompletesTheirSignature(db: TestDB) async throws {
        try await withTestApp(db) { app in
            let (user, _) = try await staffToken(app, roles: [.caseOfficer])
            let row = try #require(try await StaffUserModel.find(user.id, on: app.db))
            row.position = nil
            row.phone = nil
            try await row.save(on: app.db)
            let b = Browser(app)
            _ = try await b.signIn(user.email, StaffPageTests.password)
            let page = try await b.get("/staff/profile")
            #expect(page.status == .ok && page.text.contains("Paraksts vēstulēs"))

            let bad = try await b.post("/staff/profile/signature", ["unit": "Ogres nodaļa", "position": " ", "phone": "12"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("Aizpildiet šo lauku.") && bad.text.contains("Norādiet tālruņa numuru"))
            #expect(bad.text.contains("aria-describedby=\"position-error\""))
            #expect(try await StaffUserModel.find(user.id, on: app.db)?.phone == nil)   // nothing changed

            let saved = try await b.post("/en/staff/profile/signature", ["unit": "Ogres nodaļa", "position": "Referente",
                                                                          "phone": "+371 65000000"])
            #expect(saved.status == .seeOther)
            #expect(saved.headers.first(name: .location) == "/en/staff/profile?done=signature")
            let after = try await b.get("/en/staff/profile?done=signature")
            #expect(after.text.contains("The signature is saved.") && after.text.contains("value=\"Referente\""))
            let stored = try #require(try await FluentStaffStore(db: app.db).user(id: user.id))
            guard case .success(let signatory) = Signatory.of(stored) else { Issue.record("still incomplete"); return }
            #expect(signatory.phone == "+371 65000000")
        }
    }
}
