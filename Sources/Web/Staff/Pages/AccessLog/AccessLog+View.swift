import Domain
import Foundation

extension AccessLogPage {
    static func view(_ m: Model, _ t: Strings) -> String {
        let s = t.staff
        var main: [Body] = [
            H.el("h1", [], text: s.accessLogTitle),
            H.el("p", [], text: s.accessLogIntro),
            H.el("form", [Attr("method", "get"), Attr("action", StaffPage.accessLog.path(m.language)), .cls("filters")], [
                Form.field("clientId", label: s.filterClient, value: m.clientID, required: false),
                Form.field("staffUserId", label: s.filterStaff, value: m.staffUserID, required: false),
                H.el("button", [Attr("type", "submit")], text: s.filterButton),
            ]),
        ]
        if m.entries.isEmpty {
            main.append(H.el("p", [], text: s.noEntries))
        } else {
            main.append(H.el("table", [.cls("stack-on-phone"), .aria("label", s.accessLogTitle)], [
                H.el("thead", [], [H.el("tr", [], [s.whenHeader, s.whoHeader, s.rolesHeader, s.clientHeader, s.recordHeader,
                                                   s.channelHeader, s.purposeHeader].map {
                    H.el("th", [Attr("scope", "col")], text: $0)
                })]),
                H.el("tbody", [], m.entries.map { e in
                    H.el("tr", [], [
                        H.el("td", [Attr("data-label", s.whenHeader)], text: RigaTime.rfc3339(e.at)),
                        H.el("td", [Attr("data-label", s.whoHeader)], text: m.staffNames[e.staffUserID] ?? e.staffUserID.uuidString),
                        H.el("td", [Attr("data-label", s.rolesHeader)], text: e.staffRoles.sorted().map(s.role).joined(separator: ", ")),
                        H.el("td", [Attr("data-label", s.clientHeader)], text: e.clientID.uuidString),
                        H.el("td", [Attr("data-label", s.recordHeader)], text: e.recordType),
                        H.el("td", [Attr("data-label", s.channelHeader)], text: e.channel),
                        H.el("td", [Attr("data-label", s.purposeHeader)], text: e.purpose),
                    ])
                }),
            ]))
        }
        return StaffLayout.render(.init(title: s.accessLogTitle, language: m.language, path: StaffPage.accessLog.unprefixed,
                                        user: m.user, csrf: m.csrf), t, main: main)
    }
}
