import Domain
import Foundation
import Plot

extension Book {
    static func servicesView(_ m: ServicesModel, _ t: Strings) -> String {
        let s = t.booking, l = m.language
        return Layout.render(.init(title: s.bookTitle, route: nil, language: l), t, main: [
            H.el("h1", [], text: s.bookTitle),
            H.el("h2", [], text: s.chooseService),
            H.el("ul", [.cls("choices")], m.services.map { svc in
                H.el("li", [], [H.link(path(l, svc.slug), svc.name.text(l))])
            }),
        ])
    }

    static func officesView(_ m: OfficesModel, _ t: Strings) -> String {
        let s = t.booking, l = m.language
        return Layout.render(.init(title: m.service.name.text(l), route: nil, language: l), t, main: [
            H.el("h1", [], text: m.service.name.text(l)),
            H.el("p", [], text: s.releaseNote(m.schedule.releaseTime.description, m.schedule.daysAhead, m.schedule.minimumLeadMinutes)),
            H.el("h2", [], text: s.chooseOffice),
            H.el("ul", [.cls("choices")], m.offices.map { row in
                H.el("li", [], [
                    H.link(path(l, m.service.slug, row.office.slug), row.office.name.text(l)),
                    H.txt(" — " + (row.nextFree.map { s.nextFree(t.appointment($0)) } ?? s.noFreeTimes)),
                ])
            }),
        ])
    }

    static func daysView(_ m: DaysModel, _ t: Strings) -> String {
        let s = t.booking, l = m.language
        var main: [Body] = [
            H.el("h1", [], text: "\(m.service.name.text(l)) — \(m.office.name.text(l))"),
            m.priority.map { p in
                Form.notice(s.priorityNote(p.lastDate.description, RigaTime.date(of: p.expires.addingTimeInterval(-1)).description))
            } ?? H.el("p", [], text: s.releaseNote(m.schedule.releaseTime.description, m.schedule.daysAhead,
                                                   m.schedule.minimumLeadMinutes)),
            H.el("h2", [], text: s.chooseDay),
        ]
        if m.days.isEmpty {
            main.append(H.el("p", [], text: s.noFreeTimes))
        } else {
            main.append(H.el("ul", [.cls("choices")], m.days.map { d in
                H.el("li", [], [
                    H.link(path(l, m.service.slug, m.office.slug, d.date.description) + (m.priority?.query ?? ""),
                           "\(t.weekday(d.date.weekday)), \(t.date(d.date))"),
                    H.txt(" — " + s.freeTimes(d.free)),
                ])
            }))
        }
        // Issue 4 item 5: whoever finds nothing that suits can wait for a freed seat.
        main.append(H.el("p", [], [H.link(Waitlist.joinPath(l, service: m.service.slug, office: m.office.slug), t.waitlist.joinLink)]))
        return Layout.render(.init(title: m.office.name.text(l), route: nil, language: l), t, main: main)
    }

    static func formView(_ m: FormModel, _ t: Strings) -> String {
        let s = t.booking, l = m.language
        func error(_ f: String) -> String? { m.errors.first { $0.field == f }?.message }
        func value(_ f: String) -> String { m.values[f] ?? "" }
        var main: [Body] = [
            H.el("h1", [], text: "\(m.service.name.text(l)) — \(m.office.name.text(l))"),
            H.el("p", [], text: "\(t.weekday(m.date.weekday)), \(t.date(m.date))"),
        ]
        if let summary = Form.errorSummary(s.errorSummary, m.errors) { main.append(summary) }
        var times: [Body] = [H.el("legend", [], text: s.chooseTime)]
        if let e = error("start") { times.append(H.el("p", [.id("start-error"), .cls("field-error")], text: e)) }
        for (i, offer) in m.offers.enumerated() where offer.remaining > 0 {
            let v = RigaTime.rfc3339(offer.slot.start)
            var attrs: [Attr] = [Attr("type", "radio"), .id(i == 0 ? "start" : "start-\(i)"), Attr("name", "start"), Attr("value", v)]
            if value("start") == v { attrs.append(.flag("checked")) }
            if error("start") != nil { attrs.append(.aria("describedby", "start-error")) }
            times.append(H.el("div", [.cls("check")], [
                H.void("input", attrs),
                H.el("label", [Attr("for", i == 0 ? "start" : "start-\(i)")],
                     text: "\(RigaTime.time(of: offer.slot.start)) (\(s.remaining(offer.remaining)))"),
            ]))
        }
        main.append(H.el("form", [Attr("method", "post"), Attr("action", path(l, m.service.slug, m.office.slug, m.date.description) + (m.priority?.query ?? "")),
                                  Attr("novalidate", nil)], [
            Form.csrf(m.csrf),
            H.el("fieldset", [.cls("times")], times),
            H.el("h2", [], text: s.detailsTitle),
            H.group(personFields(s, language: l, value: value, error: error)),
            H.el("p", [.cls("hint")], [H.link(PageRoute.privacy.path(l), t.privacyTitle)]),
            H.el("button", [Attr("type", "submit")], text: s.submitBooking),
        ]))
        return Layout.render(.init(title: s.detailsTitle, route: nil, language: l), t, main: main)
    }

