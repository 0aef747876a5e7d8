import Testing
@testable import Domain

@Suite("Personal identity code (FACTS.md §4)")
struct PersonalCodeTests {
    @Test(arguments: ["161175-19997", "16117519997", " 161175-19997 ", "32123456789", "321234-56789", "39999999999"])
    func validCodes(text: String) throws {
        let code = try PersonalCode(validating: text)
        #expect(code.digits.count == 11)
    }

    /// A remainder of 10 gives check digit 0 (FACTS.md §4): such a code is valid, and any other
    /// last digit is not.
    @Test func aRemainderOfTenMeansCheckDigitZero() throws {
        #expect(PersonalCode.isValid("010190-10010"))
        for k in 1...9 { #expect(!PersonalCode.isValid("010190-1001\(k)")) }
    }

    @Test func oldCodeCarriesTheBirthDate() throws {
        let code = try PersonalCode(validating: "161175-19997")
        #expect(code.birthDate == LocalDate(1975, 11, 16))
        #expect(code.formatted == "161175-19997")
        #expect(code.masked == "161175-*****")
        #expect("\(code)" == "161175-*****")               // interpolation never shows the code
        #expect(try PersonalCode(validating: "32123456789").birthDate == nil)
    }

    @Test(arguments: [
        ("161175-19998", PersonalCode.Problem.badChecksum),
        ("161175-1999", .malformed),
        ("16117-519997", .malformed),
        ("161175-1999A", .malformed),
        ("", .malformed),
        ("310275-19997", .impossibleDate),           // 31 February
        ("161175-39997", .badCentury),
        ("010118-20000", .impossibleDate),           // old format after 2017-06-30
        ("301175-10000", .badChecksum),
    ])
    func invalidCodesSayWhy(text: String, problem: PersonalCode.Problem) {
        #expect(throws: problem) { try PersonalCode(validating: text) }
    }

    @Test func aCheckValueOfTenTakesZeroAndNothingElse() throws {
        // A ten-digit prefix whose check value is 10: 0 is its check digit (FACTS.md §4, corrected).
        let prefixes = (0..<1000).map { n in "0101701" + String(String(n + 1000).dropFirst()) }
        let p = try #require(prefixes.first { p in
            let d = p.map { Int(String($0))! }
            return (1101 - zip(d, PersonalCode.weights).reduce(0) { $0 + $1.0 * $1.1 }) % 11 == 10
        })
        #expect(PersonalCode.isValid(p + "0"))
        for last in 1...9 { #expect(!PersonalCode.isValid(p + String(last))) }
    }
}

@Suite("Log redaction")
struct LogRedactionTests {
    @Test(arguments: [
        ("query with 161175-19997 inside", "query with [personal code] inside"),
        ("binds: [Optional(\"16117519997\")]", "binds: [Optional(\"[personal code]\")]"),
        ("token apk_staff_abcdef0123456789xyz used", "token apk_staff_[redacted] used"),
        ("cookie sess_abcdefghijk", "cookie sess_[redacted]"),
        ("Authorization: Bearer something-secret", "Authorization: Bearer [redacted]"),
        ("request took 1234 ms at 2026-12-21", "request took 1234 ms at 2026-12-21"),
    ])
    func sensitiveValuesAreReplaced(input: String, expected: String) {
        #expect(LogRedaction.redact(input) == expected)
    }
}

@Suite("Person details (FACTS.md §4, C-CONTACT)")
struct PersonDetailsTests {
    static let today = LocalDate(2026, 12, 2)

    func fields(_ r: Result<PersonDetails, PersonDetails.Problems>) -> [String] {
        if case .failure(let f) = r { return f.fields.map(\.name) } else { return [] }
    }

    @Test func problemsNameTheirFieldsInFormOrder() {
        let r = PersonDetails.validate(name: " ", surname: "Ozols", personalCode: nil, birthDate: nil, documentNumber: nil,
                                       phone: nil, email: nil, birthDateField: "dateOfBirth", requireContact: true, today: Self.today)
        #expect(fields(r) == ["name", "personalCode", "phone"])
        let badDate = PersonDetails.validate(name: "A", surname: "B", personalCode: "", birthDate: "1980-02-30",
                                             documentNumber: "X1", phone: "2", email: nil, birthDateField: "birthDate",
                                             requireContact: false, today: Self.today)
        #expect(fields(badDate) == ["birthDate"])
    }

    @Test func aForeignerNeedsBirthDateAndDocument() throws {
        let r = PersonDetails.validate(name: "John", surname: "Smith", personalCode: nil, birthDate: "1980-02-29",
                                       documentNumber: " X1234567 ", phone: nil, email: "j@example.com",
                                       birthDateField: "dateOfBirth", requireContact: true, today: Self.today)
        let p = try r.get()
        #expect(p.identity == .foreigner(birthDate: LocalDate(1980, 2, 29), documentNumber: "X1234567"))
        #expect(p.phone == nil && p.email == "j@example.com")
    }

    @Test func birthDatesFromNineteenHundredToToday() {
        func check(_ born: String) -> [String] {
            fields(PersonDetails.validate(name: "A", surname: "B", personalCode: nil, birthDate: born, documentNumber: "X1",
                                          phone: "20000000", email: nil, birthDateField: "dateOfBirth",
                                          requireContact: true, today: Self.today))
        }
        #expect(check("9999-12-31") == ["dateOfBirth"])      // accepted before issue 11
        #expect(check("2026-12-03") == ["dateOfBirth"])      // tomorrow
        #expect(check("1899-12-31") == ["dateOfBirth"])
        #expect(check("0001-01-01") == ["dateOfBirth"])
        #expect(check("2026-12-02").isEmpty)                  // born today
        #expect(check("1900-01-01").isEmpty)
        if case .failure(let p) = PersonDetails.validate(name: "A", surname: "B", personalCode: nil, birthDate: "2030-01-01",
                                                          documentNumber: "X1", phone: "2", email: nil,
                                                          birthDateField: "dateOfBirth", requireContact: true,
                                                          today: Self.today) {
            #expect(p.fields == [.init(name: "dateOfBirth", issue: .birthDateOutOfRange)])
        } else {
            Issue.record("a future birth date was accepted")
        }
    }

    @Test func overLongValuesAreRefusedByName() {
        let r = PersonDetails.validate(name: String(repeating: "ā", count: 101), surname: "B", personalCode: nil,
                                       birthDate: "1980-01-01", documentNumber: "X1", phone: "2",
                                       email: String(repeating: "a", count: 196) + "@x.lv", birthDateField: "dateOfBirth",
                                       requireContact: true, today: Self.today)
        if case .failure(let p) = r {
            #expect(p.fields == [.init(name: "name", issue: .tooLong(100)), .init(name: "email", issue: .tooLong(200))])
        } else {
            Issue.record("over-long values were accepted")
        }
        #expect(fields(PersonDetails.validate(name: String(repeating: "ā", count: 100), surname: "B", personalCode: nil,
                                              birthDate: "1980-01-01", documentNumber: "X1", phone: "2", email: nil,
                                              birthDateField: "dateOfBirth", requireContact: true, today: Self.today)).isEmpty)
    }
}
