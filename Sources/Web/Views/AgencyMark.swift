import Vapor

/// The site's own mark (issue 16, item 9): a rounded shield in the carmine and white of the
/// national flag (2:1:2), drawn here rather than borrowed — beside the site's name in every
/// header, and the favicon. Decorative: the name beside it is the link's text.
enum AgencyMark {
    static let faviconPath = "/favicon.svg"

    /// The shapes, for the header (sized by CSS) and the favicon alike.
    private static let shapes = """
    <rect x="2" y="2" width="28" height="28" rx="6" fill="#9e3039" stroke="#fff" stroke-width="2"/>\
    <rect x="3" y="13.2" width="26" height="5.6" fill="#fff"/>
    """

    /// Inline in the header: hidden from assistive technology, the site's name follows it.
    static let svg = "<svg class=\"mark\" viewBox=\"0 0 32 32\" width=\"32\" height=\"32\" aria-hidden=\"true\" focusable=\"false\">\(shapes)</svg>"

    static let favicon = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\">\(shapes)</svg>"

    static func register(_ app: Application) {
        app.get("favicon.svg") { _ -> Response in
            let r = Response(status: .ok, body: .init(string: favicon))
            r.headers.contentType = HTTPMediaType(type: "image", subType: "svg+xml")
            r.headers.cacheControl = .init(isPublic: true, maxAge: 86400)
            return r
        }
        // Browsers and tools that never read the page's <link> ask for /favicon.ico.
        app.get("favicon.ico") { req in req.redirect(to: faviconPath, redirectType: .permanent) }
    }
}
