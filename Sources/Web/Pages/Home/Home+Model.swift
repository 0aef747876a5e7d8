import Domain

/// The home page: every contact channel (K-CHANNELS) and how to get services (I-CHANNELS).
enum Home {
    struct Model: Sendable {
        let language: Language
        let services: [Service]
    }
}
