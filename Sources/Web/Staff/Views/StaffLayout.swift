import Domain
import Plot

/// The frame of staff pages: the same landmarks as public pages, a staff navigation that lists
/// only what the employee's permissions reach (a convenience; the policy is enforced by
/// middleware), and a sign-out button (a POST form with its CSRF token).
enum StaffLayout {
    struct Frame: Sendable {
        let title: String
        let language: Language
        /// The current path without the language prefix, e.g. `/staff/profile`.
        let path: String
        let user: StaffUser?
        let csrf: String
        /// The page's state in its address (`?counter=3&services=passport`), kept by the language
        /// switch (issue 16, item 4).
        var query: String? = nil
        /// The page's own small scripts (progressive enhancement; the page works without them).
        var scripts: [String] = []
    }

    static func prefix(_ l: Language) -> String { l == .lv ? "" : "/en" }

    static func render(_ f: Frame, _ t: Strings, main: [Body]) -> String {
        let s = t.staff, p = prefix(f.language)
        let other: Language = f.language == .lv ? .en : .lv
        var nav: [Body] = []
        var header: [Body] = [H.el("p", [.cls("site-name")], [H.link(StaffPage.home.path(f.language), "\(t.siteName) — \(s.area)")])]
        if let user = f.user {
            let permissions = user.principal().permissions
            func item(_ path: String, _ label: String) -> Body {
                H.el("li", [], [H.link("\(p)\(path)", label, f.path == path ? [.aria("current", "page")] : [])])
            }
            nav.append(item(StaffPage.home.unprefixed, s.dashboard))
            if permissions.contains(.clientsSearch) { nav.append(item(StaffPage.clients.unprefixed, s.clientsTitle)) }
            if permissions.contains(.clientsRead), let office = user.offices.sorted().first {
                nav.append(item(StaffPage.appointments(office: office).unprefixed, s.appointmentsTitle))
            }
            if permissions.contains(.bookingsManage) { nav.append(item(StaffPage.book.unprefixed, t.staffBooking.title)) }
            if permissions.contains(.casesRead) { nav.append(item(StaffPage.cases.unprefixed, CaseStrings.of(f.language).title)) }
            if let office = user.offices.sorted().first {
                if permissions.contains(.queueServe) { nav.append(item(StaffPage.counter(office: office).unprefixed, t.counter.title)) }
                if permissions.contains(.visitStatsRead) {
                    nav.append(item(StaffPage.statistics(office: office).unprefixed, t.visitStats.title))
                }
            }
            if permissions.contains(.alertsReceive) { nav.append(item(StaffPage.alerts.unprefixed, t.counter.alertsTitle)) }
            if permissions.contains(.outboxRead) { nav.append(item(StaffPage.outbox.unprefixed, s.mailboxTitle)) }
            if permissions.contains(.referenceEdit) {
                nav.append(item(StaffPage.calendar.unprefixed, s.calendarTitle))
                nav.append(item(StaffPage.referenceData.unprefixed, ReferenceAdminStrings.of(f.language).title))
            }
            if permissions.contains(.accessLogRead) { nav.append(item(StaffPage.accessLog.unprefixed, s.accessLogTitle)) }
            if permissions.contains(.auditTrailRead) { nav.append(item(StaffPage.auditTrail.unprefixed, s.auditTrailTitle)) }
            if permissions.contains(.usersManage) { nav.append(item(StaffPage.users.unprefixed, s.usersTitle)) }
            if permissions.contains(.tokensManage) || permissions.contains(.kiosksManage) {
                nav.append(item(StaffPage.tokens.unprefixed, s.tokensTitle))
            }
            nav.append(item(StaffPage.profile.unprefixed, s.profileTitle))
            header.append(H.el("nav", [.aria("label", s.staffNavigation)], [H.el("ul", [], nav)]))
            header.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.logout.path(f.language)), .cls("logout")], [
                Form.csrf(f.csrf),
                H.el("button", [Attr("type", "submit")], text: "\(s.logout) (\(user.name) \(user.surname))"),
            ]))
        }
        header.append(H.el("p", [.cls("language-switch")], [
            H.el("span", [.cls("visually-hidden")], [H.txt(t.languageSwitch + ": ")]),
            H.link("\(prefix(other))\(f.path)\(f.query ?? "")", t.otherLanguageName, [.lang(other.rawValue), Attr("hreflang", other.rawValue)]),
        ]))
        // Emergency alerts reach those who receive them on whatever page they are (AlertBanner.script).
        let receivesAlerts = f.user?.principal().permissions.contains(.alertsReceive) == true
        let body: [Body] = [
            H.link("#main", t.skipToContent, [.cls("skip-link")]),
            H.el("header", [.cls("site-header staff")], header),
            receivesAlerts ? H.el("div", [.id("live-alerts")]) : H.group([]),
            H.el("main", [.id("main"), Attr("tabindex", "-1")], main),
            H.el("footer", [.cls("site-footer")], [
                H.el("p", [], [H.link(PageRoute.privacy.path(f.language), t.privacyTitle)]),
            ]),
        ]
        let html = HTML(
            .lang(f.language == .lv ? .latvian : .english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .meta(.name("robots"), .content("noindex")),
                .element(named: "title", nodes: [.raw(Escape.html("\(f.title) — \(s.area)"))]),
                .link(.rel(.stylesheet), .href("/styles.css")),
                receivesAlerts ? .element(named: "script", nodes: [
                    .attribute(named: "src", value: "/staff-alerts.js"), .attribute(named: "defer", value: "defer"),
                    .attribute(named: "data-alerts", value: "/staff/alerts.json?lang=\(f.language.rawValue)"),
                ]) : .empty,
                .group(f.scripts.map { .element(named: "script", nodes: [.attribute(named: "src", value: $0),
                                                                          .attribute(named: "defer", value: "defer")]) })
            ),
            .body(.group(body))
        )
        return html.render()
    }
}

