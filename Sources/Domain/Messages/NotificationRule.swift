import Foundation

/// When a letter counts as notified (FACTS.md §2, the Notification Law as the agency reads it —
/// marked *unverified* there, so both periods are settings): a document sent to an official
/// e-address on the second working day after it was sent, one sent by post on the seventh day.
public struct NotificationRule: Sendable, Equatable {
    public var eAddressWorkingDays: Int
    public var postDays: Int

    public static let standard = NotificationRule(eAddressWorkingDays: 2, postDays: 7)

    public init(eAddressWorkingDays: Int, postDays: Int) {
        self.eAddressWorkingDays = max(0, eAddressWorkingDays)
        self.postDays = max(0, postDays)
    }

    /// The day a letter sent on `sent` (Riga's date) over `channel` counts as notified; nil for
    /// e-mail, which the law does not give a notification day.
    public func notifiedOn(sentOn sent: LocalDate, channel: LetterComposer.Channel, calendar: WorkingCalendar) -> LocalDate? {
        switch channel {
        case .eAddress: return calendar.addingWorkingDays(eAddressWorkingDays, to: sent)
        case .post: return sent.adding(days: postDays)
        case .email: return nil
        }
    }
}
