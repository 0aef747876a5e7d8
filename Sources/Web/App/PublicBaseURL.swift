import Vapor

extension Request {
    /// The site's address for what leaves the screen (a printed pass): `APKALPE_PUBLIC_URL`, or
    /// this request's host.
    var publicBaseURL: String {
        if let configured = Environment.get("APKALPE_PUBLIC_URL"), !configured.isEmpty {
            return configured.hasSuffix("/") ? String(configured.dropLast()) : configured
        }
        return "http://\(headers.first(name: .host) ?? "127.0.0.1:8080")"
    }
}
