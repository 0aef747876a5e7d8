import Domain
import Foundation

/// Waitlist pages (issue 4 item 5): the join form from the booking steps, the entry's own page
/// (place in line, leave), and an offer (accept or decline while it is held).
enum Waitlist {
    static func joinPath(_ l: Language, service: String, office: String) -> String {
        Book.path(l, service, office, l == .lv ? "gaidu-saraksts" : "waitlist")
    }

    struct JoinModel: Sendable {
        let language: Language
        let service: Service
        let office: Office
        let holdMinutes: Int
        let values: [String: String]
        let errors: [(field: String, message: String)]
        let csrf: String
    }

    struct EntryModel: Sendable {
        let language: Language
        let entry: WaitlistEntry
        let office: Office
        let service: Service
        let position: Int?
        /// Shown once, right after joining: the link to keep.
        let entryURL: String?
        let token: String
        let leaveCSRF: String
        let notice: String?
    }

    struct OfferModel: Sendable {
        let language: Language
        let offer: WaitlistOffer
        let open: Bool
        let name: String
        /// A later booking accepting would cancel.
        let replaces: Booking?
        let office: Office
        let service: Service
        let token: String
        let acceptCSRF: String
        let declineCSRF: String
        let notice: String?
        let error: String?
    }
}
