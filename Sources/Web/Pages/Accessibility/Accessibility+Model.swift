import Domain

/// The accessibility statement with a feedback channel (Directive 2016/2102, Cabinet
/// Regulation No. 445; FACTS.md §9).
enum AccessibilityStatement {
    struct Model: Sendable { let language: Language }
}
