import Domain
import Foundation

extension Counter {
    static func view(_ m: Model, _ t: Strings) -> String {
        let c = t.counter, l = m.language, base = path(l, office: m.office.slug)
        let names = Dictionary(m.services.map { ($0.slug, $0.name.text(l)) }, uniquingKeysWith: { a, _ in a })
        /// The counter and services, carried by every form.
        func keep() -> [Body] {
            [Form.csrf(m.csrf), H.void("input", [Attr("type", "hidden"), Attr("name", "counter"), Attr("value", m.counter)]),
             H.void("input", [Attr("type", "hidden"), Attr("name", "services"), Attr("value", m.chosen.sorted().joined(separator: ","))])]
        }
        func button(_ entry: QueueEntry, _ action: QueueAction, extra: [Body] = []) -> Body {
            H.el("form", [Attr("method", "post"), Attr("action", "\(base)/\(entry.id.uuidString.lowercased())/\(action.rawValue)"),
                          .cls("inline")], keep() + extra + [
                H.el("button", [Attr("type", "submit"), .aria("label", "\(c.action(action)): \(entry.number)")], text: c.action(action)),
            ])
        }
        var main: [Body] = [
            H.el("h1", [], text: "\(c.title) — \(m.office.name.text(l))"),
            H.el("p", [.cls("badge")], text: c.badge("\(m.user.name) \(m.user.surname)", m.user.unit ?? m.office.name.text(l))),
        ]
        for a in m.alerts {
            main.append(AlertBanner.view(a, office: m.office.name.text(l), language: l, csrf: m.csrf, t))
        }
        if let notice = m.notice { main.append(Form.notice(notice)) }
        if let error = m.error { main.append(H.el("p", [.cls("field-error"), Attr("role", "alert")], text: error)) }
        let setup = H.el("form", [Attr("method", "get"), Attr("action", base), .cls("filters")], [
            Form.field("counter", label: c.counterLabel, value: m.counter),
            H.el("fieldset", [], [H.el("legend", [], text: c.servicesLabel)] + m.services.map { s in
                H.el("div", [.cls("check")], [
                    H.void("input", [Attr("type", "checkbox"), .id("svc-\(s.slug)"), Attr("name", "services[]"), Attr("value", s.slug)]
                           + (m.chosen.contains(s.slug) ? [.flag("checked")] : [])),
                    H.el("label", [Attr("for", "svc-\(s.slug)")], text: s.name.text(l)),
                ])
            }),
            H.el("button", [Attr("type", "submit")], text: c.setUp),
        ])
        guard !m.counter.isEmpty, !m.chosen.isEmpty else {
            main.append(H.el("p", [], text: c.chooseCounter))
            main.append(setup)
            return StaffLayout.render(.init(title: c.title, language: l, path: StaffPage.counter(office: m.office.slug).unprefixed,
                                            user: m.user, csrf: m.csrf), t, main: main)
        }
        if let closing = m.closing {
            // Closing time (issue 5, item 2): the office's own decision, said plainly at the counter.
            switch closing.policy {
            case .serve:
                main.append(Form.notice(c.closingServe(closing.inLine)))
            case .offerBooking:
                main.append(H.el("form", [Attr("method", "post"), Attr("action", "\(base)/close"), .cls("closing")], keep() + [
                    H.el("p", [Attr("role", "status")], text: c.closingOffer(closing.inLine)),
                    H.el("button", [Attr("type", "submit")], text: c.closeQueue),
                ]))
            }
        }
        main.append(H.el("h2", [], text: c.waitingTitle))
        main.append(H.el("ul", [], m.waiting.map { H.el("li", [], text: c.waiting($0.0.name.text(l), $0.1)) }))
        main.append(H.el("form", [Attr("method", "post"), Attr("action", "\(base)/call-next")], keep() + [
            H.el("button", [Attr("type", "submit"), .cls("primary")], text: c.callNext),
        ]))
        main.append(H.el("h2", [.id("in-hand")], text: c.inHand))
        for e in m.current {
            var facts = ["\(names[e.serviceSlug] ?? e.serviceSlug)", c.kind(e.kind), c.status(e.status)]
            if let client = m.clientNames[e.id] { facts.insert(client, at: 0) }
            if let start = e.appointmentStart { facts.append(c.appointmentAt(RigaTime.time(of: start).description)) }
            if e.recalls > 0 { facts.append(c.recalls(e.recalls, QueueAction.maximumRecalls)) }
            var actions: [Body] = []
            if e.status == .called {
                actions.append(button(e, .start, extra: [H.el("div", [.cls("check")], [
                    H.void("input", [Attr("type", "checkbox"), .id("id-\(e.number)"), Attr("name", "idChecked"), Attr("value", "yes")]),
                    H.el("label", [Attr("for", "id-\(e.number)")], text: c.idChecked),
                ])]))
                if e.recalls < QueueAction.maximumRecalls { actions.append(button(e, .recall)) }
                actions.append(button(e, .noShow))
            }
            if e.status == .serving { actions.append(button(e, .finish)) }
            actions.append(button(e, .park))
            actions.append(button(e, .transfer, extra: [
                H.el("div", [.cls("field")], [
                    H.el("label", [Attr("for", "to-\(e.number)")], text: c.transferTo),
                    H.el("select", [.id("to-\(e.number)"), Attr("name", "serviceId")], m.services.map {
                        H.el("option", [Attr("value", $0.slug)] + ($0.slug == e.serviceSlug ? [.flag("selected")] : []),
                             text: $0.name.text(l))
                    }),
                ]),
                // Optional: a named counter calls the client next; empty leaves it to any counter.
                H.el("div", [.cls("field")], [
                    H.el("label", [Attr("for", "to-counter-\(e.number)")], text: c.transferToCounter),
                    H.el("p", [.id("to-counter-hint-\(e.number)"), .cls("hint")], text: c.transferCounterHint),
                    H.void("input", [Attr("type", "text"), .id("to-counter-\(e.number)"), Attr("name", "toCounter"),
                                     Attr("maxlength", "10"), .aria("describedby", "to-counter-hint-\(e.number)")]),
                ]),
            ]))
            main.append(H.el("section", [.cls("entry"), .aria("label", e.number)], [
                H.el("p", [.cls("ticket-number")], text: e.number),
                H.el("p", [], text: facts.joined(separator: " · ")),
                H.group(actions),
            ]))
        }
        if m.current.isEmpty { main.append(H.el("p", [], text: "—")) }
        if !m.parked.isEmpty {
            main.append(H.el("h2", [], text: c.parkedTitle))
            main.append(H.el("ul", [], m.parked.map { e in
                H.el("li", [], [H.txt("\(e.number) — \(names[e.serviceSlug] ?? e.serviceSlug) "), button(e, .resume)])
            }))
        }
        main.append(H.el("form", [Attr("method", "post"), Attr("action", "\(base)/emergency"), .cls("emergency")], keep() + [
            H.el("button", [Attr("type", "submit"), .cls("danger")], text: c.emergency),
        ]))
        // Changing the counter or services is rare in a morning: out of the way, at the end.
        main.append(H.el("details", [], [H.el("summary", [], text: "\(c.counterLabel) \(m.counter) — \(c.servicesLabel)"), setup]))
        return StaffLayout.render(.init(title: c.title, language: l, path: StaffPage.counter(office: m.office.slug).unprefixed,
                                        user: m.user, csrf: m.csrf), t, main: main)
    }
}
