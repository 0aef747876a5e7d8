import Domain

extension ServiceEdit {
    static func view(_ m: Model, _ t: Strings) -> String {
        let r = ReferenceAdminStrings.of(m.language), l = m.language, s = m.service
        let refill = Form.Refill(errors: m.errors, typed: m.typed)
        let error = refill.error, value = refill.value, checked = refill.checked
        func select(_ name: String, _ label: String, _ options: [(String, String)], selected: String) -> Body {
            H.el("div", [.cls(error(name) == nil ? "field" : "field has-error")], [
                H.el("label", [Attr("for", name)], text: label),
                error(name).map { H.el("p", [.id("\(name)-error"), .cls("field-error")], text: $0) } ?? H.group([]),
                H.el("select", [.id(name), Attr("name", name)], options.map { v, text in
                    H.el("option", [Attr("value", v)] + (v == selected ? [.flag("selected")] : []), text: text)
                }),
            ])
        }
        let title = r.serviceTitle(s.name.text(l))
        var main: [Body] = [H.el("h1", [], text: title),
                            H.el("p", [], [H.link(StaffPage.referenceData.path(l), r.backToList)])]
        if let notice = m.notice { main.append(Form.notice(notice)) }
        if let summary = Form.errorSummary(t.staff.errorSummary, m.errors) { main.append(summary) }
        main.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.serviceDetails(s.slug).path(l))], [
            Form.csrf(m.csrf),
            Form.field("nameLv", label: r.nameLv, value: value("nameLv", s.name.lv), error: error("nameLv")),
            Form.field("nameEn", label: r.nameEn, value: value("nameEn", s.name.en), error: error("nameEn"), required: false),
            Form.textArea("summaryLv", label: r.summaryLv, value: value("summaryLv", s.summary.lv), error: error("summaryLv"),
                          maxLength: ServiceDetailsRule.Limits.summary),
            Form.textArea("summaryEn", label: r.summaryEn, value: value("summaryEn", s.summary.en), error: error("summaryEn"),
                          maxLength: ServiceDetailsRule.Limits.summary),
            H.el("fieldset", [.id("channels")], [H.el("legend", [], text: r.channelsLegend)]
                 + (error("channels").map { [H.el("p", [.cls("field-error")], text: $0)] } ?? [])
                 + Channel.allCases.map { c in Form.checkbox("channel-\(c.rawValue)", t.channel(c), on: checked("channel-\(c.rawValue)", s.channels.contains(c))) }),
            Form.checkbox("needsAppointment", r.needsAppointment, on: checked("needsAppointment", s.needsAppointment)),
            Form.checkbox("needsIdentityDocument", r.needsIdentityDocument, on: checked("needsIdentityDocument", s.needsIdentityDocument)),
            Form.field("deskMinutes", label: r.deskMinutes, type: "number", value: value("deskMinutes", String(s.deskMinutes)),
                       error: error("deskMinutes")),
            H.el("button", [Attr("type", "submit")], text: r.save),
        ]))
        // Every period of every fee, so the administrator sees what a change from a date leaves in place.
        main.append(H.el("h2", [.id("fees")], text: r.feesHeading))
        let header = [t.feeCategoryHeader, t.feeTermHeader, t.feeAmountHeader, r.validFromHeader, t.feeAccountHeader]
        main.append(H.el("table", [.aria("labelledby", "fees")], [
            H.el("thead", [], [H.el("tr", [], header.map { H.el("th", [Attr("scope", "col")], text: $0) })]),
            H.el("tbody", [], s.fees.map { f in
                H.el("tr", [], [
                    H.el("td", [], text: t.feeCategory(f.category) + (f.expedited ? " — \(r.expedited)" : "")),
                    H.el("td", [], text: f.term.map(t.term) ?? r.noTerm),
                    H.el("td", [], text: f.amount.map { $0.formatted(l) } ?? t.feeUnconfirmed),
                    H.el("td", [], text: f.validFrom?.description ?? r.always),
                    H.el("td", [], text: m.accounts.first { $0.code == f.account }?.name.text(l) ?? f.account.rawValue),
                ])
            }),
        ]))
        main.append(H.el("h2", [.id("add-fee")], text: r.addFeeHeading))
        main.append(H.el("p", [], text: r.addFeeIntro))
        let typedOrEmpty = { (f: String) in value(f, nil) }
        main.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.serviceFees(s.slug).path(l)), .aria("labelledby", "add-fee")], [
            Form.csrf(m.csrf),
            select("category", r.category, FeeCategory.allCases.map { ($0.rawValue, t.feeCategory($0)) },
                   selected: m.typed?["category"] ?? FeeCategory.standard.rawValue),
            Form.field("termCount", label: r.termCount, type: "number", value: typedOrEmpty("termCount"), hint: r.termHint,
                       error: error("termCount"), required: false),
            select("termUnit", r.termUnit, [ServiceTerm.Unit.workingDays, .days].map { ($0.rawValue, r.unit($0)) },
                   selected: m.typed?["termUnit"] ?? ServiceTerm.Unit.workingDays.rawValue),
            Form.checkbox("expedited", r.expedited, on: m.typed?["expedited"] != nil),
            Form.field("amount", label: r.amount, value: typedOrEmpty("amount"), hint: r.amountHint, error: error("amount"), required: false),
            Form.field("validFrom", label: r.validFrom, type: "date", value: typedOrEmpty("validFrom"), hint: r.validFromHint,
                       error: error("validFrom"), required: false),
            select("account", r.account, [("", r.sameAccount)] + m.accounts.map { ($0.code.rawValue, $0.name.text(l)) },
                   selected: m.typed?["account"] ?? ""),
            H.el("button", [Attr("type", "submit")], text: r.save),
        ]))
        return StaffLayout.render(.init(title: title, language: l, path: StaffPage.serviceDetails(s.slug).unprefixed, user: m.user,
                                        csrf: m.csrf), t, main: main)
    }
}
