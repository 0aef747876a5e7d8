import Domain

extension StaffLogin {
    static func view(_ m: Model, _ t: Strings) -> String {
        let s = t.staff
        var main: [Body] = [H.el("h1", [], text: s.loginTitle)]
        if let summary = Form.errorSummary(s.errorSummary, m.error.map { [("email", $0)] } ?? []) { main.append(summary) }
        var form: [Body] = [
            Form.csrf(m.csrf),
            Form.field("email", label: s.emailLabel, type: "email", value: m.email, error: m.error, autocomplete: "username"),
            Form.field("password", label: s.passwordLabel, type: "password", autocomplete: "current-password"),
        ]
        if let next = m.next { form.append(H.void("input", [Attr("type", "hidden"), Attr("name", "next"), Attr("value", next)])) }
        form.append(H.el("button", [Attr("type", "submit")], text: s.loginButton))
        main.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.login.path(m.language)), Attr("novalidate", nil)], form))
        return StaffLayout.render(.init(title: s.loginTitle, language: m.language, path: StaffPage.login.unprefixed, user: nil, csrf: m.csrf),
                                  t, main: main)
    }
}
