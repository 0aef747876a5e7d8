import Domain

extension ErrorPage {
    static func view(_ m: Model, _ t: Strings) -> String {
        let title = m.notFound ? t.notFoundTitle : t.errorTitle
        return Layout.render(.init(title: title, route: nil, language: m.language), t, main: [
            H.el("h1", [], text: title),
            H.el("p", [], text: m.notFound ? t.notFoundText : t.errorText),
            H.el("p", [], [H.link(PageRoute.home.path(m.language), t.backHome)]),
        ])
    }
}
