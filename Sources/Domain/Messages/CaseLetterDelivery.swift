import Foundation

/// An official e-address (FACTS.md §8): a mailbox name such as `_DEFAULT` and the holder's
/// registration number or personal code, `_DEFAULT@90000069281`.
public enum EAddress {
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let box = parts.first, let holder = parts.last, box.hasPrefix("_"), (2...40).contains(box.count),
              box.dropFirst().allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "_") }),
              (6...20).contains(holder.count), holder.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) else { return false }
        return true
    }
}

extension CaseLetter {
    /// How the letter leaves (issue 15, item 8): e-mail to an e-mail address, the e-address
    /// gateway to an official e-address; a postal address or none means staff print it (the
    /// case page's printable letter) and post or hand it over.
    public var channel: OutboxMessage.Channel? {
        guard let a = address?.trimmingCharacters(in: .whitespaces) else { return nil }
        if EAddress.isValid(a) { return .eAddress }
        if EmailAddress.isValid(a) { return .email }
        return nil
    }

    /// The outbox row that delivers it — the same id as the letter, so the case shows the
    /// delivery of each of its letters; nil for a letter staff print.
    public func outboxMessage(caseID: UUID, officeSlug: String, clientID: UUID?) -> OutboxMessage? {
        guard let channel, let address else { return nil }
        var m = OutboxMessage(id: id, kind: .letter, channel: channel, recipient: address.trimmingCharacters(in: .whitespaces),
                              language: language, subject: subject, body: body, sendAfter: createdAt, bookingID: nil,
                              officeSlug: officeSlug, clientID: clientID)
        m.caseID = caseID
        return m
    }
}
