import Domain
import Foundation

/// The entrance kiosk of an office (issue 5): check in with the booking code (typed, or scanned
/// by a keyboard-wedge scanner into the same field), or take a walk-in ticket; then a printable
/// ticket. Authorised by the office's kiosk token, kept in a cookie after the first visit.
enum Kiosk {
    static func path(_ l: Language, office: String) -> String { (l == .lv ? "/kiosks/" : "/en/kiosk/") + office }

    struct StartModel: Sendable {
        let language: Language
        let office: Office
        let services: [(service: Service, waiting: Int, minutes: Int)]
        let checkInCSRF: String
        let ticketCSRF: String
        let code: String
        let error: String?
        /// After a too-late check-in: the booking's service, offered as a ticket.
        let offerTicketFor: Service?
    }

    struct TicketModel: Sendable {
        let language: Language
        let office: Office
        let service: Service
        let entry: QueueEntry
        let arrival: CheckInRule.Outcome?
    }
}
