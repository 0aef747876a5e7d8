import Foundation

/// Who a counter calls next (issue 5): appointments that are due first (from five minutes before
/// their start, C-EARLY, earliest start first), then walk-ins by waiting time, then appointments
/// checked in early. Fairness for walk-ins: after `appointmentsBeforeWalkIn` appointment calls
/// in a row, a walk-in who has waited more than `walkInWaitMinutes` is called next. Both numbers
/// are per office.
public struct CallOrder: Sendable, Hashable {
    public var appointmentsBeforeWalkIn: Int
    public var walkInWaitMinutes: Int

    public init(appointmentsBeforeWalkIn: Int = 3, walkInWaitMinutes: Int = 20) {
        self.appointmentsBeforeWalkIn = appointmentsBeforeWalkIn
        self.walkInWaitMinutes = walkInWaitMinutes
    }

    public static let standard = CallOrder()

    public struct Candidate: Sendable, Hashable {
        public let id: UUID
        public let kind: QueueEntry.Kind
        public let appointmentStart: Date?
        public let checkedInAt: Date
        /// The queue number: who came first within the same second (numbers are given in order).
        public let number: String
        /// Transferred to this counter: only it calls them, and before anyone else.
        public let directedTo: String?

        public init(id: UUID, kind: QueueEntry.Kind, appointmentStart: Date?, checkedInAt: Date, number: String = "",
                    directedTo: String? = nil) {
            self.id = id
            self.kind = kind
            self.appointmentStart = appointmentStart
            self.checkedInAt = checkedInAt
            self.number = number
            self.directedTo = directedTo
        }
    }

    /// Every waiting candidate in the order to try them: the first is called unless another
    /// counter took it a moment earlier, then the next, and so on.
    /// `appointmentStreak`: appointment calls in a row since the last walk-in call at the office.
    /// `counter`: the calling counter. A client transferred to a counter has already waited and
    /// been seen once: that counter calls them first, and no other counter calls them at all.
    public func order(_ all: [Candidate], now: Date, appointmentStreak: Int, counter: String? = nil) -> [UUID] {
        let directed = all.filter { $0.directedTo != nil && $0.directedTo == counter }
            .sorted { ($0.checkedInAt, $0.number) < ($1.checkedInAt, $1.number) }
        let candidates = all.filter { $0.directedTo == nil }
        return directed.map(\.id) + general(candidates, now: now, appointmentStreak: appointmentStreak)
    }

    private func general(_ candidates: [Candidate], now: Date, appointmentStreak: Int) -> [UUID] {
        func byStart(_ a: Candidate, _ b: Candidate) -> Bool {
            (a.appointmentStart ?? a.checkedInAt, a.checkedInAt, a.number, a.id.uuidString)
                < (b.appointmentStart ?? b.checkedInAt, b.checkedInAt, b.number, b.id.uuidString)
        }
        let appointments = candidates.filter { $0.kind == .appointment }
        let due = appointments.filter { BookingRequest.arriveBy($0.appointmentStart ?? now) <= now }.sorted(by: byStart)
        let early = appointments.filter { BookingRequest.arriveBy($0.appointmentStart ?? now) > now }.sorted(by: byStart)
        var walkIns = candidates.filter { $0.kind == .walkIn }
            .sorted { ($0.checkedInAt, $0.number, $0.id.uuidString) < ($1.checkedInAt, $1.number, $1.id.uuidString) }
        if appointmentStreak >= appointmentsBeforeWalkIn, let first = walkIns.first, !due.isEmpty,
           now.timeIntervalSince(first.checkedInAt) > Double(walkInWaitMinutes * 60) {
            walkIns.removeFirst()
            return [first.id] + due.map(\.id) + walkIns.map(\.id) + early.map(\.id)
        }
        return due.map(\.id) + walkIns.map(\.id) + early.map(\.id)
    }

    /// The streak after calling an entry of `kind`.
    public static func streak(after kind: QueueEntry.Kind, was streak: Int) -> Int {
        kind == .appointment ? streak + 1 : 0
    }
}
