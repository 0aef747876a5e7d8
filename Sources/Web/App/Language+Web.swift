import Domain

/// Plot has a `Language` of its own; in this module the word means Apkalpe's.
typealias Language = Domain.Language

/// Vapor has a `Client` (HTTP); in this module the word means a client of the agency.
typealias Client = Domain.Client
