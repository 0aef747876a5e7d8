import Domain

/// Plot has a `Language` of its own; in this module the word means Apkalpe's.
typealias Language = Domain.Language

/// Vapor has a `Client` (HTTP); in this module the word means a client of the agency.
typealias Client = Domain.Client

extension Domain.Language {
    /// The page's other language: where the language switch leads.
    var other: Domain.Language { self == .lv ? .en : .lv }
}
