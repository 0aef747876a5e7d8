import Domain

extension ServiceList {
    static func view(_ m: Model, _ t: Strings) -> String {
        let l = m.language
        return Layout.render(.init(title: t.servicesTitle, route: .services, language: l), t, main: [
            H.el("h1", [], text: t.servicesTitle),
            H.el("p", [.cls("lead")], text: t.servicesLead),
            H.el("ul", [.cls("cards")], m.services.map { s in
                H.el("li", [], [
                    H.el("h2", [], [H.link(PageRoute.service(s.slug).path(l), s.name.text(l))]),
                    H.el("p", [], text: s.summary.text(l)),
                    H.el("p", [], text: "\(t.serviceChannels): " + s.channels.map(t.channel).joined(separator: ", ")),
                    H.el("p", [], text: s.needsAppointment ? t.needsAppointment : t.noAppointment),
                ])
            }),
        ])
    }
}
