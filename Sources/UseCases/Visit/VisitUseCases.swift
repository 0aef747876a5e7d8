import Domain
import Foundation

/// "A walk-in ticket, please" — at the kiosk or from the API: during reception hours, before the
/// last-ticket cut-off, within the day's quota for the service (WalkInRule; the quota is kept by
/// the store's one conditional statement).
public struct IssueWalkInTicket: Sendable {
    let office: OfficeToday
    public init(_ office: OfficeToday) { self.office = office }

    public func callAsFunction(at o: Office, serviceSlug: String) async throws -> QueueEntry {
        let service = try await office.service(serviceSlug, at: o)
        let rule = try await office.settings(o).walkIn
        switch rule.decide(day: try await office.hours(o), now: office.now, issuedToday: 0) {
        case .closed: throw VisitProblem.outsideHours
        case .afterCutoff: throw VisitProblem.afterCutoff
        case .quotaReached: throw VisitProblem.quotaReached
        case .allowed: break
        }
        do {
            return try await office.queue.issueTicket(officeSlug: o.slug, serviceSlug: service.slug,
                                                      prefix: QueueNumber.prefix(sortOrder: service.sortOrder),
                                                      quota: rule.dailyQuota, now: office.now)
        } catch QueueFailure.quotaReached {
            throw VisitProblem.quotaReached
        }
    }
}

/// "I have an appointment" — the kiosk or the API checks a booking code in (C-EARLY, grace):
/// too early, on time, late but accepted, or too late.
public struct CheckInAppointment: Sendable {
    let office: OfficeToday
    public init(_ office: OfficeToday) { self.office = office }

    public func callAsFunction(at o: Office, code: String) async throws -> (QueueEntry, CheckInRule.Outcome) {
        guard let booking = try await office.queue.bookingForCheckIn(code: code, officeSlug: o.slug),
              let service = try await office.reference.service(slug: booking.serviceSlug) else { throw VisitProblem.unknownBooking }
        let outcome = try await office.settings(o).checkIn.classify(appointmentStart: booking.start, now: office.now)
        switch outcome {
        case .tooEarly(let opensAt): throw VisitProblem.tooEarly(opensAt: opensAt)
        case .tooLate: throw VisitProblem.tooLate
        case .onTime, .lateAccepted: break
        }
        do {
            let (entry, _) = try await office.queue.checkIn(bookingID: booking.id,
                                                            prefix: QueueNumber.prefix(sortOrder: service.sortOrder),
                                                            now: office.now)
            return (entry, outcome)
        } catch QueueFailure.unknownBooking {
            throw VisitProblem.unknownBooking
        }
    }
}

/// "Next, please" — a counter calls the next client by the office's call order, and the
/// waiting-room displays are told (issue 12: composed once, for the counter page and the API).
public struct CallNextClient: Sendable {
    let office: OfficeToday
    let displays: any DisplayAnnouncer
    public init(_ office: OfficeToday, displays: any DisplayAnnouncer) {
        self.office = office
        self.displays = displays
    }

    /// The client called, or nil when nobody waits for these services.
    public func callAsFunction(at o: Office, counter: String, services: Set<String>, staffUserID: UUID?) async throws
        -> QueueEntry? {
        let order = try await office.settings(o).callOrder
        guard let entry = try await office.queue.callNext(officeSlug: o.slug, counter: counter, services: services,
                                                          staffUserID: staffUserID, order: order, now: office.now) else {
            return nil
        }
        displays.announce(entry, action: nil, now: office.now)
        return entry
    }
}

/// A counter's action on a client — recall, start (with the identity check, C-ID), finish,
/// no-show, park, resume, transfer to another service or a named counter — and the displays told.
public struct ActOnQueueEntry: Sendable {
    let office: OfficeToday
    let displays: any DisplayAnnouncer
    public init(_ office: OfficeToday, displays: any DisplayAnnouncer) {
        self.office = office
        self.displays = displays
    }

    public func callAsFunction(_ action: QueueAction, entryID: UUID, at o: Office, counter: String?, transferTo service: String?,
                               idChecked: Bool?, staffUserID: UUID?) async throws -> QueueEntry {
        if let service, action == .transfer { _ = try await office.service(service, at: o) }
        do {
            let entry = try await office.queue.act(action, entryID: entryID, officeSlug: o.slug, counter: counter,
                                                   transferTo: action == .transfer ? service : nil, idChecked: idChecked,
                                                   staffUserID: staffUserID, now: office.now)
            displays.announce(entry, action: action, now: office.now)
            return entry
        } catch QueueFailure.notFound {
            throw VisitProblem.notFound
        } catch QueueFailure.illegalTransition {
            throw VisitProblem.illegalTransition
        }
    }
}

/// Closing time under the office's "offer a priority booking" rule: everyone still in line is
/// referred with a pass that opens days the public cannot book yet (ClosingRule).
public struct CloseQueue: Sendable {
    let office: OfficeToday
    public init(_ office: OfficeToday) { self.office = office }

    public func callAsFunction(at o: Office, actor: String) async throws -> [(entry: QueueEntry, token: String, expiresAt: Date)] {
        let rule = try await office.settings(o).closing
        guard rule.mayClose(try await office.hours(o), now: office.now) else { throw VisitProblem.queueStillOpen }
        return try await office.queue.closeQueue(officeSlug: o.slug, rule: rule, actor: actor, now: office.now)
    }
}
