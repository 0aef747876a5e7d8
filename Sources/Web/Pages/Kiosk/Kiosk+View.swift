import Domain
import Foundation
import Plot

extension Kiosk {
    /// The kiosk's own full-screen frame (issue 16, item 5): no menu, no footer, no link that
    /// leaves the kiosk — only its own language button. `data-*` on the body tell `/kiosk.js`
    /// to print and when to return to the start.
    static func render(title: String, language l: Language, office: String, otherPath: String, _ t: Strings,
                       bodyClass: String = "kiosk", data: [Attr] = [], main: [Body]) -> String {
        let k = t.kiosk, other = l.other
        let body: [Body] = [
            H.link("#main", t.skipToContent, [.cls("skip-link")]),
            H.el("header", [.cls("kiosk-bar")], [
                H.el("p", [.cls("kiosk-name")], [.raw(AgencyMark.svg), H.txt(office)]),
                H.link(otherPath, k.otherLanguage, [.cls("kiosk-lang"), .lang(other.rawValue), Attr("hreflang", other.rawValue)]),
            ]),
            H.el("main", [.id("main"), Attr("tabindex", "-1")], main),
        ]
        let html = HTML(
            .lang(l == .lv ? .latvian : .english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", nodes: [.raw(Escape.html("\(title) — \(t.siteName)"))]),
                .link(.rel(.stylesheet), .href("/styles.css")),
                .link(.rel(.icon), .href(AgencyMark.faviconPath), .attribute(named: "type", value: "image/svg+xml")),
                .element(named: "script", nodes: [.attribute(named: "src", value: "/kiosk.js"), .attribute(named: "defer", value: "defer")])
            ),
            .element(named: "body", nodes: [.attribute(named: "class", value: bodyClass)]
                     + data.map { .attribute(named: $0.name, value: $0.value ?? "") } + [.group(body)])
        )
        return html.render()
    }

    static func startView(_ m: StartModel, _ t: Strings) -> String {
        let k = t.kiosk, l = m.language, base = path(l, office: m.office.slug)
        var main: [Body] = [H.el("h1", [], text: k.welcome(m.office.name.text(l)))]
        if let error = m.error { main.append(H.el("p", [.cls("field-error"), Attr("role", "alert")], text: error)) }
        if let service = m.offerTicketFor {
            main.append(H.el("p", [], text: k.tooLateOffer))
            main.append(H.el("div", [.cls("kiosk-services")], [ticketButton(service, waiting: nil, t, base: base, csrf: m.ticketCSRF)]))
        }
        main.append(H.el("section", [.cls("kiosk-panel"), .aria("labelledby", "checkin")], [
            H.el("h2", [.id("checkin")], text: k.checkInTitle),
            H.el("form", [Attr("method", "post"), Attr("action", "\(base)/checkin"), .aria("labelledby", "checkin")], [
                Form.csrf(m.checkInCSRF),
                H.el("div", [.cls(m.error == nil ? "field" : "field has-error")], [
                    H.el("label", [Attr("for", "bookingCode")], text: k.codeLabel),
                    H.el("p", [.id("bookingCode-hint"), .cls("hint")], text: k.codeHint),
                    H.void("input", [Attr("type", "text"), .id("bookingCode"), Attr("name", "bookingCode"), Attr("value", m.code),
                                     Attr("autocomplete", "off"), Attr("autocapitalize", "characters"), .flag("autofocus"),
                                     .flag("required"), .aria("describedby", "bookingCode-hint")]),
                ]),
                H.el("button", [Attr("type", "submit"), .cls("kiosk-button")], text: k.checkInButton),
            ]),
        ]))
        main.append(H.el("section", [.cls("kiosk-panel"), .aria("labelledby", "ticket")], [
            H.el("h2", [.id("ticket")], text: k.ticketTitle),
            H.el("p", [], text: k.ticketIntro),
            H.el("div", [.cls("kiosk-services")], m.services.map { row in
                ticketButton(row.service, waiting: k.waiting(row.waiting, row.minutes), t, base: base, csrf: m.ticketCSRF)
            }),
        ]))
        return render(title: k.title, language: l, office: m.office.name.text(l), otherPath: path(l.other, office: m.office.slug),
                      t, main: main)
    }