/// Accessible form pieces: every input has a label, hints and errors are tied to it with
/// `aria-describedby`, and an error summary at the top links to each field.
enum Form {
    static func csrf(_ token: String) -> Body {
        H.void("input", [Attr("type", "hidden"), Attr("name", "_csrf"), Attr("value", token)])
    }

    static func field(_ name: String, label: String, type: String = "text", value: String = "", hint: String? = nil,
                      error: String? = nil, autocomplete: String? = nil, required: Bool = true) -> Body {
        labelled(name, label: label, hint: hint, error: error) { described in
            var attrs: [Attr] = [Attr("type", type), .id(name), Attr("name", name)]
            if type != "password" { attrs.append(Attr("value", value)) }
            if let autocomplete { attrs.append(Attr("autocomplete", autocomplete)) }
            if required { attrs.append(.flag("required")) }
            return H.void("input", attrs + described)
        }
    }

    /// A longer text (an office's accessibility description) with its label, hint and error.
    static func textArea(_ name: String, label: String, value: String, hint: String? = nil, error: String? = nil,
                         maxLength: Int) -> Body {
        labelled(name, label: label, hint: hint, error: error) { described in
            H.el("textarea", [.id(name), Attr("name", name), Attr("rows", "4"), Attr("maxlength", String(maxLength))] + described,
                 text: value)
        }
    }

    /// A control under its label, with its hint and error tied to it by `aria-describedby`.
    private static func labelled(_ name: String, label: String, hint: String?, error: String?,
                                 control: ([Attr]) -> Body) -> Body {
        var described: [String] = []
        var parts: [Body] = [H.el("label", [Attr("for", name)], text: label)]
        if let hint {
            parts.append(H.el("p", [.id("\(name)-hint"), .cls("hint")], text: hint))
            described.append("\(name)-hint")
        }
        if let error {
            parts.append(H.el("p", [.id("\(name)-error"), .cls("field-error")], text: error))
            described.append("\(name)-error")
        }
        var attrs: [Attr] = []
        if !described.isEmpty { attrs.append(.aria("describedby", described.joined(separator: " "))) }
        if error != nil { attrs.append(.aria("invalid", "true")) }
        parts.append(control(attrs))
        return H.el("div", [.cls(error == nil ? "field" : "field has-error")], parts)
    }

    /// A refused form shown again: each field's error, and what was typed in place of the stored
    /// value (a checkbox typed is one that was sent ticked).
    struct Refill: Sendable {
        let errors: [(field: String, message: String)]
        let typed: [String: String]?

        func error(_ field: String) -> String? { errors.first { $0.field == field }?.message }
        func value(_ field: String, _ stored: String?) -> String { typed.map { $0[field] ?? "" } ?? stored ?? "" }
        func checked(_ field: String, _ stored: Bool) -> Bool { typed.map { $0[field] != nil } ?? stored }

        /// A field of a form that starts empty, with what was typed and its error.
        func field(_ name: String, _ label: String, hint: String? = nil, type: String = "text", required: Bool = false,
                   autocomplete: String? = nil) -> Body {
            Form.field(name, label: label, type: type, value: value(name, nil), hint: hint, error: error(name),
                       autocomplete: autocomplete, required: required)
        }
    }

    /// Files for a submission (issue 14): several at once, the accepted kinds offered first.
    static func attachments(_ label: String, hint: String, error: String?) -> Body {
        H.el("div", [.cls(error == nil ? "field" : "field has-error")], [
            H.el("label", [Attr("for", "attachments")], text: label),
            H.el("p", [.id("attachments-hint"), .cls("hint")], text: hint),
            error.map { H.el("p", [.id("attachments-error"), .cls("field-error")], text: $0) } ?? H.group([]),
            H.void("input", [Attr("type", "file"), .id("attachments"), Attr("name", "attachments[]"), .flag("multiple"),
                             .aria("describedby", error == nil ? "attachments-hint" : "attachments-hint attachments-error"),
                             Attr("accept", AttachmentRule.accepted.values.flatMap { $0 }.sorted().map { "." + $0 }.joined(separator: ","))]),
        ])
    }

    static func checkbox(_ name: String, _ label: String, on: Bool, hint: String? = nil) -> Body {
        H.el("div", [.cls("check")], [
            H.void("input", [Attr("type", "checkbox"), .id(name), Attr("name", name), Attr("value", "on")]
                   + (hint != nil ? [.aria("describedby", "\(name)-hint")] : []) + (on ? [.flag("checked")] : [])),
            H.el("label", [Attr("for", name)], text: label),
            hint.map { H.el("p", [.id("\(name)-hint"), .cls("hint")], text: $0) } ?? H.group([]),
        ])
    }

    static func errorSummary(_ title: String, _ errors: [(field: String, message: String)]) -> Body? {
        guard !errors.isEmpty else { return nil }
        return H.el("div", [.cls("error-summary"), Attr("role", "alert"), Attr("tabindex", "-1")], [
            H.el("h2", [], text: title),
            H.el("ul", [], errors.map { H.el("li", [], [H.link("#\($0.field)", $0.message)]) }),
        ])
    }

    static func notice(_ text: String) -> Body { H.el("p", [.cls("notice"), Attr("role", "status")], text: text) }
}
