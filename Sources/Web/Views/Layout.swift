import Domain
import Plot

/// The frame of every page: language, skip link, labelled landmarks, language switch, footer
/// with the agency's contact channels (K-CHANNELS). Pure: same input, same HTML.
enum Layout {
    struct Frame: Sendable {
        let title: String
        let route: PageRoute?
        let language: Language
        /// This page in the other language, with its state (a booking's code and token, the
        /// chosen step) — for pages outside `PageRoute` (issue 16, item 4). Without it the
        /// switch leads to the route's page, or home.
        var alternate: String? = nil
    }

    static func render(_ frame: Frame, _ t: Strings, main: [Body]) -> String {
        let other: Language = frame.language == .lv ? .en : .lv
        let otherPath = frame.alternate ?? (frame.route ?? .home).path(other)
        let here = frame.route.map { $0.path(frame.language) }
        func nav(_ route: PageRoute, _ label: String) -> Body {
            let path = route.path(frame.language)
            return H.el("li", [], [H.link(path, label, here == path ? [.aria("current", "page")] : [])])
        }
        let body: [Body] = [
            H.link("#main", t.skipToContent, [.cls("skip-link")]),
            H.el("header", [.cls("site-header")], [
                H.el("p", [.cls("site-name")], [
                    H.el("a", [.href(PageRoute.home.path(frame.language)), .cls("brand")], [.raw(AgencyMark.svg), H.txt(t.siteName)]),
                ]),
                H.el("nav", [.aria("label", t.mainNavigation)], [
                    H.el("ul", [], [
                        nav(.home, t.navHome), nav(.book, t.navBook), nav(.services, t.navServices),
                        nav(.offices, t.navOffices), nav(.accessibility, t.navAccessibility),
                    ]),
                ]),
                H.el("p", [.cls("language-switch")], [
                    H.el("span", [.cls("visually-hidden")], [H.txt(t.languageSwitch + ": ")]),
                    H.link(otherPath, t.otherLanguageName, [.lang(other.rawValue), Attr("hreflang", other.rawValue)]),
                ]),
            ]),
            H.el("main", [.id("main"), Attr("tabindex", "-1")], main),
            H.el("footer", [.cls("site-footer")], [
                H.el("h2", [], [H.txt(t.footerContacts)]),
                ContactList.view(t),
                H.el("p", [], [H.link(PageRoute.accessibility.path(frame.language), t.a11yTitle)]),
                H.el("p", [], [H.link(PageRoute.privacy.path(frame.language), t.privacyTitle)]),
            ]),
        ]
        let html = HTML(
            .lang(frame.language == .lv ? .latvian : .english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", nodes: [.raw(Escape.html("\(frame.title) — \(t.siteName)"))]),
                .link(.rel(.stylesheet), .href("/styles.css")),
                .link(.rel(.icon), .href(AgencyMark.faviconPath), .attribute(named: "type", value: "image/svg+xml"))
            ),
            .body(.group(body))
        )
        return html.render()
    }
}

/// The agency's contact channels (K-CHANNELS), shown on the home page and in every footer.
enum ContactList {
    static func view(_ t: Strings) -> Body {
        func row(_ label: String, _ value: Body) -> [Body] {
            [H.el("dt", [], [H.txt(label)]), H.el("dd", [], [value])]
        }
        let c = AgencyContacts.current
        let social = [(c.facebookURL, "Facebook"), (c.twitterURL, "Twitter")].compactMap { url, name in url.map { H.link($0, name) } }
        return H.el("dl", [.cls("contacts")],
            row(t.phoneLabel, H.link(c.phoneLink, c.phone))
            + row(t.postLabel, H.txt(c.postalAddress))
            + row(t.emailLabel, H.link("mailto:\(c.email)", c.email))
            + row(t.eAddressLabel, H.link(PMLPSeed.portalURL, t.eAddressText))
            + (social.isEmpty ? [] : row(t.socialLabel, H.group(Array(social.map { [$0] }.joined(separator: [H.txt(", ")])))))
        )
    }
}
