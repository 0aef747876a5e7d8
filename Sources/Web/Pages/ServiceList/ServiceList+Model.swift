import Domain

/// The service catalogue (C-INFO).
enum ServiceList {
    struct Model: Sendable {
        let language: Language
        let services: [Service]
    }
}
