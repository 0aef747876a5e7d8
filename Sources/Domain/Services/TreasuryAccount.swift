/// A State Treasury account that receives one kind of fee (FACTS.md §6). A transfer counts as
/// paid only once credited here (I-CREDITED).
public struct TreasuryAccount: Hashable, Sendable {
    public enum Code: String, Sendable, Codable, CaseIterable {
        case passport, eidCard = "eid-card", register, residencePermit = "residence-permit",
             naturalisation, residenceRegistration = "residence-registration",
             citizenship, fines, paidServices = "paid-services"
    }

    public let code: Code
    public let iban: String
    public let payee: String
    public let payeeRegistrationNumber: String
    public let bic: String
    public let name: LocalizedText

    public init(code: Code, iban: String, payee: String, payeeRegistrationNumber: String, bic: String,
                name: LocalizedText) {
        self.code = code
        self.iban = iban
        self.payee = payee
        self.payeeRegistrationNumber = payeeRegistrationNumber
        self.bic = bic
        self.name = name
    }
}
