import Domain
import Foundation

/// The public submission form (issue 14): lv/en, no account, with attachments; what it sends is an
/// unsigned submission (K-UNSIGNED), and the page says so before anyone writes.
enum SubmissionPage {
    struct FormModel: Sendable {
        let language: Language
        let csrf: String
        let refill: Form.Refill
    }

    struct SentModel: Sendable {
        let language: Language
        let reference: String
        let due: LocalDate?
    }

    static func form(_ m: FormModel, _ t: Strings) -> String {
        let c = CaseStrings.of(m.language), p = PublicSubmissionStrings.of(m.language), l = m.language, r = m.refill
        var main: [Body] = [H.el("h1", [], text: p.title), H.el("p", [], text: p.intro),
                            H.el("div", [.cls("notice")], [H.el("p", [], text: p.unsigned)])]
        if let summary = Form.errorSummary(c.errorTitle, r.errors) { main.append(summary) }
        main.append(H.el("form", [Attr("method", "post"), Attr("action", PageRoute.submission.path(l)),
                                  Attr("enctype", "multipart/form-data"), Attr("novalidate", "novalidate")], [
            Form.csrf(m.csrf),
            H.el("fieldset", [], [
                H.el("legend", [], text: c.submitterLegend),
                r.field("name", c.name, required: true, autocomplete: "given-name"),
                r.field("surname", c.surname, required: true, autocomplete: "family-name"),
                r.field("personalCode", c.personalCode, hint: p.personalCodeHint, autocomplete: "off"),
                r.field("email", c.email, hint: p.contactHint, type: "email", autocomplete: "email"),
                r.field("phone", c.phone, type: "tel", autocomplete: "tel"),
                r.field("postalAddress", c.postalAddress, autocomplete: "street-address"),
            ]),
            r.field("subject", c.subject, required: true),
            Form.textArea("text", label: c.text, value: r.value("text", nil), error: r.error("text"), maxLength: SubmissionIntake.Limits.text),
            Form.attachments(c.attachments, hint: c.attachmentsHint, error: r.error("attachments")),
            H.el("p", [.cls("hint")], [H.link(PageRoute.privacy.path(l), t.privacyTitle)]),
            H.el("button", [Attr("type", "submit")], text: p.send),
        ]))
        return Layout.render(.init(title: p.title, route: .submission, language: l), t, main: main)
    }

    static func sent(_ m: SentModel, _ t: Strings) -> String {
        let p = PublicSubmissionStrings.of(m.language)
        var main: [Body] = [H.el("h1", [], text: p.sentTitle), Form.notice(p.sent(m.reference))]
        if let due = m.due { main.append(H.el("p", [], text: p.sentDue(t.date(due)))) }
        main.append(H.el("p", [], text: p.keepReference))
        return Layout.render(.init(title: p.sentTitle, route: .submission, language: m.language), t, main: main)
    }
}
