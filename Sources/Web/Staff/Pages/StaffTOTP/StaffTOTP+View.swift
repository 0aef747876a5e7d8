import Domain

extension StaffTOTP {
    static func view(_ m: Model, _ t: Strings) -> String {
        let s = t.staff
        var main: [Body] = [H.el("h1", [], text: s.totpTitle)]
        if let summary = Form.errorSummary(s.errorSummary, m.error.map { [("code", $0)] } ?? []) { main.append(summary) }
        var form: [Body] = [
            Form.csrf(m.csrf),
            Form.field("code", label: s.totpLabel, type: "text", hint: s.totpHint, error: m.error,
                       autocomplete: "one-time-code"),
        ]
        if let next = m.next { form.append(H.void("input", [Attr("type", "hidden"), Attr("name", "next"), Attr("value", next)])) }
        form.append(H.el("button", [Attr("type", "submit")], text: s.continueButton))
        main.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.loginCode.path(m.language))], form))
        return StaffLayout.render(.init(title: s.totpTitle, language: m.language, path: StaffPage.loginCode.unprefixed, user: nil,
                                        csrf: m.csrf), t, main: main)
    }
}
