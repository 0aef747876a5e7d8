import Domain

extension OfficeList {
    static func view(_ m: Model, _ t: Strings) -> String {
        let l = m.language
        return Layout.render(.init(title: t.officesTitle, route: .offices, language: l), t, main: [
            H.el("h1", [], text: t.officesTitle),
            H.el("p", [.cls("lead")], text: t.officesLead),
            H.el("ul", [.cls("cards")], m.offices.map { o in
                var items: [Body] = [
                    H.el("h2", [], [H.link(PageRoute.office(o.slug).path(l), o.name.text(l))]),
                    H.el("p", [], text: t.officeKind(o.kind)),
                    H.el("p", [], text: o.street == nil ? [o.city, t.addressUnknown].compactMap { $0 }.joined(separator: " — ") : (o.addressLine ?? t.addressUnknown)),
                ]
                if o.unverified.contains(.address) { items.append(H.el("p", [.cls("unverified")], text: t.unverifiedNote)) }
                return H.el("li", [], items)
            }),
        ])
    }
}
