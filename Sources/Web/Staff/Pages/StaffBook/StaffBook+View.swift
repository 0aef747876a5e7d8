import Domain
import Foundation

extension StaffBook {
    static func view(_ m: Model, _ t: Strings) -> String {
        let s = t.booking, b = t.staffBooking, l = m.language
        func error(_ f: String) -> String? { m.errors.first { $0.field == f }?.message }
        func value(_ f: String) -> String { m.values[f] ?? "" }
        func select(_ name: String, _ label: String, _ options: [(String, String)], selected: String?) -> Body {
            H.el("div", [.cls("field")], [
                H.el("label", [Attr("for", name)], text: label),
                H.el("select", [.id(name), Attr("name", name)], options.map { v, text in
                    H.el("option", [Attr("value", v)] + (v == selected ? [.flag("selected")] : []), text: text)
                }),
            ])
        }
        var main: [Body] = [H.el("h1", [], text: b.title), H.el("p", [], text: b.intro)]
        if let summary = Form.errorSummary(s.errorSummary, m.errors) { main.append(summary) }
        main.append(H.el("form", [Attr("method", "get"), Attr("action", StaffPage.book.path(l)), .cls("filters")], [
            select("office", b.officeLabel, m.offices.map { ($0.slug, $0.name.text(l)) }, selected: m.office?.slug),
            select("service", b.serviceLabel, m.services.map { ($0.slug, $0.name.text(l)) }, selected: m.service?.slug),
            Form.field("date", label: b.dateLabel, type: "date", value: m.date.description),
            H.el("button", [Attr("type", "submit")], text: b.showTimes),
        ]))
        if let office = m.office, let service = m.service {
            var times: [Body] = [H.el("legend", [], text: s.chooseTime)]
            if let e = error("start") { times.append(H.el("p", [.id("start-error"), .cls("field-error")], text: e)) }
            let free = m.offers.filter { $0.remaining > 0 }
            if free.isEmpty { times.append(H.el("p", [], text: s.noFreeTimes)) }
            for (i, offer) in free.enumerated() {
                let v = RigaTime.rfc3339(offer.slot.start), id = i == 0 ? "start" : "start-\(i)"
                var attrs: [Attr] = [Attr("type", "radio"), .id(id), Attr("name", "start"), Attr("value", v)]
                if value("start") == v { attrs.append(.flag("checked")) }
                if error("start") != nil { attrs.append(.aria("describedby", "start-error")) }
                times.append(H.el("div", [.cls("check")], [
                    H.void("input", attrs),
                    H.el("label", [Attr("for", id)], text: "\(RigaTime.time(of: offer.slot.start)) (\(s.remaining(offer.remaining)))"),
                ]))
            }
            main.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.book.path(l)), Attr("novalidate", nil)], [
                Form.csrf(m.csrf),
                H.void("input", [Attr("type", "hidden"), Attr("name", "office"), Attr("value", office.slug)]),
                H.void("input", [Attr("type", "hidden"), Attr("name", "service"), Attr("value", service.slug)]),
                H.void("input", [Attr("type", "hidden"), Attr("name", "date"), Attr("value", m.date.description)]),
                H.el("fieldset", [.cls("times")], times),
                H.el("h2", [], text: s.detailsTitle),
                H.group(Book.personFields(s, language: l, value: value, error: error)),
                select("channel", b.channelLabel, [("phone", b.channelPhone), ("desk", b.channelDesk)], selected: value("channel")),
                H.el("button", [Attr("type", "submit")], text: b.bookButton),
            ]))
        }
        return StaffLayout.render(.init(title: b.title, language: l, path: StaffPage.book.unprefixed, user: m.user, csrf: m.csrf), t, main: main)
    }

    static func doneView(_ m: DoneModel, _ t: Strings) -> String {
        let s = t.booking, b = t.staffBooking, l = m.language, bk = m.booking
        let contacts = [bk.phone, bk.email].compactMap { $0 }.joined(separator: ", ")
        let main: [Body] = [
            H.el("h1", [], text: b.bookedTitle),
            H.el("dl", [.cls("contacts")], [
                H.el("dt", [], text: s.codeLabel), H.el("dd", [], [H.el("strong", [.cls("booking-code")], text: bk.code)]),
                H.el("dt", [], text: s.serviceLabel), H.el("dd", [], text: m.service.name.text(l)),
                H.el("dt", [], text: s.officeLabel), H.el("dd", [], text: m.office.name.text(l)),
                H.el("dt", [], text: s.timeLabel), H.el("dd", [], text: t.appointment(bk.start)),
            ]),
            H.el("p", [.cls("notice"), Attr("role", "status")], text: b.sentTo(contacts)),
            H.el("p", [], text: b.readCode),
            H.el("p", [], text: s.arriveBy(RigaTime.time(of: BookingRequest.arriveBy(bk.start)).description)),
            H.el("p", [], [H.link("\(StaffPage.appointments(office: m.office.slug).path(l))?date=\(RigaTime.date(of: bk.start))", b.toDayView)]),
        ]
        return StaffLayout.render(.init(title: b.bookedTitle, language: l, path: StaffPage.book.unprefixed, user: m.user, csrf: m.csrf),
                                  t, main: main)
    }
}
