import Foundation

/// What a counter may do with a queue entry, and from which states (issue 5). Anything else is
/// an illegal transition (409).
public enum QueueAction: String, Sendable, CaseIterable, Codable {
    case recall, start, finish, noShow = "no-show", park, transfer, resume

    /// How many times a called client may be called again before they must be marked absent.
    public static let maximumRecalls = 3

    /// The status after `self` from `status`, or nil when the action is not allowed there.
    public func next(from status: QueueEntry.Status, recalls: Int) -> QueueEntry.Status? {
        switch (self, status) {
        case (.recall, .called): return recalls < Self.maximumRecalls ? .called : nil
        case (.start, .called): return .serving
        case (.finish, .serving): return .done
        case (.noShow, .called): return .noShow
        case (.park, .called), (.park, .serving): return .parked
        case (.resume, .parked): return .waiting
        // Sent on to another service or counter: back in line, keeping the number and check-in time.
        case (.transfer, .called), (.transfer, .serving), (.transfer, .parked): return .waiting
        default: return nil
        }
    }
}
