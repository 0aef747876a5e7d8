import Domain

extension ErrorPage {
    static func view(_ m: Model, _ t: Strings) -> String {
        let title = m.notFound ? t.notFoundTitle : m.tooLarge ? ProblemStrings.of(m.language).title(.tooLarge) : t.errorTitle
        let text = m.notFound ? t.notFoundText : m.tooLarge ? t.formTooLarge : t.errorText
        return Layout.render(.init(title: title, route: nil, language: m.language), t, main: [
            H.el("h1", [], text: title),
            H.el("p", [], text: text),
            H.el("p", [], [H.link(PageRoute.home.path(m.language), t.backHome)]),
        ])
    }
}
