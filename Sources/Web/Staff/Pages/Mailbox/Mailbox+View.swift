import Domain
import Foundation

extension Mailbox {
    static func view(_ m: Model, _ t: Strings) -> String {
        let s = t.staff
        let w = LetterStrings.of(m.language)
        var main: [Body] = [H.el("h1", [], text: s.mailboxTitle), H.el("p", [], text: s.mailboxIntro)]
        // Narrowed by status (a supervisor looking for what could not be sent).
        main.append(H.el("form", [Attr("method", "get"), Attr("action", StaffPage.outbox.path(m.language)), .cls("filters")], [
            H.el("fieldset", [], [
                H.el("legend", [], text: w.filterLegend),
                H.el("label", [Attr("for", "status")], text: s.mailboxStatusHeader),
                H.el("select", [.id("status"), Attr("name", "status")], [H.el("option", [Attr("value", "")], text: w.anyStatus)]
                     + OutboxMessage.Status.allCases.map { st in
                         H.el("option", [Attr("value", st.rawValue)] + (st == m.status ? [.flag("selected")] : []), text: s.mailboxStatus(st))
                     }),
                H.el("button", [Attr("type", "submit")], text: w.show),
            ]),
        ]))
        if m.messages.isEmpty {
            main.append(H.el("p", [], text: s.noEntries))
        } else {
            let headers = [s.whenHeader, s.mailboxKindHeader, s.mailboxRecipientHeader, s.mailboxOfficeHeader, s.mailboxStatusHeader]
            let cells = headers.map { H.el("th", [Attr("scope", "col")], text: $0) }
                + [H.el("th", [Attr("scope", "col")], [H.el("span", [.cls("visually-hidden")], text: s.mailboxOpen)])]
            main.append(H.el("table", [.cls("stack-on-phone"), .aria("label", s.mailboxTitle)], [
                H.el("thead", [], [H.el("tr", [], cells)]),
                H.el("tbody", [], m.messages.map { msg in
                    H.el("tr", [], [
                        H.el("td", [Attr("data-label", s.whenHeader)], text: t.moment(msg.sendAfter)),
                        H.el("td", [Attr("data-label", s.mailboxKindHeader)], text: "\(s.mailboxKind(msg.kind)) · \(msg.channel.rawValue)"),
                        H.el("td", [Attr("data-label", s.mailboxRecipientHeader)], text: ContactMask.mask(msg.recipient)),
                        H.el("td", [Attr("data-label", s.mailboxOfficeHeader)], text: msg.officeSlug ?? "—"),
                        H.el("td", [Attr("data-label", s.mailboxStatusHeader)], text: s.mailboxStatus(msg.status)),
                        H.el("td", [], [H.link(StaffPage.outboxMessage(msg.id.uuidString).path(m.language), s.mailboxOpen,
                                               [.aria("label", "\(s.mailboxOpen): \(t.moment(msg.sendAfter))")])]),
                    ])
                }),
            ]))
        }
        return StaffLayout.render(.init(title: s.mailboxTitle, language: m.language, path: StaffPage.outbox.unprefixed, user: m.user,
                                        csrf: m.csrf), t, main: main)
    }

    static func messageView(_ m: MessageModel, _ t: Strings) -> String {
        let s = t.staff, msg = m.message
        var main: [Body] = [H.el("h1", [], text: LogRedaction.redactSecrets(msg.subject))]
        if let notice = m.notice { main.append(H.el("p", [.cls("notice"), Attr("role", "status")], text: notice)) }
        main.append(H.el("p", [.cls("hint")], text: "\(s.mailboxKind(msg.kind)) · \(msg.channel.rawValue) · \(msg.recipient) · "
                         + "\(t.moment(msg.sendAfter)) · \(s.mailboxStatus(msg.status))"))
        // How delivery went (issue 15): attempts, when it left, what the relay last said.
        var delivery = [H.el("dt", [], text: s.mailboxStatusHeader),
                        H.el("dd", [], text: "\(s.mailboxStatus(msg.status)) · \(s.mailboxAttempts(msg.delivery.attempts))")]
        if let sent = msg.delivery.sentAt { delivery += [H.el("dt", [], text: s.mailboxSentAt), H.el("dd", [], text: t.moment(sent))] }
        if let provider = msg.delivery.providerMessageID {
            delivery += [H.el("dt", [], text: s.mailboxProvider), H.el("dd", [], text: provider)]
        }
        if let error = msg.delivery.lastError { delivery += [H.el("dt", [], text: s.mailboxLastError), H.el("dd", [], text: error)] }
        let w = LetterStrings.of(m.language)
        if let original = msg.correctsID {
            delivery += [H.el("dt", [], text: w.corrects),
                         H.el("dd", [], [H.link(StaffPage.outboxMessage(original.uuidString).path(m.language), original.uuidString)])]
        }
        main.append(H.el("dl", [.cls("summary")], delivery))
        main.append(H.el("pre", [], text: LogRedaction.redactSecrets(msg.body)))
        // Only messages to clients carry links with their keys; a staff alert has none.
        if msg.clientID != nil { main.append(H.el("p", [.cls("hint")], text: s.mailboxSecretsHidden)) }
        if m.canResend {
            main.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.outboxResend(msg.id.uuidString).path(m.language))], [
                Form.csrf(m.csrf),
                H.el("button", [Attr("type", "submit")], text: s.mailboxResend),
            ]))
        }
        if m.canCorrect { main.append(correctionForm(action: StaffPage.outboxCorrection(msg.id.uuidString).path(m.language),
                                                     csrf: m.csrf, refill: m.refill, language: m.language)) }
        main.append(H.el("p", [], [H.link(StaffPage.outbox.path(m.language), s.mailboxTitle)]))
        return StaffLayout.render(.init(title: s.mailboxTitle, language: m.language, path: StaffPage.outbox.unprefixed, user: m.user,
                                        csrf: m.csrf), t, main: main)
    }

    /// S-MAIL-FIX: what was wrong, what is right; the message with the apology is written from them.
    static func correctionForm(action: String, csrf: String, refill: Form.Refill, language: Language, hidden: [Body] = []) -> Body {
        let w = LetterStrings.of(language)
        return H.el("form", [Attr("method", "post"), Attr("action", action), .id("correction")], [Form.csrf(csrf)] + hidden + [
            H.el("fieldset", [], [
                H.el("legend", [], text: w.correctionLegend),
                H.el("p", [.cls("hint")], text: w.correctionHint),
                Form.textArea("wrong", label: w.wrong, value: refill.value("wrong", nil), error: refill.error("wrong"),
                              maxLength: MessageCorrection.limit),
                Form.textArea("right", label: w.right, value: refill.value("right", nil), error: refill.error("right"),
                              maxLength: MessageCorrection.limit),
                refill.error("messageId").map { H.el("p", [.cls("field-error")], text: $0) } ?? H.group([]),
                H.el("button", [Attr("type", "submit")], text: w.sendCorrection),
            ]),
        ])
    }
}
