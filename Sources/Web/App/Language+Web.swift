import Domain

/// Plot has a `Language` of its own; in this module the word means Apkalpe's.
typealias Language = Domain.Language
