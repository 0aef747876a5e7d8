import Domain

/// The privacy notice (GDPR Art. 13): purpose, legal basis, retention, rights, the supervisory
/// authority. Linked from every page and every form that collects personal data.
enum PrivacyNotice {
    struct Model: Sendable { let language: Language }
}
