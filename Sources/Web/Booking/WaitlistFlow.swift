import Domain
import Fluent
import Foundation
import Storage
import UseCases

/// The waitlist as one use case for the API and the pages: join (with the same person rules as a
/// booking), and take or decline an offer. Failures name their field like the booking use cases' (BookingProblem).
struct WaitlistFlow: Sendable {
    let db: any Database
    let now: Date

    enum Failure: Error {
        case notFound, gone, alreadyAccepted
    }

    private var store: FluentReferenceStore { FluentReferenceStore(db: db) }

    /// Puts the person in line and queues the "you are on the list" message with the leave link.
    func join(_ request: WaitlistRequest) async throws -> (WaitlistEntry, String) {
        let times = FindFreeTimes(reference: store, bookings: FluentBookingStore(db: db), now: now)
        let (office, service) = try await times.officeAndService(request.officeSlug, request.serviceSlug)
        let name = "\(request.name) \(request.surname)"
        do {
            return try await FluentWaitlistStore(db: db).join(request, now: now) { entry, token in
                let context = WaitlistMessages.Context(entry: entry, name: name, office: office, service: service)
                let text = WaitlistMessages.joined(context, leaveURL: Self.leaveURL(entry, token: token))
                return WaitlistMessages.outbox(context, kind: .waitlist, text: text, sendAfter: now)
            }
        } catch WaitlistFailure.alreadyWaiting {
            if case .personalCode = request.identity { throw BookingProblem.field("personalCode", .alreadyWaiting) }
            throw BookingProblem.field("documentNumber", .alreadyWaiting)
        }
    }

    /// Books the held seat; returns the booking and its new manage token (shown once).
    func accept(token: String) async throws -> (Booking, String) {
        let waitlist = FluentWaitlistStore(db: db)
        guard let view = try await waitlist.offer(token: token) else { throw Failure.notFound }
        guard let office = try await store.office(slug: view.offer.officeSlug),
              let service = try await store.service(slug: view.offer.serviceSlug) else { throw Failure.notFound }
        let calendar = WorkingCalendar(adjustments: try await store.calendarAdjustments())
        let manage = SecretToken.generate(.booking)
        let name = view.name
        let now = self.now
        do {
            let booking = try await waitlist.accept(token: token, manageToken: manage, now: now) { b in
                BookingNotice.messages(b, name: name, office: office, service: service, calendar: calendar, now: now,
                                       manageURL: "\(BookingManage.path(b.language, code: b.code))?token=\(manage)")
            }
            return (booking, manage)
        } catch let failure as WaitlistFailure {
            throw Self.failure(failure)
        }
    }

    func decline(token: String) async throws {
        do {
            try await FluentWaitlistStore(db: db).decline(token: token, now: now)
        } catch let failure as WaitlistFailure {
            throw Self.failure(failure)
        }
    }

    private static func failure(_ f: WaitlistFailure) -> Failure {
        switch f {
        case .notFound, .alreadyWaiting: return .notFound
        case .gone: return .gone
        case .alreadyAccepted: return .alreadyAccepted
        }
    }

    static func leaveURL(_ e: WaitlistEntry, token: String) -> String {
        "\(WaitlistEntry.path(e.language, id: e.id))?token=\(token)"
    }
}
