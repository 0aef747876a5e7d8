import Domain

extension AccessibilityStatement {
    static func view(_ m: Model, _ t: Strings) -> String {
        Layout.render(.init(title: t.a11yTitle, route: .accessibility, language: m.language), t, main: [
            H.el("h1", [], text: t.a11yTitle),
            H.el("p", [], text: t.a11yIntro),
            H.el("h2", [], text: t.a11yStatusTitle),
            H.el("p", [], text: t.a11yStatus),
            H.el("h2", [], text: t.a11yFeaturesTitle),
            H.el("ul", [], t.a11yFeatures.map { H.el("li", [], text: $0) }),
            H.el("h2", [], text: t.a11yFeedbackTitle),
            H.el("p", [], text: t.a11yFeedbackText),
            H.el("p", [], text: t.a11yEnforcementText),
            H.el("p", [], text: t.a11yPreparedOn),
        ])
    }
}
