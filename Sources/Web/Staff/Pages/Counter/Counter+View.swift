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
        /// One action's form; `style` says its consequence (primary, secondary, danger).
        func button(_ entry: QueueEntry, _ action: QueueAction, style: String, label: String? = nil, extra: [Body] = []) -> Body {
            let text = label ?? c.action(action)
            return H.el("form", [Attr("method", "post"), Attr("action", "\(base)/\(entry.id.uuidString.lowercased())/\(action.rawValue)"),
                                 .cls("inline")], keep() + extra + [
                H.el("button", [Attr("type", "submit"), .cls(style), .aria("label", "\(text): \(entry.number)")], text: text),
            ])
        }
        let confirmed = [H.void("input", [Attr("type", "hidden"), Attr("name", "confirmed"), Attr("value", "yes")])]
        var main: [Body] = [
            H.el("h1", [], text: "\(c.title) — \(m.office.name.text(l))"),
            H.el("p", [.cls("badge")], text: c.badge("\(m.user.name) \(m.user.surname)", m.user.unit ?? m.office.name.text(l))),
        ]
        for a in m.alerts {
            main.append(AlertBanner.view(a, office: m.office.name.text(l), language: l, csrf: m.csrf, t))
        }
        if let notice = m.notice { main.append(Form.notice(notice)) }
        if let error = m.error { main.append(H.el("p", [.cls("field-error"), Attr("role", "alert")], text: error)) }
        // The second question, first on the page and with the safe answer beside it.
        let question: (entry: QueueEntry, action: QueueAction, text: String, yes: String)? = switch m.confirm {
        case .startWithoutID(let e)?: (e, .start, c.confirmStartWithoutID(e.number), c.startWithoutID)
        case .noShow(let e)?: (e, .noShow, c.confirmNoShow(e.number), c.noShowYes)
        case nil: nil
        }
        if let q = question {
            main.append(H.el("section", [.cls("confirm-panel"), Attr("role", "alert"), .aria("labelledby", "confirm-question")], [
                H.el("h2", [.id("confirm-question")], text: q.text),
                H.el("div", [.cls("button-row")], [
                    button(q.entry, q.action, style: "danger", label: q.yes, extra: confirmed),
                    H.link(base + "?counter=\(m.counter)&services=\(m.chosen.sorted().joined(separator: ","))", c.notNow),
                ]),
            ]))
        }
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
        // Refreshed every few seconds by /counter.js from waiting.json (issue 16, item 6).
        main.append(H.el("ul", [.id("waiting-counts"), Attr("aria-live", "polite"),
                                Attr("data-source", "\(base)/waiting.json?services=\(m.chosen.sorted().joined(separator: ","))&lang=\(l.rawValue)")],
                         m.waiting.map { H.el("li", [Attr("data-service", $0.0.slug)], text: c.waiting($0.0.name.text(l), $0.1)) }))
        main.append(H.el("form", [Attr("method", "post"), Attr("action", "\(base)/call-next")], keep() + [
            H.el("button", [Attr("type", "submit"), .cls("primary")], text: c.callNext),
        ]))
        main.append(H.el("h2", [.id("in-hand")], text: c.inHand))
        for e in m.current {
            var facts = ["\(names[e.serviceSlug] ?? e.serviceSlug)", c.kind(e.kind), c.status(e.status)]
            if let client = m.clientNames[e.id] { facts.insert(client, at: 0) }
            if let start = e.appointmentStart { facts.append(c.appointmentAt(RigaTime.time(of: start).description)) }
            if e.recalls > 0 { facts.append(c.recalls(e.recalls, QueueAction.maximumRecalls)) }
            // Grouped by consequence: what moves the visit on, what sets it aside, and — apart, in
            // red, asked a second time — what cannot be taken back.
            var primary: [Body] = [], secondary: [Body] = [], destructive: [Body] = []
            if e.status == .called {
                primary.append(button(e, .start, style: "primary", extra: [H.el("div", [.cls("check")], [
                    H.void("input", [Attr("type", "checkbox"), .id("id-\(e.number)"), Attr("name", "idChecked"), Attr("value", "yes")]),
                    H.el("label", [Attr("for", "id-\(e.number)")], text: c.idChecked),
                ])]))
                if e.recalls < QueueAction.maximumRecalls { secondary.append(button(e, .recall, style: "secondary")) }
                destructive.append(button(e, .noShow, style: "danger"))
            }
            if e.status == .serving { primary.append(button(e, .finish, style: "primary")) }
            secondary.append(button(e, .park, style: "secondary"))
            secondary.append(H.el("details", [.cls("transfer")], [
                H.el("summary", [], text: c.action(.transfer)),
                button(e, .transfer, style: "secondary", extra: [
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
                ]),
            ]))
            func group(_ cls: String, _ label: String, _ items: [Body]) -> Body {
                items.isEmpty ? H.group([]) : H.el("div", [.cls("action-group \(cls)"), Attr("role", "group"), .aria("label", label)], items)
            }
            let actions = [group("primary-actions", c.mainActions, primary), group("secondary-actions", c.otherActions, secondary),
                           group("destructive-actions", c.irreversible, destructive)]
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
                H.el("li", [], [H.txt("\(e.number) — \(names[e.serviceSlug] ?? e.serviceSlug) "), button(e, .resume, style: "secondary")])
            }))
        }
        main.append(H.el("form", [Attr("method", "post"), Attr("action", "\(base)/emergency"), .cls("emergency")], keep() + [
            H.el("button", [Attr("type", "submit"), .cls("danger")], text: c.emergency),
        ]))
        // Changing the counter or services is rare in a morning: out of the way, at the end.
        main.append(H.el("details", [], [H.el("summary", [], text: "\(c.counterLabel) \(m.counter) — \(c.servicesLabel)"), setup]))
        return StaffLayout.render(.init(title: c.title, language: l, path: StaffPage.counter(office: m.office.slug).unprefixed,
                                        user: m.user, csrf: m.csrf,
                                        query: "?counter=\(m.counter)&services=\(m.chosen.sorted().joined(separator: ","))",
                                        scripts: ["/counter.js"]), t, main: main)
    }

    /// Keeps the waiting counts fresh without reloading the page (a form half filled stays as it is).
    static let script = """
    (function () {
      var list = document.getElementById('waiting-counts');
      if (!list || !window.fetch) { return; }
      var source = list.getAttribute('data-source');
      var refresh = function () {
        fetch(source, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : null; })
          .then(function (data) {
            if (!data) { return; }
            data.counts.forEach(function (row) {
              var item = list.querySelector('li[data-service="' + row.service + '"]');
              if (item && item.textContent !== row.text) { item.textContent = row.text; }
            });
          })
          .catch(function () {});
      };
      setInterval(refresh, 10000);
    })();
    """
}
