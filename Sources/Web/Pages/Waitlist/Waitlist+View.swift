import Domain
import Foundation

extension Waitlist {
    static func joinView(_ m: JoinModel, _ t: Strings) -> String {
        let s = t.booking, w = t.waitlist, l = m.language
        func error(_ f: String) -> String? { m.errors.first { $0.field == f }?.message }
        func value(_ f: String) -> String { m.values[f] ?? "" }
        var main: [Body] = [
            H.el("h1", [], text: "\(w.joinTitle): \(m.service.name.text(l)) — \(m.office.name.text(l))"),
            H.el("p", [], text: w.joinIntro(m.holdMinutes)),
        ]
        if let summary = Form.errorSummary(s.errorSummary, m.errors) { main.append(summary) }
        main.append(H.el("form", [Attr("method", "post"), Attr("action", joinPath(l, service: m.service.slug, office: m.office.slug)),
                                  Attr("novalidate", nil)], [
            Form.csrf(m.csrf),
            H.el("fieldset", [], [
                H.el("legend", [], text: w.rangeLabel),
                H.el("p", [.cls("hint")], text: w.rangeHint),
                Form.field("from", label: w.fromLabel, type: "date", value: value("from"), error: error("from")),
                Form.field("to", label: w.toLabel, type: "date", value: value("to"), error: error("to")),
            ]),
            H.el("h2", [], text: w.detailsTitle),
            H.group(Book.personFields(s, language: l, value: value, error: error)),
            H.el("p", [.cls("hint")], [H.link(PageRoute.privacy.path(l), t.privacyTitle)]),
            H.el("button", [Attr("type", "submit")], text: w.joinButton),
        ]))
        return Layout.render(.init(title: w.joinTitle, route: nil, language: l,
                                   alternate: joinPath(l.other, service: m.service.slug, office: m.office.slug)), t, main: main)
    }

    private static func summary(_ t: Strings, _ l: Language, office: Office, service: Service, rows: [(String, String)]) -> Body {
        let s = t.booking
        var items: [Body] = [
            H.el("dt", [], text: s.serviceLabel), H.el("dd", [], text: service.name.text(l)),
            H.el("dt", [], text: s.officeLabel),
            H.el("dd", [], text: [office.name.text(l), office.addressLine].compactMap { $0 }.joined(separator: ", ")),
        ]
        for (k, v) in rows { items += [H.el("dt", [], text: k), H.el("dd", [], text: v)] }
        return H.el("dl", [.cls("contacts")], items)
    }

    static func entryView(_ m: EntryModel, _ t: Strings) -> String {
        let w = t.waitlist, l = m.language, e = m.entry
        var main: [Body] = [H.el("h1", [], text: m.entryURL == nil ? w.entryTitle : w.joinedTitle)]
        if let notice = m.notice { main.append(Form.notice(notice)) }
        main.append(summary(t, l, office: m.office, service: m.service,
                            rows: [(w.rangeLabel, "\(t.date(e.from)) – \(t.date(e.through))")]))
        switch e.status {
        case .waiting: main.append(H.el("p", [], text: m.entryURL != nil ? w.joinedText(m.position ?? 1) : w.statusWaiting(m.position ?? 1)))
        case .offered: main.append(H.el("p", [], text: w.statusOffered))
        case .booked: main.append(H.el("p", [], text: w.statusBooked))
        case .left: main.append(H.el("p", [], text: w.statusLeft))
        }
        if let url = m.entryURL {
            main.append(H.el("p", [], text: w.keepLeaveLink))
            main.append(H.el("p", [], [H.link(url, w.entryTitle)]))
        }
        if e.status == .waiting || e.status == .offered {
            main.append(H.el("form", [Attr("method", "post"), Attr("action", "\(WaitlistEntry.path(l, id: e.id))/leave")], [
                Form.csrf(m.leaveCSRF),
                H.void("input", [Attr("type", "hidden"), Attr("name", "token"), Attr("value", m.token)]),
                H.el("button", [Attr("type", "submit")], text: w.leaveButton),
            ]))
        }
        return Layout.render(.init(title: w.entryTitle, route: nil, language: l,
                                   alternate: "\(WaitlistEntry.path(l.other, id: m.entry.id))?token=\(m.token)"), t, main: main)
    }

    static func offerView(_ m: OfferModel, _ t: Strings) -> String {
        let w = t.waitlist, s = t.booking, l = m.language, o = m.offer
        var main: [Body] = [H.el("h1", [], text: m.open ? w.offerTitle : w.goneTitle)]
        if let notice = m.notice { main.append(Form.notice(notice)) }
        if let error = m.error { main.append(H.el("p", [.cls("field-error"), Attr("role", "alert")], text: error)) }
        main.append(summary(t, l, office: m.office, service: m.service, rows: [(s.timeLabel, t.appointment(o.start))]))
        if m.open {
            let base = WaitlistOffer.path(l, token: m.token)
            main.append(H.el("p", [.cls("notice")], text: w.offerHeld(RigaTime.time(of: o.expiresAt).description)))
            main.append(H.el("p", [], text: s.arriveBy(RigaTime.time(of: BookingRequest.arriveBy(o.start)).description)))
            if m.service.needsIdentityDocument { main.append(H.el("p", [], text: s.bringDocument)) }
            if let old = m.replaces {
                main.append(H.el("p", [.cls("notice")], text: w.replaces(old.code, t.appointment(old.start))))
            }
            main.append(H.el("form", [Attr("method", "post"), Attr("action", "\(base)/accept")], [
                Form.csrf(m.acceptCSRF),
                H.el("button", [Attr("type", "submit")], text: w.acceptButton),
            ]))
            main.append(H.el("form", [Attr("method", "post"), Attr("action", "\(base)/decline")], [
                Form.csrf(m.declineCSRF),
                H.el("button", [Attr("type", "submit"), .cls("secondary")], text: w.declineButton),
            ]))
        }
        return Layout.render(.init(title: m.open ? w.offerTitle : w.goneTitle, route: nil, language: l,
                                   alternate: WaitlistOffer.path(l.other, token: m.token)), t, main: main)
    }
}
