import Domain
import Foundation

extension Kiosk {
    static func startView(_ m: StartModel, _ t: Strings) -> String {
        let k = t.kiosk, l = m.language, base = path(l, office: m.office.slug)
        var main: [Body] = [H.el("h1", [], text: k.welcome(m.office.name.text(l)))]
        if let error = m.error { main.append(H.el("p", [.cls("field-error"), Attr("role", "alert")], text: error)) }
        if let service = m.offerTicketFor {
            main.append(H.el("p", [], text: k.tooLateOffer))
            main.append(ticketButton(service, t, base: base, csrf: m.ticketCSRF))
        }
        main.append(H.el("h2", [.id("checkin")], text: k.checkInTitle))
        main.append(H.el("form", [Attr("method", "post"), Attr("action", "\(base)/checkin"), .aria("labelledby", "checkin")], [
            Form.csrf(m.checkInCSRF),
            H.el("div", [.cls(m.error == nil ? "field" : "field has-error")], [
                H.el("label", [Attr("for", "bookingCode")], text: k.codeLabel),
                H.el("p", [.id("bookingCode-hint"), .cls("hint")], text: k.codeHint),
                H.void("input", [Attr("type", "text"), .id("bookingCode"), Attr("name", "bookingCode"), Attr("value", m.code),
                                 Attr("autocomplete", "off"), Attr("autocapitalize", "characters"), .flag("autofocus"),
                                 .flag("required"), .aria("describedby", "bookingCode-hint")]),
            ]),
            H.el("button", [Attr("type", "submit")], text: k.checkInButton),
        ]))
        main.append(H.el("h2", [.id("ticket")], text: k.ticketTitle))
        main.append(H.el("p", [], text: k.ticketIntro))
        main.append(H.el("ul", [.cls("choices")], m.services.map { row in
            H.el("li", [], [
                ticketButton(row.service, t, base: base, csrf: m.ticketCSRF),
                H.el("p", [.cls("hint")], text: k.waiting(row.waiting, row.minutes)),
            ])
        }))
        return Layout.render(.init(title: k.title, route: nil, language: l), t, main: main)
    }

    private static func ticketButton(_ service: Service, _ t: Strings, base: String, csrf: String) -> Body {
        H.el("form", [Attr("method", "post"), Attr("action", "\(base)/ticket"), .cls("inline")], [
            Form.csrf(csrf),
            H.void("input", [Attr("type", "hidden"), Attr("name", "serviceId"), Attr("value", service.slug)]),
            H.el("button", [Attr("type", "submit")], text: t.kiosk.takeTicketFor(service.name.text(t.language))),
        ])
    }

    static func ticketView(_ m: TicketModel, _ t: Strings) -> String {
        let k = t.kiosk, l = m.language, e = m.entry
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
        main.append(H.el("p", [], [H.link(path(l, office: m.office.slug), k.backToStart)]))
        return Layout.render(.init(title: "\(k.yourNumber) \(e.number)", route: nil, language: l), t, main: main)
    }
}
