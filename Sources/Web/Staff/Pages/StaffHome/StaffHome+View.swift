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
        if let attention = m.attention {
            // An administrator's start page (issue 16, item 8): what to look at, each with the page that fixes it.
            let w = AttentionWording.of(m.language), l = m.language
            let items: [Body] = attention.map { item in
                switch item {
                case .officeUnverified(let office, let fields):
                    return H.el("li", [], [H.link(StaffPage.officeDetails(office).path(l),
                                                  w.officeUnverified(m.officeNames[office] ?? office, fields.map(w.field).joined(separator: ", ")))])
                case .feeUnconfirmed(let service):
                    return H.el("li", [], [H.link(StaffPage.serviceFees(service).path(l), w.feeUnconfirmed(m.serviceNames[service] ?? service))])
                case .withoutSecondFactor(let users):
                    return H.el("li", [], [H.link(StaffPage.users.path(l), w.withoutSecondFactor(users.count))])
                case .signatureIncomplete(let users):
                    return H.el("li", [], [H.link(StaffPage.users.path(l), w.signatureIncomplete(users.count))])
                }
            }
            main.append(H.el("section", [.aria("labelledby", "attention")], [
                H.el("h2", [.id("attention")], text: w.title),
                items.isEmpty ? H.el("p", [], text: w.nothing) : H.el("ul", [.cls("attention")], items),
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
