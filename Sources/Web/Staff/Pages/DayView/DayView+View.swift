import Domain
import Foundation

extension DayView {
    static func view(_ m: Model, _ t: Strings) -> String {
        let s = t.staff, l = m.language
        /// Cancel (before the start) or no-show (once begun) for an active booking.
        func actions(_ booking: Booking) -> [Body] {
            guard booking.status == .active else { return [] }
            let (action, label) = booking.start <= m.now
                ? (StaffPage.appointmentNoShow(office: m.office.slug, code: booking.code), t.staffBooking.noShowButton)
                : (StaffPage.appointmentCancel(office: m.office.slug, code: booking.code), t.staffBooking.cancelButton)
            return [H.el("form", [Attr("method", "post"), Attr("action", "\(action.path(l))?date=\(m.date)"), .cls("inline")], [
                Form.csrf(m.csrf),
                H.el("button", [Attr("type", "submit"), .aria("label", "\(label): \(booking.code)")], text: label),
            ])]
        }
        let title = "\(m.office.name.text(l)) — \(t.weekday(m.date.weekday)), \(t.date(m.date))"
        var main: [Body] = [
            H.el("h1", [], text: title),
            H.el("form", [Attr("method", "get"), Attr("action", StaffPage.appointments(office: m.office.slug).path(l)), .cls("filters")], [
                Form.field("date", label: t.dateHeader, type: "date", value: m.date.description),
                H.el("button", [Attr("type", "submit")], text: s.filterButton),
            ]),
        ]
        let b = t.staffBooking
        if let notice = m.notice { main.append(Form.notice(notice)) }
        if let error = m.error { main.append(H.el("p", [.cls("field-error"), Attr("role", "alert")], text: error)) }
        if let c = m.confirm {
            main.append(H.el("section", [.cls("confirm-panel"), Attr("role", "alert"), .aria("labelledby", "confirm-question")], [
                H.el("h2", [.id("confirm-question")], text: c.noShow ? b.confirmNoShow(c.code) : b.confirmCancel(c.code)),
                H.el("form", [Attr("method", "post"), Attr("action", "\(c.action.path(l))?date=\(m.date)")], [
                    Form.csrf(m.csrf),
                    H.void("input", [Attr("type", "hidden"), Attr("name", "confirmed"), Attr("value", "yes")]),
                    H.el("div", [.cls("button-row")], [
                        H.el("button", [Attr("type", "submit"), .cls("danger")], text: c.noShow ? b.yesNoShow : b.yesCancel),
                        H.link("\(StaffPage.appointments(office: m.office.slug).path(l))?date=\(m.date)", b.back),
                    ]),
                ]),
            ]))
        }
        if !m.waiting.isEmpty {
            main.append(H.el("h2", [], text: b.waitingHeader))
            main.append(H.el("ul", [], m.waiting.map { H.el("li", [], text: b.waitingCount($0.0, $0.1)) }))
        }
        if m.appointments.isEmpty {
            main.append(H.el("p", [], text: s.noEntries))
        } else {
            main.append(H.el("table", [.cls("stack-on-phone"), .aria("label", title)], [
                H.el("thead", [], [H.el("tr", [], ([t.hoursHeader, s.serviceHeader, s.clientHeader, s.personalCodeLabel,
                                                   s.interpreterHeader, s.codeHeader, b.statusHeader]
                                                   + (m.canManage ? [b.actionsHeader] : [])).map {
                    H.el("th", [Attr("scope", "col")], text: $0)
                })]),
                H.el("tbody", [], m.appointments.map { a in
                    let code: String
                    switch a.client.identity {
                    case .personalCode(let pc): code = pc.masked
                    case .foreigner(let born, _): code = born.description
                    }
                    return H.el("tr", [], [
                        H.el("td", [Attr("data-label", t.hoursHeader)], text: RigaTime.time(of: a.booking.start).description),
                        H.el("td", [Attr("data-label", s.serviceHeader)],
                             text: m.serviceNames[a.booking.serviceSlug]?.text(l) ?? a.booking.serviceSlug),
                        H.el("td", [Attr("data-label", s.clientHeader)], [
                            H.link(StaffPage.client(a.client.id.uuidString).path(l), "\(a.client.name) \(a.client.surname)"),
                        ]),
                        H.el("td", [Attr("data-label", s.personalCodeLabel)], text: code),
                        H.el("td", [Attr("data-label", s.interpreterHeader)], text: a.booking.interpreter ? s.yes : "—"),
                        H.el("td", [Attr("data-label", s.codeHeader)], text: a.booking.code),
                        H.el("td", [Attr("data-label", b.statusHeader)], text: b.status(a.booking.status)),
                    ] + (m.canManage ? [H.el("td", [Attr("data-label", b.actionsHeader)], actions(a.booking))] : []))
                }),
            ]))
        }
        main.append(H.el("p", [.cls("hint")], text: s.readLogged))
        return StaffLayout.render(.init(title: title, language: l, path: StaffPage.appointments(office: m.office.slug).unprefixed,
                                        user: m.user, csrf: m.csrf), t, main: main)
    }
}
