import Domain
import Foundation

extension TokensPage {
    static func view(_ m: Model, _ t: Strings) -> String {
        let s = t.staff, l = m.language
        func error(_ f: String) -> String? { m.errors.first { $0.field == f }?.message }
        var main: [Body] = [H.el("h1", [], text: s.tokensTitle)]
        if let token = m.newToken {
            main.append(H.el("div", [.cls("notice"), Attr("role", "status")], [
                H.el("p", [], text: s.tokenShownOnce), H.el("p", [], [H.el("code", [.id("new-token")], text: token)]),
            ]))
        }
        if let summary = Form.errorSummary(s.errorSummary, m.errors) { main.append(summary) }
        main.append(H.el("table", [.cls("stack-on-phone"), .aria("label", s.tokensTitle)], [
            H.el("thead", [], [H.el("tr", [], [s.kindHeader, s.tokenNameLabel, s.userEmailLabel, s.scopesLabel,
                                               s.lastUsedHeader, s.revokedHeader, ""].map {
                H.el("th", [Attr("scope", "col")], text: $0)
            })]),
            H.el("tbody", [], m.rows.map { r in
                let tk = r.token
                let canRevoke = tk.revokedAt == nil && (tk.kind == .kiosk ? m.canManageKiosks : m.canManageTokens)
                return H.el("tr", [], [
                    H.el("td", [Attr("data-label", s.kindHeader)], text: tk.kind.prefix + "…"),
                    H.el("td", [Attr("data-label", s.tokenNameLabel)], text: tk.name),
                    H.el("td", [Attr("data-label", s.userEmailLabel)], text: r.owner),
                    H.el("td", [Attr("data-label", s.scopesLabel)],
                         text: tk.scopes.map { $0.map(\.rawValue).sorted().joined(separator: ", ") } ?? "—"),
                    H.el("td", [Attr("data-label", s.lastUsedHeader)], text: tk.lastUsedAt.map(RigaTime.rfc3339) ?? "—"),
                    H.el("td", [Attr("data-label", s.revokedHeader)], text: tk.revokedAt.map(RigaTime.rfc3339) ?? "—"),
                    H.el("td", [], canRevoke ? [
                        H.el("form", [Attr("method", "post"), Attr("action", StaffPage.tokenRevoke(tk.id.uuidString).path(m.language))], [
                            Form.csrf(m.csrf),
                            H.el("button", [Attr("type", "submit"), .aria("label", "\(s.revokeButton): \(tk.name)")],
                                 text: s.revokeButton),
                        ]),
                    ] : []),
                ])
            }),
        ]))
        if m.canManageTokens {
            main.append(H.el("h2", [.id("new-staff-token")], text: s.newStaffTokenTitle))
            main.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.tokens.path(m.language)),
                                      .aria("labelledby", "new-staff-token")], [
                Form.csrf(m.csrf),
                Form.field("email", label: s.userEmailLabel, type: "email", error: error("email"), autocomplete: "off"),
                Form.field("name", label: s.tokenNameLabel, error: error("name"), autocomplete: "off"),
                UsersPage.checkboxes("scopes", legend: s.scopesLabel, error: nil,
                                     options: Permission.allCases.map { ($0.rawValue, $0.rawValue) }),
                H.el("p", [.cls("hint")], text: s.scopesHint),
                H.el("button", [Attr("type", "submit")], text: s.createButton),
            ]))
        }
        if m.canManageTokens {
            main.append(H.el("h2", [.id("new-integration")], text: s.newIntegrationTitle))
            main.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.integrations.path(m.language)),
                                      .aria("labelledby", "new-integration")], [
                Form.csrf(m.csrf),
                Form.field("integrationName", label: s.tokenNameLabel, error: error("integrationName"), autocomplete: "off"),
                UsersPage.checkboxes("integrationScopes", legend: s.scopesLabel, error: error("integrationScopes"),
                                     options: Permission.allCases.map { ($0.rawValue, $0.rawValue) }),
                H.el("button", [Attr("type", "submit")], text: s.createButton),
            ]))
        }
        if m.canManageKiosks {
            main.append(H.el("h2", [.id("new-kiosk")], text: s.newKioskTitle))
            main.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.kiosks.path(m.language)), .aria("labelledby", "new-kiosk")], [
                Form.csrf(m.csrf),
                H.el("div", [.cls("field")], [
                    H.el("label", [Attr("for", "office")], text: s.officeLabel),
                    H.el("select", [.id("office"), Attr("name", "office")], m.offices.map {
                        H.el("option", [Attr("value", $0.slug)], text: $0.name.text(l))
                    }),
                ]),
                Form.field("kioskName", label: s.tokenNameLabel, error: error("kioskName"), autocomplete: "off"),
                H.el("button", [Attr("type", "submit")], text: s.createButton),
            ]))
        }
        return StaffLayout.render(.init(title: s.tokensTitle, language: l, path: StaffPage.tokens.unprefixed, user: m.user, csrf: m.csrf),
                                  t, main: main)
    }
}
