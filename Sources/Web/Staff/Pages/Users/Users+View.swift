import Domain
import Foundation

extension UsersPage {
    static func view(_ m: Model, _ t: Strings) -> String {
        let s = t.staff, l = m.language
        func error(_ f: String) -> String? { m.errors.first { $0.field == f }?.message }
        var main: [Body] = [H.el("h1", [], text: s.usersTitle)]
        if let otp = m.oneTimePassword { main.append(Form.notice(s.oneTimePassword(otp))) }
        main.append(H.el("table", [.cls("stack-on-phone"), .aria("label", s.usersTitle)], [
            H.el("thead", [], [H.el("tr", [], [t.emailLabel, s.nameLabel, s.rolesLabel, s.officesLabel, s.statusHeader, ""].map {
                H.el("th", [Attr("scope", "col")], text: $0)
            })]),
            H.el("tbody", [], m.users.map { u in
                H.el("tr", [], [
                    H.el("td", [Attr("data-label", t.emailLabel)], [H.link(StaffPage.user(u.id.uuidString).path(m.language), u.email)]),
                    H.el("td", [Attr("data-label", s.nameLabel)], text: "\(u.name) \(u.surname)"),
                    H.el("td", [Attr("data-label", s.rolesLabel)], text: u.roles.sorted().map(s.role).joined(separator: ", ")),
                    H.el("td", [Attr("data-label", s.officesLabel)], text: u.offices.sorted().joined(separator: ", ")),
                    H.el("td", [Attr("data-label", s.statusHeader)], text: u.active ? s.active : s.disabled),
                    H.el("td", [], u.active && u.id != m.user.id ? [
                        H.el("form", [Attr("method", "post"), Attr("action", StaffPage.userDisable(u.id.uuidString).path(m.language))], [
                            Form.csrf(m.csrf),
                            H.el("button", [Attr("type", "submit"), .aria("label", "\(s.disableButton): \(u.email)")],
                                 text: s.disableButton),
                        ]),
                    ] : []),
                ])
            }),
        ]))
        main.append(H.el("h2", [.id("add-user")], text: s.addUserTitle))
        if let summary = Form.errorSummary(s.errorSummary, m.errors) { main.append(summary) }
        main.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.users.path(m.language)), .aria("labelledby", "add-user")], [
            Form.csrf(m.csrf),
            Form.field("email", label: t.emailLabel, type: "email", error: error("email"), autocomplete: "off"),
            Form.field("name", label: s.nameLabel, error: error("name"), autocomplete: "off"),
            Form.field("surname", label: s.surnameLabel, error: error("surname"), autocomplete: "off"),
            Form.field("unit", label: s.unitLabel, required: false),
            Form.field("position", label: s.positionLabel, required: false),
            Form.field("phone", label: s.phoneLabel, type: "tel", required: false),
            checkboxes("roles", legend: s.rolesLabel, error: error("roles"),
                       options: Role.allCases.map { ($0.rawValue, s.role($0)) }),
            checkboxes("offices", legend: s.officesLabel, error: error("offices"),
                       options: m.offices.map { ($0.slug, $0.name.text(l)) }),
            H.el("p", [.cls("hint")], [H.link(PageRoute.privacy.path(l), t.privacyTitle)]),
            H.el("button", [Attr("type", "submit")], text: s.addUserButton),
        ]))
        return StaffLayout.render(.init(title: s.usersTitle, language: l, path: StaffPage.users.unprefixed, user: m.user, csrf: m.csrf),
                                  t, main: main)
    }

    /// A group of checkboxes in a fieldset with its legend; an error is tied to the group.
    static func checkboxes(_ name: String, legend: String, error: String?, options: [(String, String)],
                           checked: Set<String> = []) -> Body {
        var parts: [Body] = [H.el("legend", [], text: legend)]
        if let error { parts.append(H.el("p", [.id("\(name)-error"), .cls("field-error")], text: error)) }
        for (i, option) in options.enumerated() {
            parts.append(H.el("div", [.cls("check")], [
                H.void("input", [Attr("type", "checkbox"), .id("\(name)-\(i)"), Attr("name", "\(name)[]"), Attr("value", option.0)]
                       + (error != nil ? [.aria("describedby", "\(name)-error")] : [])
                       + (checked.contains(option.0) ? [.flag("checked")] : [])),
                H.el("label", [Attr("for", "\(name)-\(i)")], text: option.1),
            ]))
        }
        return H.el("fieldset", [.id(name)], parts)
    }
}
