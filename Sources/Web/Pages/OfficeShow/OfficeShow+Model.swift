import Domain

/// One office: address and contacts (I-CONTACTS), accessibility (I-ACCESS), weekly hours
/// (C-HOURS) and the next days' hours with shortened days and closures (I-PREHOLIDAY).
enum OfficeShow {
    static let daysAhead = 14

    struct Model: Sendable {
        let language: Language
        let office: Office
        let days: [OpeningDay]
        let services: [Service]
    }
}
