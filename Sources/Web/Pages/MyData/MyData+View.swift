import Domain

extension MyData {
    static func view(_ m: Model, _ t: Strings) -> String {
        let e = m.export, s = t.staff
        let labels: [(String, String)] = [("name", s.nameLabel), ("surname", s.surnameLabel),
                                          ("personalCode", s.personalCodeLabel), ("birthDate", s.birthDateLabel),
                                          ("documentNumber", s.documentLabel), ("phone", s.phoneLabel),
                                          ("email", t.emailLabel), ("language", s.languageLabel),
                                          ("registered", s.registeredLabel)]
        var main: [Body] = [
            H.el("h1", [], text: t.myDataTitle),
            H.el("p", [], text: t.myDataIntro),
            H.el("h2", [], text: t.myDataRecord),
            H.el("dl", [.cls("contacts")], labels.compactMap { key, label in
                e.client[key].map { [H.el("dt", [], text: label), H.el("dd", [], text: $0)] }
            }.flatMap { $0 }),
            H.el("h2", [.id("reads")], text: t.myDataReads),
        ]
        if e.reads.isEmpty {
            main.append(H.el("p", [], text: t.myDataNoReads))
        } else {
            main.append(H.el("table", [.cls("stack-on-phone"), .aria("labelledby", "reads")], [
                H.el("thead", [], [H.el("tr", [], [t.myDataWhen, t.myDataRoles, t.myDataOffices, t.myDataPurpose].map {
                    H.el("th", [Attr("scope", "col")], text: $0)
                })]),
                H.el("tbody", [], e.reads.map { r in
                    H.el("tr", [], [
                        H.el("td", [Attr("data-label", t.myDataWhen)], text: r.at),
                        H.el("td", [Attr("data-label", t.myDataRoles)],
                             text: r.roles.compactMap(Role.init(rawValue:)).map(s.role).joined(separator: ", ")),
                        H.el("td", [Attr("data-label", t.myDataOffices)], text: r.offices.joined(separator: ", ")),
                        H.el("td", [Attr("data-label", t.myDataPurpose)], text: r.purpose),
                    ])
                }),
            ]))
        }
        main.append(H.el("h2", [], text: t.myDataChanges))
        main.append(H.el("ul", [], e.changes.map { H.el("li", [], text: "\($0.at): \($0.action)") }))
        main.append(H.el("h2", [], text: t.myDataRetention))
        main.append(H.el("p", [], text: e.retention))
        if let path = m.downloadPath { main.append(H.el("p", [], [H.link(path, t.myDataDownload)])) }
        main.append(H.el("p", [], [H.link(PageRoute.privacy.path(m.language), t.privacyTitle)]))
        return Layout.render(.init(title: t.myDataTitle, route: nil, language: m.language), t, main: main)
    }
}
