import Domain
import Foundation

extension ClientShow {
    static func view(_ m: Model, _ t: Strings) -> String {
        let s = t.staff, c = m.client
        func row(_ label: String, _ value: String?) -> [Body] {
            [H.el("dt", [], text: label), H.el("dd", [], text: value ?? "—")]
        }
        var rows = row(s.nameLabel, c.name) + row(s.surnameLabel, c.surname)
        switch c.identity {
        case .personalCode(let code): rows += row(s.personalCodeLabel, code.formatted)
        case .foreigner(let born, let doc): rows += row(s.birthDateLabel, t.date(born)) + row(s.documentLabel, doc)
        }
        rows += row(s.phoneLabel, c.phone) + row(t.emailLabel, c.email)
            + row(s.languageLabel, c.language == .lv ? "latviešu" : "English")
            + row(s.registeredLabel, RigaTime.rfc3339(c.createdAt))
        return StaffLayout.render(.init(title: s.clientTitle, language: m.language, path: StaffPage.client(c.id.uuidString).unprefixed,
                                        user: m.user, csrf: m.csrf), t, main: [
            H.el("h1", [], text: "\(c.name) \(c.surname)"),
            H.el("dl", [.cls("contacts")], rows),
            H.el("p", [.cls("hint")], text: s.readLogged),
            ledger(m, t),
        ])
    }

    /// The ledger: every booking, visit, waitlist place, submission and letter, oldest first.
    static func ledger(_ m: Model, _ t: Strings) -> Body {
        let g = LedgerStrings.of(m.language)
        guard !m.contacts.isEmpty else { return H.group([H.el("h2", [], text: g.heading), H.el("p", [], text: g.none)]) }
        let headers = [g.when, g.what, g.office, g.details, g.status]
        return H.group([
            H.el("h2", [], text: g.heading),
            H.el("table", [.cls("stack-on-phone"), .aria("label", g.heading)], [
                H.el("thead", [], [H.el("tr", [], headers.map { H.el("th", [Attr("scope", "col")], text: $0) })]),
                H.el("tbody", [], m.contacts.map { c in
                    let title = m.names[c.title] ?? c.title
                    let details: Body = c.caseID.map { id in
                        m.canOpenCases ? H.link(StaffPage.caseShow(id.uuidString).path(m.language), "\(c.code) — \(title)")
                                       : H.txt("\(c.code) — \(title)")
                    } ?? H.txt("\(title) (\(c.code))")
                    return H.el("tr", [], [
                        H.el("td", [Attr("data-label", g.when)], text: t.moment(c.at)),
                        H.el("td", [Attr("data-label", g.what)], text: g.kind(c.kind)),
                        H.el("td", [Attr("data-label", g.office)], text: m.names[c.officeSlug] ?? c.officeSlug),
                        H.el("td", [Attr("data-label", g.details)], [details]),
                        H.el("td", [Attr("data-label", g.status)], text: g.status(c.status)),
                    ])
                }),
            ]),
        ])
    }
}
