import Domain
import Foundation

/// The priority booking passes printed when an office closes its queue (ClosingRule): one slip
/// per client, with their queue number, the service, the address in both languages, a QR code
/// and the last day it can be used. The tokens appear here once and are stored only hashed.
enum PassSlips {
    struct Slip: Sendable {
        let number: String
        let service: LocalizedText?
        let urlLv: String
        let urlEn: String
        let expires: Date
    }

    struct Model: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let office: Office
        let counter: String
        let chosen: Set<String>
        let passes: [Slip]
    }
}
