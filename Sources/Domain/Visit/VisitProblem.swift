import Foundation

/// Why a visit use case refused (issue 12), for the kiosk, the counter and the API to word.
public enum VisitProblem: Error, Sendable, Equatable {
    case outsideHours, afterCutoff, quotaReached
    case tooEarly(opensAt: Date), tooLate
    case unknownBooking, notServedHere
    /// Closing the queue with passes: not (yet) allowed (ClosingRule.mayClose).
    case queueStillOpen
    /// No such queue entry at this office.
    case notFound
    /// The action is not allowed from the entry's state, or another counter acted first.
    case illegalTransition
}
