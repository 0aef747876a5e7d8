import Domain
import Foundation
import Plot

extension BookingManage {
    static func view(_ m: Model, _ t: Strings) -> String {
        let s = t.booking, l = m.language, b = m.booking
        let base = path(l, code: b.code)
        let q = "?token=\(m.token)"
        var main: [Body] = [H.el("h1", [], text: s.manageTitle)]
        if let notice = m.notice { main.append(Form.notice(notice)) }
        if let error = m.error { main.append(H.el("p", [.cls("field-error"), Attr("role", "alert")], text: error)) }
        main.append(H.el("dl", [.cls("contacts")], [
            H.el("dt", [], text: s.codeLabel), H.el("dd", [], [H.el("strong", [], text: b.code)]),
            H.el("dt", [], text: s.serviceLabel), H.el("dd", [], text: m.service.name.text(l)),
            H.el("dt", [], text: s.officeLabel),
            H.el("dd", [], text: [m.office.name.text(l), m.office.addressLine].compactMap { $0 }.joined(separator: ", ")),
            H.el("dt", [], text: s.timeLabel), H.el("dd", [], [H.el("time", [Attr("datetime", RigaTime.rfc3339(b.start))], text: t.appointment(b.start))]),
            H.el("dt", [], text: s.accessibilityLabel), H.el("dd", [], text: m.office.accessibility?.text(l) ?? t.accessibilityUnknown),
        ]))
        if b.status == .cancelled {
            main.append(H.el("p", [.cls("notice")], text: s.statusCancelled))
        } else if !BookingLifecycle.canChange(b.status) {
            main.append(H.el("p", [.cls("notice")], text: s.statusClosed(b.status)))
        } else {
            main.append(H.el("p", [], text: s.arriveBy(RigaTime.time(of: BookingRequest.arriveBy(b.start)).description)))
            if m.service.needsIdentityDocument { main.append(H.el("p", [], text: s.bringDocument)) }
            if let fee = m.service.standardFee(on: RigaTime.date(of: b.start)) {
                main.append(H.el("p", [], text: s.feeLine(fee.amount?.formatted(l) ?? t.feeUnconfirmed)))
            }
            if b.interpreter { main.append(H.el("p", [], text: s.interpreterNote)) }
            main.append(H.el("p", [], [H.link("\(base)/calendar.ics\(q)", s.addToCalendar)]))
            if let qr = try? QRCode(b.code) {
                main.append(H.el("figure", [.cls("qr")], [.raw(qr.svg(moduleSize: 6, label: "\(s.codeLabel): \(b.code)"))]))
            }
            main.append(H.el("h2", [.id("reschedule")], text: s.rescheduleTitle))
            if m.otherTimes.isEmpty {
                main.append(H.el("p", [], text: s.noOtherTimes))
            } else {
                main.append(H.el("form", [Attr("method", "post"), Attr("action", "\(base)/reschedule"), .aria("labelledby", "reschedule")], [
                    Form.csrf(m.rescheduleCSRF),
                    H.void("input", [Attr("type", "hidden"), Attr("name", "token"), Attr("value", m.token)]),
                    H.el("div", [.cls("field")], [
                        H.el("label", [Attr("for", "start")], text: s.newTimeLabel),
                        H.el("select", [.id("start"), Attr("name", "start")], m.otherTimes.map {
                            H.el("option", [Attr("value", RigaTime.rfc3339($0))], text: t.appointment($0))
                        }),
                    ]),
                    H.el("button", [Attr("type", "submit")], text: s.rescheduleButton),
                ]))
            }
            main.append(H.el("h2", [.id("cancel")], text: s.cancelTitle))
            main.append(H.el("form", [Attr("method", "post"), Attr("action", "\(base)/cancel"), .aria("labelledby", "cancel")], [
                Form.csrf(m.cancelCSRF),
                H.void("input", [Attr("type", "hidden"), Attr("name", "token"), Attr("value", m.token)]),
                H.el("button", [Attr("type", "submit")], text: s.cancelButton),
            ]))
        }
        main.append(H.el("p", [], [H.link("\(base)/data\(q)", s.yourData)]))
        return Layout.render(.init(title: s.manageTitle, route: nil, language: l), t, main: main)
    }
}