    /// One service as a large touch target (at least 48 px; here a tile), the queue beneath its name.
    private static func ticketButton(_ service: Service, waiting: String?, _ t: Strings, base: String, csrf: String) -> Body {
        H.el("form", [Attr("method", "post"), Attr("action", "\(base)/ticket")], [
            Form.csrf(csrf),
            H.void("input", [Attr("type", "hidden"), Attr("name", "serviceId"), Attr("value", service.slug)]),
            H.el("button", [Attr("type", "submit"), .cls("kiosk-tile")], [
                H.el("span", [.cls("tile-name")], text: service.name.text(t.language)),
                waiting.map { H.el("span", [.cls("tile-hint")], text: $0) } ?? H.group([]),
            ]),
        ])
    }

    static func ticketView(_ m: TicketModel, _ t: Strings) -> String {
        let k = t.kiosk, l = m.language, e = m.entry
        let start = path(l, office: m.office.slug)
        var main: [Body] = [
            H.el("h1", [], text: k.yourNumber),
            H.el("p", [.cls("ticket-number")], text: e.number),
            H.el("dl", [.cls("contacts")], [
                H.el("dt", [], text: t.booking.serviceLabel), H.el("dd", [], text: m.service.name.text(l)),
                H.el("dt", [], text: t.booking.officeLabel), H.el("dd", [], text: m.office.name.text(l)),
                H.el("dt", [], text: t.booking.timeLabel), H.el("dd", [], text: t.appointment(e.checkedInAt)),
            ]),
        ]
        switch m.arrival {
        case .onTime?: main.append(H.el("p", [], text: k.onTime))
        case .lateAccepted?: main.append(H.el("p", [.cls("notice")], text: k.lateAccepted))
        default: break
        }
        main.append(H.el("p", [.cls("notice")], text: k.waitForCall))
        if m.service.needsIdentityDocument { main.append(H.el("p", [], text: k.idReminder)) }
        main.append(H.el("div", [.cls("button-row no-print")], [
            // Shown by /kiosk.js, which also prints once on arrival; without it the kiosk still works.
            H.el("button", [Attr("type", "button"), .id("print-ticket"), .cls("kiosk-button secondary"), .flag("hidden")],
                 text: k.printTicket),
            H.link(start, k.backToStart, [.cls("button-link")]),
        ]))
        main.append(H.el("p", [.cls("hint no-print")], [
            H.txt(k.returnsIn + " "), H.el("span", [.id("return-countdown")], text: String(m.returnSeconds)), H.txt(" s"),
        ]))
        return render(title: "\(k.yourNumber) \(e.number)", language: l, office: m.office.name.text(l),
                      otherPath: ticketPath(l.other, office: m.office.slug, entry: e.id, arrival: m.arrival), t,
                      bodyClass: "kiosk kiosk-ticket",
                      data: [Attr("data-print", "once"), Attr("data-return-after", String(m.returnSeconds)),
                             Attr("data-return-to", start)], main: main)
    }

    /// Prints the ticket once on arrival (a kiosk's browser runs with silent printing to its
    /// receipt printer), shows the print button for a second copy, and returns to the start
    /// after the configured seconds — sooner by the button, later while someone touches it.
    static let script = """
    (function () {
      var b = document.body;
      var print = document.getElementById('print-ticket');
      if (print) { print.hidden = false; print.addEventListener('click', function () { window.print(); }); }
      if (b.getAttribute('data-print') === 'once') { window.addEventListener('load', function () { window.print(); }); }
      var after = parseInt(b.getAttribute('data-return-after') || '0', 10), to = b.getAttribute('data-return-to');
      if (after > 0 && to) {
        var left = after, out = document.getElementById('return-countdown');
        var reset = function () { left = after; };
        document.addEventListener('pointerdown', reset);
        document.addEventListener('keydown', reset);
        var tick = function () {
          if (out) { out.textContent = String(left); }
          if (left <= 0) { window.location.assign(to); return; }
          left -= 1;
          setTimeout(tick, 1000);
        };
        tick();
      }
    })();
    """
}
