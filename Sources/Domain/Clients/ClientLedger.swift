import Foundation

/// One contact between the agency and a person, for the client's record (issue 14, item 4): every
/// booking, visit, waitlist place, submission and letter in one chronological ledger. Calls and
/// payments join it later.
public struct ClientContact: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case booking, visit, waitlist, submission, letter
        /// A message the outbox sent the client (a booking's confirmation, a reminder, an offer).
        case message
        /// A correction of a sent message, with an apology (S-MAIL-FIX).
        case correction
    }

    public let at: Date
    public let kind: Kind
    public let officeSlug: String
    /// A booking's or visit's service slug; a submission's subject; a letter's subject.
    public let title: String
    /// A booking code, ticket number or case reference.
    public let code: String
    /// The status in its record's own words (`active`, `done`, `decided`, …).
    public let status: String
    /// For a submission or letter: its case.
    public let caseID: UUID?

    public init(at: Date, kind: Kind, officeSlug: String, title: String, code: String, status: String, caseID: UUID? = nil) {
        self.at = at
        self.kind = kind
        self.officeSlug = officeSlug
        self.title = title
        self.code = code
        self.status = status
        self.caseID = caseID
    }

    /// Oldest first; a submission before the letters it produced.
    public static func chronological(_ contacts: [ClientContact]) -> [ClientContact] {
        contacts.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
    }
}
