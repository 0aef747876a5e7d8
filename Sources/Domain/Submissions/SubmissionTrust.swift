/// How far the sender is known (K-UNSIGNED; Law on Submissions §2(3)-(4), FACTS.md §1):
/// `signed` — a verified e-signature, the official e-address, the state portal with identity
/// verification, or a person who came in and identified themselves (in person, oral, a signed
/// letter by post); `unsigned` — plain e-mail and the public web form; `anonymous` — no sender.
public enum SubmissionTrust: String, Sendable, Codable, CaseIterable {
    case signed, unsigned, anonymous

    /// The trust a channel gives. An e-mail with a verified secure e-signature counts as signed;
    /// a letter by post is taken as signed (the clerk registers the signature it carries).
    public static func of(channel: SubmissionChannel, signatureVerified: Bool, senderKnown: Bool) -> SubmissionTrust {
        guard senderKnown else { return .anonymous }
        switch channel {
        case .inPerson, .oral, .post, .eAddress, .portal: return .signed
        case .email, .webForm: return signatureVerified ? .signed : .unsigned
        }
    }
}
