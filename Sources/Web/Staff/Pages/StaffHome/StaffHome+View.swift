import Domain

extension StaffHome {
    static func view(_ m: Model, _ t: Strings) -> String {
        let s = t.staff, p = StaffLayout.prefix(m.language), u = m.user
        var main: [Body] = [H.el("h1", [], text: s.welcome(u.name))]
        if let notice = m.notice { main.append(Form.notice(notice)) }
        main.append(H.el("p", [], text: [u.unit, u.position].compactMap { $0 }.joined(separator: ", ")))
        var links: [Body] = []
        let permissions = u.principal().permissions
        if permissions.contains(.clientsSearch) { links.append(H.el("li", [], [H.link("\(p)/staff/clients", s.clientSearchTitle)])) }
        if permissions.contains(.accessLogRead) { links.append(H.el("li", [], [H.link("\(p)/staff/access-log", s.accessLogTitle)])) }
        links.append(H.el("li", [], [H.link("\(p)/staff/profile", s.profileTitle)]))
        main.append(H.el("ul", [], links))
        return StaffLayout.render(.init(title: s.dashboard, language: m.language, path: "/staff", user: u, csrf: m.csrf),
                                  t, main: main)
    }
}
