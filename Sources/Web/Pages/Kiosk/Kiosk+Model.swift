import Domain
import Foundation

/// The entrance kiosk of an office (issue 5): check in with the booking code (typed, or scanned
/// by a keyboard-wedge scanner into the same field), or take a walk-in ticket; then a printable
/// ticket. Authorised by the office's kiosk token, kept in a cookie after the first visit.
enum Kiosk {
    /// `/kiosks/{office}` and `/en/kiosks/{office}` (issue 16, item 5; `/en/kiosk/…` leads here too).
    static func path(_ l: Language, office: String) -> String { (l == .lv ? "/kiosks/" : "/en/kiosks/") + office }

    /// A ticket's own page; `arrival` says whether a checked-in client came on time.
    static func ticketPath(_ l: Language, office: String, entry: UUID, arrival: CheckInRule.Outcome?) -> String {
        "\(path(l, office: office))/ticket/\(entry.uuidString.lowercased())" + (arrival.map { "?arrival=\(query($0))" } ?? "")
    }

    static func query(_ arrival: CheckInRule.Outcome) -> String {
        switch arrival {
        case .onTime: return "on-time"
        case .lateAccepted: return "late"
        default: return "other"
        }
    }

    static func arrival(fromQuery text: String) -> CheckInRule.Outcome? {
        switch text {
        case "on-time": return .onTime
        case "late": return .lateAccepted
        default: return nil
        }
    }

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
        /// Seconds before the kiosk returns to its start (`APKALPE_KIOSK_RETURN_SECONDS`).
        var returnSeconds: Int = 20
    }
}
