import Domain
import Vapor

extension Request {
    /// The site's configured public address (`APKALPE_PUBLIC_URL`, PublicLinks), for printed passes
    /// and messages — never the request's `Host` header.
    var publicBaseURL: String { services.links.base }
}
