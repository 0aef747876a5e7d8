import Domain

extension AuditTrailPage {
    static func view(_ m: Model, _ t: Strings) -> String {
        let s = t.staff
        var main: [Body] = [H.el("h1", [], text: s.auditTrailTitle)]
        if m.entries.isEmpty {
            main.append(H.el("p", [], text: s.noEntries))
        } else {
            main.append(H.el("table", [.cls("stack-on-phone"), .aria("label", s.auditTrailTitle)], [
                H.el("thead", [], [H.el("tr", [], [s.whenHeader, s.whoHeader, s.entityHeader, s.actionHeader, s.beforeHeader,
                                                   s.afterHeader].map { H.el("th", [Attr("scope", "col")], text: $0) })]),
                H.el("tbody", [], m.entries.map { e in
                    H.el("tr", [], [
                        H.el("td", [Attr("data-label", s.whenHeader)], text: RigaTime.rfc3339(e.at)),
                        H.el("td", [Attr("data-label", s.whoHeader)], text: e.actor),
                        H.el("td", [Attr("data-label", s.entityHeader)], text: "\(e.entity) \(e.entityID)"),
                        H.el("td", [Attr("data-label", s.actionHeader)], text: e.action),
                        H.el("td", [Attr("data-label", s.beforeHeader)], text: e.before ?? "—"),
                        H.el("td", [Attr("data-label", s.afterHeader)], text: e.after ?? "—"),
                    ])
                }),
            ]))
        }
        return StaffLayout.render(.init(title: s.auditTrailTitle, language: m.language, path: StaffPage.auditTrail.unprefixed,
                                        user: m.user, csrf: m.csrf), t, main: main)
    }
}
