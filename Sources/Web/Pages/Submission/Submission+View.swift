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
        func field(_ name: String, _ label: String, hint: String? = nil, type: String = "text", required: Bool = false,
                   autocomplete: String? = nil) -> Body {
            Form.field(name, label: label, type: type, value: r.value(name, nil), hint: hint, error: r.error(name),
                       autocomplete: autocomplete, required: required)
        }
        var main: [Body] = [H.el("h1", [], text: p.title), H.el("p", [], text: p.intro),
                            H.el("div", [.cls("notice")], [H.el("p", [], text: p.unsigned)])]
        if let summary = Form.errorSummary(c.errorTitle, r.errors) { main.append(summary) }
        main.append(H.el("form", [Attr("method", "post"), Attr("action", PageRoute.submission.path(l)),
                                  Attr("enctype", "multipart/form-data"), Attr("novalidate", "novalidate")], [
            Form.csrf(m.csrf),
            H.el("fieldset", [], [
                H.el("legend", [], text: c.submitterLegend),
                field("name", c.name, required: true, autocomplete: "given-name"),
                field("surname", c.surname, required: true, autocomplete: "family-name"),
                field("personalCode", c.personalCode, hint: p.personalCodeHint, autocomplete: "off"),
                field("email", c.email, hint: p.contactHint, type: "email", autocomplete: "email"),
                field("phone", c.phone, type: "tel", autocomplete: "tel"),
                field("postalAddress", c.postalAddress, autocomplete: "street-address"),
            ]),
            field("subject", c.subject, required: true),
            Form.textArea("text", label: c.text, value: r.value("text", nil), error: r.error("text"), maxLength: SubmissionIntake.Limits.text),
            H.el("div", [.cls("field")], [
                H.el("label", [Attr("for", "attachments")], text: c.attachments),
                H.el("p", [.id("attachments-hint"), .cls("hint")], text: c.attachmentsHint),
                r.error("attachments").map { H.el("p", [.id("attachments-error"), .cls("field-error")], text: $0) } ?? H.group([]),
                H.void("input", [Attr("type", "file"), .id("attachments"), Attr("name", "attachments[]"), .flag("multiple"),
                                 .aria("describedby", "attachments-hint"),
                                 Attr("accept", AttachmentRule.accepted.values.flatMap { $0 }.sorted().map { "." + $0 }.joined(separator: ","))]),
            ]),
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
