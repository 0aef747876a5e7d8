import Foundation

/// What the waiting-room display shows of a call (issue 5): the queue number and the counter —
/// never a name or a booking code.
public struct DisplayEvent: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable { case call, recall }

    public let office: String
    public let number: String
    public let counter: String
    public let kind: Kind
    /// RFC 3339, Europe/Riga.
    public let at: String

    public init(office: String, number: String, counter: String, kind: Kind, at: Date) {
        self.office = office
        self.number = number
        self.counter = counter
        self.kind = kind
        self.at = RigaTime.rfc3339(at)
    }

    /// For a call or a recall of `entry` (nil for actions the display does not show).
    public init?(_ entry: QueueEntry, action: QueueAction?, at: Date) {
        guard let counter = entry.counter, entry.status == .called else { return nil }
        switch action {
        case nil: self.init(office: entry.officeSlug, number: entry.number, counter: counter, kind: .call, at: at)
        case .recall?: self.init(office: entry.officeSlug, number: entry.number, counter: counter, kind: .recall, at: at)
        default: return nil
        }
    }

    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }

    public static func decode(_ text: String) -> DisplayEvent? {
        try? JSONDecoder().decode(DisplayEvent.self, from: Data(text.utf8))
    }
}
