import Domain

/// The administrator's page for the referral list and the act catalogue (issue 14): what is
/// there, and one form each to add an entry or correct one (by its id). An entry is never
/// deleted: made inactive, it is no longer offered but still names what old cases point at.
enum CaseCatalogueAdmin {
    struct Model: Sendable {
        let language: Language
        let csrf: String
        let user: StaffUser
        let catalogue: CaseCatalogue
        let notice: String?
        let refill: Form.Refill
    }

    static func view(_ m: Model, _ t: Strings) -> String {
        let g = CatalogueAdminStrings.of(m.language), l = m.language, r = m.refill
        var main: [Body] = [H.el("h1", [], text: g.title), H.el("p", [], text: g.intro)]
        if let notice = m.notice { main.append(Form.notice(notice)) }
        if let summary = Form.errorSummary(g.errorTitle, r.errors) { main.append(summary) }
        func table(_ label: String, _ headers: [String], _ rows: [[String]]) -> Body {
            H.el("table", [.cls("stack-on-phone"), .aria("label", label)], [
                H.el("thead", [], [H.el("tr", [], headers.map { H.el("th", [Attr("scope", "col")], text: $0) })]),
                H.el("tbody", [], rows.map { cells in
                    H.el("tr", [], zip(headers, cells).map { H.el("td", [Attr("data-label", $0.0)], text: $0.1) })
                }),
            ])
        }
        main.append(H.el("h2", [.id("institutions")], text: g.institutions))
        main.append(table(g.institutions, [g.id, g.nameLv, g.nameEn, g.email, g.address, g.state],
                          m.catalogue.institutions.map { [$0.id, $0.name.lv, $0.name.en ?? "—", $0.email, $0.postalAddress,
                                                           $0.active ? g.active : g.inactive] }))
        main.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.caseCatalogueInstitutions.path(l))], [
            Form.csrf(m.csrf),
            H.el("fieldset", [], [
                H.el("legend", [], text: g.institutionForm),
                H.el("p", [.cls("hint")], text: g.byID),
                r.field("institutionId", g.id, required: true, autocomplete: "off"),
                r.field("institutionNameLv", g.nameLv, required: true),
                r.field("institutionNameEn", g.nameEn),
                r.field("eAddress", g.eAddress),
                r.field("institutionEmail", g.email, type: "email", required: true),
                r.field("institutionAddress", g.address, required: true),
                Form.checkbox("institutionActive", g.offered, on: r.checked("institutionActive", true)),
                H.el("button", [Attr("type", "submit")], text: g.save),
            ]),
        ]))
        main.append(H.el("h2", [.id("acts")], text: g.acts))
        main.append(table(g.acts, [g.id, g.nameLv, g.nameEn, g.state],
                          m.catalogue.acts.map { [$0.id, $0.name.lv, $0.name.en ?? "—", $0.active ? g.active : g.inactive] }))
        main.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.caseCatalogueActs.path(l))], [
            Form.csrf(m.csrf),
            H.el("fieldset", [], [
                H.el("legend", [], text: g.actForm),
                H.el("p", [.cls("hint")], text: g.byID),
                r.field("actId", g.id, required: true, autocomplete: "off"),
                r.field("actNameLv", g.nameLv, required: true),
                r.field("actNameEn", g.nameEn),
                Form.checkbox("actActive", g.offered, on: r.checked("actActive", true)),
                H.el("button", [Attr("type", "submit")], text: g.save),
            ]),
        ]))
        main.append(H.el("p", [], [H.link(StaffPage.referenceData.path(l), ReferenceAdminStrings.of(l).title)]))
        return StaffLayout.render(.init(title: g.title, language: l, path: StaffPage.caseCatalogue.unprefixed, user: m.user, csrf: m.csrf),
                                  t, main: main)
    }
}
