import Foundation
import Domain

extension OfficeEdit {
    static func view(_ m: Model, _ t: Strings) -> String {
        let r = ReferenceAdminStrings.of(m.language), l = m.language, o = m.office
        let refill = Form.Refill(errors: m.errors, typed: m.typed)
        let error = refill.error, value = refill.value, checked = refill.checked
        let title = r.officeTitle(o.name.text(l))
        var main: [Body] = [H.el("h1", [], text: title),
                            H.el("p", [], [H.link(StaffPage.referenceData.path(l), r.backToList)])]
        if let notice = m.notice { main.append(Form.notice(notice)) }
        if let summary = Form.errorSummary(t.staff.errorSummary, m.errors) { main.append(summary) }
        let hours = Weekday.allCases.map { day in
            Form.field("hours\(day.rawValue)", label: t.weekday(day),
                       value: value("hours\(day.rawValue)", TimeRange.format(o.weeklyHours.ranges(on: day)).replacingOccurrences(of: ",", with: ", ")),
                       error: error("hours\(day.rawValue)"), required: false)
        }
        let desks = m.services.map { s in
            Form.field("desk-\(s.slug)", label: s.name.text(l), type: "number", value: value("desk-\(s.slug)", String(o.desks[s.slug] ?? 0)),
                       error: error("desks.\(s.slug)") ?? error("desk-\(s.slug)"))
        }
        main.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.officeDetails(o.slug).path(l))], [
            Form.csrf(m.csrf),
            Form.field("nameLv", label: r.nameLv, value: value("nameLv", o.name.lv), error: error("nameLv")),
            Form.field("nameEn", label: r.nameEn, value: value("nameEn", o.name.en), error: error("nameEn"), required: false),
            Form.field("street", label: r.street, value: value("street", o.street), error: error("street"), required: false),
            Form.field("city", label: r.city, value: value("city", o.city), error: error("city"), required: false),
            Form.field("postalCode", label: r.postalCode, value: value("postalCode", o.postalCode), error: error("postalCode"),
                       required: false),
            Form.field("phone", label: r.phone, type: "tel", value: value("phone", o.phone), hint: r.phoneHint, error: error("phone"),
                       required: false),
            Form.field("email", label: r.email, type: "email", value: value("email", o.email), error: error("email"), required: false),
            Form.textArea("accessibilityLv", label: r.accessibilityLv, value: value("accessibilityLv", o.accessibility?.lv),
                          error: error("accessibilityLv"), maxLength: OfficeDetailsRule.Limits.accessibility),
            Form.textArea("accessibilityEn", label: r.accessibilityEn, value: value("accessibilityEn", o.accessibility?.en),
                          error: error("accessibilityEn"), maxLength: OfficeDetailsRule.Limits.accessibility),
            H.el("fieldset", [], [H.el("legend", [], text: r.featuresLegend)] + AccessibilityFeature.allCases.map { f in
                Form.checkbox("feature-\(f.rawValue)", r.feature(f), on: checked("feature-\(f.rawValue)", o.accessibilityFeatures.contains(f)))
            }),
            H.el("fieldset", [], [H.el("legend", [], text: r.hoursLegend), H.el("p", [.cls("hint")], text: r.hoursHint)] + hours),
            Form.field("preHolidayClosing", label: r.preHolidayClosing, value: value("preHolidayClosing", o.weeklyHours.preHolidayClosing?.description),
                       hint: r.preHolidayHint, error: error("preHolidayClosing"), required: false),
            H.el("fieldset", [], [H.el("legend", [], text: r.desksLegend), H.el("p", [.cls("hint")], text: r.desksHint)] + desks),
            Form.checkbox("active", r.active, on: checked("active", o.active), hint: r.activeHint),
            o.unverified.isEmpty ? H.group([]) : H.el("fieldset", [], [
                H.el("legend", [], text: r.verifiedLegend), H.el("p", [.cls("hint")], text: r.verifiedHint),
            ] + Office.Field.allCases.filter(o.unverified.contains).map { f in
                Form.checkbox("verified-\(f.rawValue)", r.field(f), on: checked("verified-\(f.rawValue)", false))
            }),
            H.el("button", [Attr("type", "submit")], text: r.save),
        ]))
        return StaffLayout.render(.init(title: title, language: l, path: StaffPage.officeDetails(o.slug).unprefixed, user: m.user,
                                        csrf: m.csrf), t, main: main)
    }
}
