import Foundation

/// S-MAIL-FIX: an error in a sent message is followed at once by a correcting message and an
/// apology. The correction goes to the same recipient, over the same channel, in the client's
/// language; it quotes what was wrong and what is right, apologises, and is signed by whoever
/// sends it (S-MAIL-FORM). It is linked to the original (`correctsID`).
public enum MessageCorrection {
    public enum Issue: String, Sendable, Equatable {
        case required, tooLong, controlCharacter
        /// Only a message that left can be corrected; one still waiting can be withdrawn instead.
        case notSent
        /// Nothing differs between what was wrong and what is right.
        case unchanged
    }

    public struct Refusal: Error, Sendable, Equatable {
        public let fields: [FieldProblem<Issue>]
        public init(_ fields: [FieldProblem<Issue>]) { self.fields = fields }
    }

    public static let limit = 1_000

    /// Who may correct `message`: a case's letter, whoever may work that office's cases; any other
    /// message, whoever reads that office's mailbox — both with `messages:correct`.
    public static func mayCorrect(_ principal: StaffPrincipal, _ message: OutboxMessage) -> Bool {
        let office = message.officeSlug ?? ""
        guard AccessPolicy.decide(principal, .messagesCorrect, office: office) == .allow else { return false }
        return AccessPolicy.decide(principal, message.caseID == nil ? .outboxRead : .casesWork, office: office) == .allow
    }

    public static func compose(_ original: OutboxMessage, wrong: String?, right: String?, id: UUID, at: Date,
                               from sender: LetterSender) -> Result<OutboxMessage, Refusal> {
        var problems: [FieldProblem<Issue>] = []
        if original.status != .sent { problems.append(.init("messageId", .notSent)) }
        func clean(_ text: String?, _ field: String) -> String {
            let t = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if t.isEmpty { problems.append(.init(field, .required)) }
            if t.count > limit { problems.append(.init(field, .tooLong)) }
            if ControlCharacters.found(in: t) { problems.append(.init(field, .controlCharacter)) }
            return t
        }
        let wrong = clean(wrong, "wrong"), right = clean(right, "right")
        if !wrong.isEmpty, wrong == right { problems.append(.init("right", .unchanged)) }
        guard problems.isEmpty else { return .failure(Refusal(problems)) }

        let l = original.language
        let sentOn = MessageTexts.of(l).date(RigaTime.date(of: original.delivery.sentAt ?? original.createdAt ?? at))
        let subject = (l == .lv ? "Labojums: " : "Correction: ") + original.subject
        let body: String
        if original.channel == .sms {
            // A text message stays short: what is right and the apology.
            body = l == .lv ? "Labojums PMLP ziņai: \(right). Atvainojamies par kļūdu."
                            : "Correction of the PMLP message: \(right). We apologise for the error."
        } else {
            let content = l == .lv
                ? """
                  Mūsu \(sentOn) nosūtītajā vēstulē "\(original.subject)" bija kļūda.

                  Bija rakstīts: \(wrong)
                  Pareizi: \(right)

                  Atvainojamies par kļūdu un sagādātajām neērtībām.
                  """
                : """
                  There was an error in our message "\(original.subject)" sent on \(sentOn).

                  It said: \(wrong)
                  It should have said: \(right)

                  We apologise for the error and any inconvenience it caused.
                  """
            body = LetterFrame.framed(content, addressee: greetingName(of: original), from: sender, language: l)
        }
        var m = OutboxMessage(id: id, kind: .correction, channel: original.channel, recipient: original.recipient, language: l,
                              subject: subject, body: body, sendAfter: at, bookingID: original.bookingID,
                              officeSlug: original.officeSlug, clientID: original.clientID)
        m.caseID = original.caseID
        m.correctsID = original.id
        return .success(m)
    }

    /// The name the original greeted, so the correction greets the same person the same way.
    static func greetingName(of original: OutboxMessage) -> String? {
        guard let first = original.body.split(separator: "\n", maxSplits: 1).first else { return nil }
        // MessageTexts' greeting wraps the name; find the name it wrapped in the first line.
        let probe = MessageTexts.of(original.language).greeting("\u{1}")
        guard let marker = probe.range(of: "\u{1}") else { return nil }
        let prefix = probe[..<marker.lowerBound], suffix = probe[marker.upperBound...]
        guard first.hasPrefix(prefix), first.hasSuffix(suffix), first.count > prefix.count + suffix.count else { return nil }
        return String(first.dropFirst(prefix.count).dropLast(suffix.count))
    }
}
