import Domain

extension Home {
    static func view(_ m: Model, _ t: Strings) -> String {
        let l = m.language
        return Layout.render(.init(title: t.homeTitle, route: .home, language: l), t, main: [
            H.el("h1", [], text: t.homeTitle),
            H.el("p", [.cls("lead")], text: t.homeLead),
            // The task most visitors come for, first and unmistakable (issue 16, item 1).
            H.el("section", [.cls("call-to-action"), .aria("labelledby", "book")], [
                H.el("h2", [.id("book")], text: t.homeBookTitle),
                H.el("p", [], text: t.homeBookText),
                H.link(PageRoute.book.path(l), t.homeBookAction, [.cls("button-link")]),
                H.el("p", [], [H.link(BookingManage.findPath(l), t.flow.lostLink)]),
            ]),
            H.el("section", [.aria("labelledby", "how")], [
                H.el("h2", [.id("how")], text: t.howToGetServices),
                H.el("ul", [], [
                    H.el("li", [], text: t.channelInPersonText),
                    H.el("li", [], text: t.channelOnlineText),
                    H.el("li", [], text: t.channelWebsiteText),
                    H.el("li", [], text: t.channelPostText),
                ]),
                H.el("p", [], text: t.vpvkacText),
            ]),
            H.el("section", [.aria("labelledby", "services")], [
                H.el("h2", [.id("services")], text: t.servicesTitle),
                H.el("ul", [.cls("service-links")], m.services.map { s in
                    H.el("li", [], [H.link(PageRoute.service(s.slug).path(l), s.name.text(l))])
                }),
            ]),
            H.el("section", [.aria("labelledby", "contact")], [
                H.el("h2", [.id("contact")], text: t.contactUs),
                ContactList.view(t),
                H.el("p", [], [H.link(PageRoute.offices.path(l), t.navOffices)]),
            ]),
        ])
    }
}
