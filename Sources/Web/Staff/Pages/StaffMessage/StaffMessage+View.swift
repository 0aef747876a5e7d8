import Domain

extension StaffMessage {
    static func view(_ m: Model, _ t: Strings) -> String {
        StaffLayout.render(.init(title: m.title, language: m.language, path: StaffPage.home.unprefixed, user: m.user, csrf: m.csrf), t, main: [
            H.el("h1", [], text: m.title),
            H.el("p", [], text: m.text),
            H.el("p", [], [H.link(StaffPage.home.path(m.language), t.staff.dashboard)]),
        ])
    }
}
