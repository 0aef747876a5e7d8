import Domain
import Foundation

extension UserEdit {
    static func view(_ m: Model, _ t: Strings) -> String {
        let s = t.staff, u = m.target
        func error(_ f: String) -> String? { m.errors.first { $0.field == f }?.message }
        var main: [Body] = [H.el("h1", [], text: "\(u.name) \(u.surname)"), H.el("p", [], text: u.email)]
        if let summary = Form.errorSummary(s.errorSummary, m.errors) { main.append(summary) }
        main.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.user(u.id.uuidString).path(m.language))], [
            Form.csrf(m.csrf),
            UsersPage.checkboxes("roles", legend: s.rolesLabel, error: error("roles"),
                                 options: Role.allCases.map { ($0.rawValue, s.role($0)) }, checked: Set(u.roles.map(\.rawValue))),
            UsersPage.checkboxes("offices", legend: s.officesLabel, error: error("offices"),
                                 options: m.offices.map { ($0.slug, $0.name.text(m.language)) }, checked: u.offices),
            H.el("button", [Attr("type", "submit")], text: s.saveButton),
        ]))
        return StaffLayout.render(.init(title: s.usersTitle, language: m.language, path: StaffPage.user(u.id.uuidString).unprefixed,
                                        user: m.user, csrf: m.csrf), t, main: main)
    }
}
