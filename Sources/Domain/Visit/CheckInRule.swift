import Foundation

/// Checking in for an appointment at the kiosk (C-EARLY, issue 5). Per office: how early one may
/// check in, and how late one is still accepted.
public struct CheckInRule: Sendable, Hashable {
    /// More than this before the start is too early (come back later).
    public var earliestMinutes: Int
    /// Up to this after the start, a late client is still accepted.
    public var graceMinutes: Int

    public init(earliestMinutes: Int = 60, graceMinutes: Int = 10) {
        self.earliestMinutes = earliestMinutes
        self.graceMinutes = graceMinutes
    }

    public static let standard = CheckInRule()

    public enum Outcome: Sendable, Hashable {
        /// Come back at `opensAt`.
        case tooEarly(opensAt: Date)
        /// At least five minutes before the start (C-EARLY).
        case onTime
        /// Within five minutes of the start, or after it up to the grace: accepted, told to be earlier.
        case lateAccepted
        /// After start + grace: the appointment is lost; a walk-in ticket is offered instead.
        case tooLate
    }

    public func classify(appointmentStart start: Date, now: Date) -> Outcome {
        let opens = start.addingTimeInterval(-Double(earliestMinutes * 60))
        if now < opens { return .tooEarly(opensAt: opens) }
        if now <= BookingRequest.arriveBy(start) { return .onTime }
        if now <= start.addingTimeInterval(Double(graceMinutes * 60)) { return .lateAccepted }
        return .tooLate
    }
}
