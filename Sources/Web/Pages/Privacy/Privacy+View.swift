import Domain

extension PrivacyNotice {
    static func view(_ m: Model, _ t: Strings) -> String {
        Layout.render(.init(title: t.privacyTitle, route: .privacy, language: m.language), t, main:
            [H.el("h1", [], text: t.privacyTitle)]
            + t.privacySections.flatMap { [H.el("h2", [], text: $0.title), H.el("p", [], text: $0.text)] })
    }
}
