import Domain

extension StaffHome {
    static func view(_ m: Model, _ t: Strings) -> String {
        let s = t.staff, u = m.user
        var main: [Body] = [H.el("h1", [], text: s.welcome(u.name))]
        if let notice = m.notice { main.append(Form.notice(notice)) }
        main.append(H.el("p", [], text: [u.unit, u.position].compactMap { $0 }.joined(separator: ", ")))
        if let d = m.deadlines {
            let c = CaseStrings.of(m.language)
            main.append(H.el("section", [.aria("labelledby", "deadlines")], [
                H.el("h2", [.id("deadlines")], text: c.title),
                H.el("ul", [], [
                    H.el("li", [], [H.link(StaffPage.cases.path(m.language) + "?due=overdue", c.overdueCount(d.overdue))]),
                    H.el("li", [], [H.link(StaffPage.cases.path(m.language) + "?due=soon", c.soonCount(d.soon))]),
                ]),
            ]))
        }
        var links: [Body] = []
        let permissions = u.principal().permissions
        if permissions.contains(.clientsSearch) { links.append(H.el("li", [], [H.link(StaffPage.clients.path(m.language), s.clientSearchTitle)])) }
        if permissions.contains(.accessLogRead) { links.append(H.el("li", [], [H.link(StaffPage.accessLog.path(m.language), s.accessLogTitle)])) }
        links.append(H.el("li", [], [H.link(StaffPage.profile.path(m.language), s.profileTitle)]))
        main.append(H.el("ul", [], links))
        return StaffLayout.render(.init(title: s.dashboard, language: m.language, path: StaffPage.home.unprefixed, user: u, csrf: m.csrf),
                                  t, main: main)
    }
}
