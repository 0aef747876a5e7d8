import Domain
import Plot

extension StaffProfile {
    static func view(_ m: Model, _ t: Strings) -> String {
        let s = t.staff, u = m.user
        func row(_ label: String, _ value: String?) -> [Body] {
            [H.el("dt", [], text: label), H.el("dd", [], text: value ?? "—")]
        }
        var main: [Body] = [H.el("h1", [], text: s.profileTitle)]
        if let notice = m.notice { main.append(Form.notice(notice)) }
        let offices = u.roles.contains(where: \.isAgencyWide) && u.offices.isEmpty ? s.allOffices
            : u.offices.sorted().joined(separator: ", ")
        main.append(H.el("dl", [.cls("contacts")],
            row(s.nameLabel, "\(u.name) \(u.surname)") + row(t.emailLabel, u.email) + row(s.unitLabel, u.unit)
            + row(s.positionLabel, u.position) + row(s.phoneLabel, u.phone)
            + row(s.rolesLabel, u.roles.sorted().map(s.role).joined(separator: ", ")) + row(s.officesLabel, offices)))

        // S-MAIL-FORM: every letter closes with these; a letter cannot be sent without them.
        main.append(H.el("h2", [.id("signature-title")], text: SignatureWording.title(m.language)))
        main.append(H.el("p", [.cls("hint")], text: SignatureWording.intro(m.language)))
        if let summary = Form.errorSummary(s.errorSummary, m.signatureErrors) { main.append(summary) }
        func signatureError(_ field: String) -> String? { m.signatureErrors.first { $0.field == field }?.message }
        func signatureValue(_ field: String, _ saved: String?) -> String { m.signatureValues[field] ?? saved ?? "" }
        main.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.profileSignature.path(m.language)),
                                  .aria("labelledby", "signature-title")], [
            Form.csrf(m.csrf),
            Form.field("unit", label: s.unitLabel, value: signatureValue("unit", u.unit), error: signatureError("unit"),
                       autocomplete: "organization"),
            Form.field("position", label: s.positionLabel, value: signatureValue("position", u.position),
                       error: signatureError("position"), autocomplete: "organization-title"),
            Form.field("phone", label: s.phoneLabel, type: "tel", value: signatureValue("phone", u.phone),
                       error: signatureError("phone"), autocomplete: "tel"),
            H.el("button", [Attr("type", "submit")], text: SignatureWording.save(m.language)),
        ]))

        main.append(H.el("h2", [.id("password-title")], text: s.changePasswordTitle))
        if let summary = Form.errorSummary(s.errorSummary, m.passwordErrors) { main.append(summary) }
        func error(_ field: String) -> String? { m.passwordErrors.first { $0.field == field }?.message }
        main.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.profilePassword.path(m.language)),
                                  .aria("labelledby", "password-title")], [
            Form.csrf(m.csrf),
            Form.field("current", label: s.currentPasswordLabel, type: "password", error: error("current"),
                       autocomplete: "current-password"),
            Form.field("new", label: s.newPasswordLabel, type: "password", hint: s.newPasswordHint(12), error: error("new"),
                       autocomplete: "new-password"),
            H.el("button", [Attr("type", "submit")], text: s.changePasswordButton),
        ]))

        main.append(H.el("h2", [.id("totp-title")], text: s.totpSectionTitle))
        main.append(H.el("p", [], text: u.totpEnabled ? s.totpOn : s.totpOff))
        if let e = m.enrolment, !u.totpEnabled {
            main.append(H.el("p", [], text: s.totpEnrolIntro))
            // The authenticator app reads the same URI as a QR code (issue 16, item 8).
            if let qr = try? QRCode(e.uri) {
                main.append(H.el("figure", [.cls("qr")], [.raw(qr.svg(moduleSize: 5, label: s.totpQRLabel))]))
            }
            main.append(H.el("dl", [.cls("contacts")],
                row(s.totpSecretLabel, e.secret) + [H.el("dt", [], text: s.totpURILabel),
                                                     H.el("dd", [], [H.el("code", [], text: e.uri)])]))
            main.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.profileCode.path(m.language)),
                                      .aria("labelledby", "totp-title")], [
                Form.csrf(m.csrf),
                H.void("input", [Attr("type", "hidden"), Attr("name", "secret"), Attr("value", e.secret)]),
                H.void("input", [Attr("type", "hidden"), Attr("name", "signature"), Attr("value", e.signature)]),
                Form.field("code", label: s.totpLabel, hint: s.totpHint, error: m.totpError, autocomplete: "one-time-code"),
                H.el("button", [Attr("type", "submit")], text: s.totpEnableButton),
            ]))
        }
        main.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.profileLogoutEverywhere.path(m.language))], [
            Form.csrf(m.csrf),
            H.el("button", [Attr("type", "submit")], text: s.logoutEverywhere),
        ]))
        return StaffLayout.render(.init(title: s.profileTitle, language: m.language, path: StaffPage.profile.unprefixed, user: u,
                                        csrf: m.csrf), t, main: main)
    }
}
