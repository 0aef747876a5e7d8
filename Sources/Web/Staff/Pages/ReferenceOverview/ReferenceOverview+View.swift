import Domain

extension ReferenceOverview {
    static func view(_ m: Model, _ t: Strings) -> String {
        let r = ReferenceAdminStrings.of(m.language), l = m.language
        func error(_ f: String) -> String? { m.errors.first { $0.field == f }?.message }
        func value(_ f: String, _ stored: String?) -> String { m.typed[f] ?? stored ?? "" }
        var main: [Body] = [H.el("h1", [], text: r.title), H.el("p", [], text: r.intro),
                            H.el("p", [], [H.link(StaffPage.caseCatalogue.path(m.language), CatalogueAdminStrings.of(m.language).title)])]
        if let notice = m.notice { main.append(Form.notice(notice)) }
        if let summary = Form.errorSummary(t.staff.errorSummary, m.errors) { main.append(summary) }
        main.append(H.el("h2", [.id("offices")], text: r.officesHeading))
        main.append(H.el("ul", [.cls("plain-list"), .aria("labelledby", "offices")], m.offices.map { o in
            var marks: [String] = []
            if !o.active { marks.append(r.inactive) }
            if !o.unverified.isEmpty {
                marks.append(r.unverifiedList(Office.Field.allCases.filter(o.unverified.contains).map(r.field).joined(separator: ", ")))
            }
            return H.el("li", [], [
                H.link(StaffPage.officeDetails(o.slug).path(l), o.name.text(l)),
                H.txt(marks.isEmpty ? "" : " (\(marks.joined(separator: "; ")))"),
            ])
        }))
        main.append(H.el("h3", [.id("add-office")], text: r.addOfficeHeading))
        main.append(H.el("p", [], text: r.addOfficeIntro))
        main.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.officeAdd.path(l)), .aria("labelledby", "add-office")], [
            Form.csrf(m.csrf),
            Form.field("slug", label: r.slug, value: m.typed["slug"] ?? "", hint: r.slugHint, error: error("slug")),
            Form.field("newNameLv", label: r.nameLv, value: m.typed["newNameLv"] ?? "", error: error("newNameLv")),
            Form.field("newNameEn", label: r.nameEn, value: m.typed["newNameEn"] ?? "", error: error("newNameEn"), required: false),
            Form.field("newCity", label: r.city, value: m.typed["newCity"] ?? "", error: error("newCity"), required: false),
            H.el("button", [Attr("type", "submit")], text: r.addOffice),
        ]))
        main.append(H.el("h2", [.id("services")], text: r.servicesHeading))
        main.append(H.el("ul", [.cls("plain-list"), .aria("labelledby", "services")], m.services.map { s in
            H.el("li", [], [H.link(StaffPage.serviceDetails(s.slug).path(l), s.name.text(l))])
        }))
        main.append(H.el("h2", [.id("contacts")], text: r.contactsHeading))
        main.append(H.el("p", [], text: r.contactsIntro))
        main.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.agencyContacts.path(l)), .aria("labelledby", "contacts")], [
            Form.csrf(m.csrf),
            Form.field("phone", label: r.phone, type: "tel", value: value("phone", m.contacts.phone), hint: r.phoneHint, error: error("phone")),
            Form.field("email", label: r.email, type: "email", value: value("email", m.contacts.email), error: error("email")),
            Form.field("postalAddress", label: r.postalAddress, value: value("postalAddress", m.contacts.postalAddress),
                       error: error("postalAddress")),
            Form.field("facebookURL", label: r.facebook, type: "url", value: value("facebookURL", m.contacts.facebookURL),
                       error: error("facebookURL"), required: false),
            Form.field("twitterURL", label: r.twitter, type: "url", value: value("twitterURL", m.contacts.twitterURL),
                       error: error("twitterURL"), required: false),
            H.el("button", [Attr("type", "submit")], text: r.save),
        ]))
        return StaffLayout.render(.init(title: r.title, language: l, path: StaffPage.referenceData.unprefixed, user: m.user, csrf: m.csrf),
                                  t, main: main)
    }
}
