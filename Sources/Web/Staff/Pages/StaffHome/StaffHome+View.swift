import Domain

extension StaffHome {
    static func view(_ m: Model, _ t: Strings) -> String {
        let s = t.staff, u = m.user
        var main: [Body] = [H.el("h1", [], text: s.welcome(u.name))]
        if let notice = m.notice { main.append(Form.notice(notice)) }
        main.append(H.el("p", [], text: [u.unit, u.position].compactMap { $0 }.joined(separator: ", ")))
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
