import Domain
import Foundation
import Vapor

/// Absolute links for what leaves the screen — messages and printed slips — from the configured
/// public address (`APKALPE_PUBLIC_URL`), never from a request's `Host` header (API-CONVENTIONS.md).
struct WebLinks: Links {
    /// `https://apkalpe.pmlp.gov.lv`, without a trailing slash.
    let base: String

    init(base: String) { self.base = base.hasSuffix("/") ? String(base.dropLast()) : base }

    func manageBooking(code: String, token: String, language: Language) -> String {
        "\(base)\(BookingManage.path(language, code: code))?token=\(token)"
    }

    func leaveWaitlist(id: UUID, token: String, language: Language) -> String {
        "\(base)\(WaitlistEntry.path(language, id: id))?token=\(token)"
    }
}

extension Request {
    /// The site's configured public address, for printed passes and messages.
    var publicBaseURL: String { application.appServices.links.base }
}
