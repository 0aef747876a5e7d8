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
        ])
    }
}
