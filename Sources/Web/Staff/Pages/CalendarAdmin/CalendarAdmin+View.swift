import Domain

extension CalendarAdmin {
    static func view(_ m: Model, _ t: Strings) -> String {
        let s = t.staff, l = m.language, p = StaffLayout.prefix(l)
        func error(_ f: String) -> String? { m.errors.first { $0.field == f }?.message }
        var main: [Body] = [H.el("h1", [], text: s.calendarTitle)]
        if let notice = m.notice { main.append(Form.notice(notice)) }
        if let summary = Form.errorSummary(s.errorSummary, m.errors) { main.append(summary) }
        main.append(H.el("h2", [.id("exception")], text: s.exceptionTitle))
        main.append(H.el("form", [Attr("method", "post"), Attr("action", "\(p)/staff/calendar/exceptions"),
                                  .aria("labelledby", "exception")], [
            Form.csrf(m.csrf),
            H.el("div", [.cls("field")], [
                H.el("label", [Attr("for", "office")], text: s.officeLabel),
                H.el("select", [.id("office"), Attr("name", "office")], m.offices.map {
                    H.el("option", [Attr("value", $0.slug)], text: $0.name.text(l))
                }),
            ]),
            Form.field("date", label: t.dateHeader, type: "date", error: error("date")),
            H.el("div", [.cls("field")], [
                H.el("label", [Attr("for", "kind")], text: s.kindLabel),
                H.el("select", [.id("kind"), Attr("name", "kind")], OfficeException.Kind.allCases.map {
                    H.el("option", [Attr("value", $0.rawValue)], text: s.exceptionKind($0))
                }),
            ]),
            Form.field("ranges", label: s.rangesLabel, hint: s.rangesHint, error: error("ranges"), required: false),
            Form.field("reasonLv", label: s.reasonLvLabel, required: false),
            Form.field("reasonEn", label: s.reasonEnLabel, required: false),
            H.el("button", [Attr("type", "submit")], text: s.saveButtonShort),
        ]))
        main.append(H.el("h2", [.id("holiday")], text: s.holidayTitle))
        main.append(H.el("form", [Attr("method", "post"), Attr("action", "\(p)/staff/calendar/holidays"),
                                  .aria("labelledby", "holiday")], [
            Form.csrf(m.csrf),
            Form.field("holidayDate", label: t.dateHeader, type: "date", error: error("holidayDate")),
            Form.field("nameLv", label: s.reasonLvLabel, error: error("nameLv")),
            Form.field("nameEn", label: s.reasonEnLabel, required: false),
            H.el("button", [Attr("type", "submit")], text: s.saveButtonShort),
        ]))
        return StaffLayout.render(.init(title: s.calendarTitle, language: l, path: "/staff/calendar", user: m.user,
                                        csrf: m.csrf), t, main: main)
    }
}