    /// The person's fields, shared by the booking and waitlist forms (same rules: C-CONTACT, C-INTERPRETER).
    static func personFields(_ s: BookingStrings, language l: Language, value: (String) -> String,
                             error: (String) -> String?) -> [Body] {
        [
            Form.field("name", label: s.nameLabel, value: value("name"), error: error("name"), autocomplete: "given-name"),
            Form.field("surname", label: s.surnameLabel, value: value("surname"), error: error("surname"), autocomplete: "family-name"),
            Form.field("personalCode", label: s.personalCodeLabel, value: value("personalCode"), hint: s.personalCodeHint,
                       error: error("personalCode"), autocomplete: "off", required: false),
            Form.field("dateOfBirth", label: s.birthDateLabel, type: "date", value: value("dateOfBirth"), hint: s.foreignerHint,
                       error: error("dateOfBirth"), autocomplete: "bday", required: false),
            Form.field("documentNumber", label: s.documentLabel, value: value("documentNumber"), error: error("documentNumber"),
                       autocomplete: "off", required: false),
            H.el("p", [.id("contact-hint"), .cls("hint")], text: s.contactHint),
            Form.field("phone", label: s.phoneLabel, type: "tel", value: value("phone"), error: error("phone"),
                       autocomplete: "tel", required: false),
            Form.field("email", label: s.emailLabel, type: "email", value: value("email"), error: error("email"),
                       autocomplete: "email", required: false),
            H.el("div", [.cls("field")], [
                H.el("label", [Attr("for", "language")], text: s.languageLabel),
                H.el("select", [.id("language"), Attr("name", "language")], [
                    H.el("option", [Attr("value", "lv")] + (value("language") == "en" ? [] : [.flag("selected")]), text: "Latviešu"),
                    H.el("option", [Attr("value", "en")] + (value("language") == "en" || (value("language").isEmpty && l == .en)
                                                            ? [.flag("selected")] : []), text: "English"),
                ]),
            ]),
            H.el("div", [.cls("check")], [
                H.void("input", [Attr("type", "checkbox"), .id("interpreter"), Attr("name", "interpreter"), Attr("value", "yes")]
                       + (value("interpreter") == "yes" ? [.flag("checked")] : [])),
                H.el("label", [Attr("for", "interpreter")], text: s.interpreterLabel),
            ]),
        ]
    }

    static func doneView(_ m: DoneModel, _ t: Strings) -> String {
        let s = t.booking, l = m.language, b = m.booking
        var main: [Body] = [
            H.el("h1", [], text: s.confirmationTitle),
            H.el("dl", [.cls("contacts")], [
                H.el("dt", [], text: s.codeLabel), H.el("dd", [], [H.el("strong", [.cls("booking-code")], text: b.code)]),
                H.el("dt", [], text: s.serviceLabel), H.el("dd", [], text: m.service.name.text(l)),
                H.el("dt", [], text: s.officeLabel),
                H.el("dd", [], text: [m.office.name.text(l), m.office.addressLine].compactMap { $0 }.joined(separator: ", ")),
                H.el("dt", [], text: s.timeLabel), H.el("dd", [], text: t.appointment(b.start)),
                H.el("dt", [], text: s.accessibilityLabel), H.el("dd", [], text: m.office.accessibility?.text(l) ?? t.accessibilityUnknown),
            ]),
            H.el("p", [.cls("notice")], text: s.arriveBy(RigaTime.time(of: BookingRequest.arriveBy(b.start)).description)),
        ]
        if m.service.needsIdentityDocument { main.append(H.el("p", [], text: s.bringDocument)) }
        if let fee = m.service.standardFee(on: RigaTime.date(of: b.start)) {
            main.append(H.el("p", [], text: s.feeLine(fee.amount?.formatted(l) ?? t.feeUnconfirmed)))
        }
        if let qr = try? QRCode(b.code) {
            // For the kiosk's scanner (issue 5): the booking code, nothing else.
            main.append(H.el("figure", [.cls("qr")], [.raw(qr.svg(moduleSize: 6, label: "\(s.codeLabel): \(b.code)"))]))
        }
        main.append(H.el("p", [], text: s.keepLink))
        main.append(H.el("p", [], [H.link(m.manageURL, s.manageLink)]))
        return Layout.render(.init(title: s.confirmationTitle, route: nil, language: l), t, main: main)
    }

    static func passGoneView(_ m: PassGoneModel, _ t: Strings) -> String {
        let s = t.booking, l = m.language
        return Layout.render(.init(title: s.passGoneTitle, route: nil, language: l), t, main: [
            H.el("h1", [], text: s.passGoneTitle),
            H.el("p", [], text: ProblemStrings.of(l).passNotUsable),
            H.el("p", [], [H.link(path(l), s.bookTitle)]),
        ])
    }
}
