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
            // Both changes are steps of their own: moving goes day then time, cancelling asks first.
            main.append(H.el("div", [.cls("button-row")], [
                H.link("\(base)/reschedule\(q)", s.rescheduleTitle, [.cls("button-link")]),
                H.link("\(base)/cancel\(q)", s.cancelTitle, [.cls("button-link destructive")]),
            ]))
        }
        main.append(H.el("p", [], [H.link("\(base)/data\(q)", s.yourData)]))
        return Layout.render(.init(title: s.manageTitle, route: nil, language: l,
                                   alternate: path(l.other, code: b.code) + q), t, main: main)
    }

    static func cancelView(_ m: CancelModel, _ t: Strings) -> String {
        let s = t.booking, l = m.language, b = m.booking
        let base = path(l, code: b.code), q = "?token=\(m.token)"
        return Layout.render(.init(title: s.cancelTitle, route: nil, language: l,
                                   alternate: path(l.other, code: b.code) + "/cancel" + q), t, main: [
            H.link(base + q, t.flow.back, [.cls("back-link")]),
            H.el("h1", [], text: s.cancelQuestion),
            H.el("p", [], text: "\(m.service.name.text(l)), \(m.office.name.text(l)) — \(t.appointment(b.start)) (\(s.codeLabel) \(b.code))"),
            H.el("p", [], text: s.cancelWarning),
            H.el("form", [Attr("method", "post"), Attr("action", "\(base)/cancel")], [
                Form.csrf(m.csrf),
                H.void("input", [Attr("type", "hidden"), Attr("name", "token"), Attr("value", m.token)]),
                H.el("div", [.cls("button-row")], [
                    H.el("button", [Attr("type", "submit"), .cls("destructive")], text: s.cancelButton),
                    H.link(base + q, s.keepBooking),
                ]),
            ]),
        ])
    }

    static func daysView(_ m: DaysModel, _ t: Strings) -> String {
        let s = t.booking, l = m.language, b = m.booking
        let base = path(l, code: b.code), q = "?token=\(m.token)"
        var main: [Body] = [
            H.link(base + q, t.flow.back, [.cls("back-link")]),
            H.el("h1", [], text: s.rescheduleTitle),
            H.el("p", [], text: "\(s.timeLabel): \(t.appointment(b.start))"),
            H.el("h2", [], text: s.chooseDay),
        ]
        if m.days.isEmpty {
            main.append(H.el("p", [], text: s.noOtherTimes))
        } else {
            main.append(Book.dayChoices(m.days, t) { "\(base)/reschedule/\($0)\(q)" })
        }
        return Layout.render(.init(title: s.rescheduleTitle, route: nil, language: l,
                                   alternate: path(l.other, code: b.code) + "/reschedule" + q), t, main: main)
    }

    static func timesView(_ m: TimesModel, _ t: Strings) -> String {
        let s = t.booking, l = m.language, b = m.booking
        let base = path(l, code: b.code), q = "?token=\(m.token)"
        var main: [Body] = [
            H.link("\(base)/reschedule\(q)", t.flow.back, [.cls("back-link")]),
            H.el("h1", [], text: s.rescheduleTitle),
            H.el("p", [], text: "\(t.weekday(m.date.weekday)), \(t.date(m.date))"),
        ]
        if let why = Book.unbookable(m.why, t) {
            main.append(H.el("div", [.cls("day-closed")], [H.el("p", [], text: why)]))
            main.append(H.el("p", [], [H.link("\(base)/reschedule\(q)", t.flow.otherDay, [.cls("button-link")])]))
        } else {
            var times: [Body] = [H.el("legend", [], text: s.newTimeLabel)]
            if let e = m.error { times.append(H.el("p", [.id("start-error"), .cls("field-error")], text: e)) }
            times += Book.timeButtons(m.offers.filter { $0.slot.start != b.start }, selected: "", hasError: m.error != nil, t)
            main.append(H.el("form", [Attr("method", "post"), Attr("action", "\(base)/reschedule")], [
                Form.csrf(m.csrf),
                H.void("input", [Attr("type", "hidden"), Attr("name", "token"), Attr("value", m.token)]),
                H.void("input", [Attr("type", "hidden"), Attr("name", "date"), Attr("value", m.date.description)]),
                H.el("fieldset", [.cls("times-by-part")], times),
                H.el("button", [Attr("type", "submit")], text: s.rescheduleButton),
            ]))
        }
        return Layout.render(.init(title: s.rescheduleTitle, route: nil, language: l,
                                   alternate: path(l.other, code: b.code) + "/reschedule/\(m.date)" + q), t, main: main)
    }

    static func findView(_ m: FindModel, _ t: Strings) -> String {
        let f = t.flow, l = m.language
        func error(_ name: String) -> String? { m.errors.first { $0.field == name }?.message }
        var main: [Body] = [H.el("h1", [], text: f.findTitle), H.el("p", [], text: f.findIntro)]
        if let summary = Form.errorSummary(t.booking.errorSummary, m.errors) { main.append(summary) }
        main.append(H.el("form", [Attr("method", "post"), Attr("action", findPath(l)), Attr("novalidate", nil)], [
            Form.csrf(m.csrf),
            Form.field("code", label: t.booking.codeLabel, value: m.values["code"] ?? "", error: error("code"), autocomplete: "off"),
            Form.field("contact", label: f.findContactLabel, value: m.values["contact"] ?? "", hint: f.findContactHint,
                       error: error("contact"), autocomplete: "off"),
            H.el("button", [Attr("type", "submit")], text: f.findButton),
        ]))
        return Layout.render(.init(title: f.findTitle, route: nil, language: l, alternate: findPath(l.other)), t, main: main)
    }

    static func sentView(_ m: SentModel, _ t: Strings) -> String {
        let f = t.flow, l = m.language
        return Layout.render(.init(title: f.sentTitle, route: nil, language: l, alternate: sentPath(l.other)), t, main: [
            H.el("h1", [], text: f.sentTitle),
            Form.notice(f.sentText),
            H.el("p", [], text: f.sentAgain),
            H.el("p", [], [H.link(findPath(l), f.findTitle)]),
            ContactList.view(t),
        ])
    }
}
