import Domain

extension ClientSearch {
    static func view(_ m: Model, _ t: Strings) -> String {
        let s = t.staff
        func error(_ f: String) -> String? { m.errors.first { $0.field == f }?.message }
        var main: [Body] = [H.el("h1", [], text: s.clientSearchTitle)]
        if let summary = Form.errorSummary(s.errorSummary, m.errors) { main.append(summary) }
        if m.notFound { main.append(Form.notice(s.noClientFound)) }
        main.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.clientsSearch.path(m.language))], [
            Form.csrf(m.csrf),
            Form.field("personalCode", label: s.personalCodeLabel, value: m.personalCode, error: error("personalCode"),
                       autocomplete: "off"),
            Form.field("purpose", label: s.purposeLabel, value: m.purpose, hint: s.purposeHint, error: error("purpose"),
                       autocomplete: "off"),
            H.el("p", [.cls("hint")], [H.link(PageRoute.privacy.path(m.language), t.privacyTitle)]),
            H.el("button", [Attr("type", "submit")], text: s.searchButton),
        ]))
        return StaffLayout.render(.init(title: s.clientSearchTitle, language: m.language, path: StaffPage.clients.unprefixed,
                                        user: m.user, csrf: m.csrf), t, main: main)
    }
}
