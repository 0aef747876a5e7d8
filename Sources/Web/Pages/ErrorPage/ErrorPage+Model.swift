import Domain

/// A page error (404 and the rest) in the visitor's language.
enum ErrorPage {
    struct Model: Sendable {
        let language: Language
        let notFound: Bool
        /// A form over the body limit (413).
        var tooLarge = false
    }
}
