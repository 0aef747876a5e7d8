import Domain
import Foundation
import Synchronization
import Vapor

/// The agency's contacts as stored (issue 13), kept for a short while so that a page does not
/// read them on every request. A change made here is seen at once; one made on another instance
/// within `lifetime` (issue 17 brings a change notice between instances).
final class AgencyContactsCache: Sendable {
    static let lifetime: TimeInterval = 30
    private let state = Mutex<(value: AgencyContacts, read: Date)?>(nil)

    /// The store is only made when the kept value is too old: making one per request cost more
    /// than the rest of this middleware (issue 17).
    func current(_ reference: @autoclosure () -> any ReferenceStore, now: Date = Date()) async -> AgencyContacts {
        if let kept = state.withLock({ $0 }), now.timeIntervalSince(kept.read) < Self.lifetime { return kept.value }
        let reference = reference()
        // A database that cannot answer leaves the last value (or the seed) on the page: the
        // page's own query will report the failure.
        guard let fresh = try? await reference.agencyContacts() else { return state.withLock { $0?.value } ?? .seed }
        state.withLock { $0 = (fresh, now) }
        return fresh
    }

    func replace(_ contacts: AgencyContacts, now: Date = Date()) { state.withLock { $0 = (contacts, now) } }
}

/// Binds the stored contacts for the whole request: pages, messages and use cases read
/// `AgencyContacts.current`.
struct AgencyContactsMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let services = request.services
        let contacts = await services.agencyContacts.current(services.backend.background().reference)
        return try await AgencyContacts.$current.withValue(contacts) { try await next.respond(to: request) }
    }
}
