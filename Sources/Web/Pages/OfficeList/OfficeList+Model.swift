import Domain

/// Offices and contacts (I-CONTACTS).
enum OfficeList {
    struct Model: Sendable {
        let language: Language
        let offices: [Office]
    }
}
