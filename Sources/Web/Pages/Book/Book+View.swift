import Domain
import Foundation
import Plot

extension Book {
    /// Where the client is in the four steps and the way back (issue 16, item 1): a back link to
    /// the step before, then the steps with the current one marked.
    static func progress(_ step: Int, back: String, _ t: Strings) -> Body {
        let f = t.flow
        return H.group([
            H.link(back, f.back, [.cls("back-link")]),
            H.el("ol", [.cls("steps"), .aria("label", f.progress)], f.steps.enumerated().map { i, name in
                let n = i + 1
                let attrs: [Attr] = n == step ? [.aria("current", "step")] : n < step ? [.cls("done")] : []
                return H.el("li", attrs, [H.txt(name), H.el("span", [.cls("visually-hidden")],
                                                             text: " (\(f.stepOf(n, f.steps.count)))")])
            }),
        ])
    }

    static func servicesView(_ m: ServicesModel, _ t: Strings) -> String {
        let s = t.booking, l = m.language
        return Layout.render(.init(title: s.bookTitle, route: .book, language: l), t, main: [
            progress(1, back: PageRoute.home.path(l), t),
            H.el("h1", [], text: s.bookTitle),
            H.el("p", [], [H.link(BookingManage.findPath(l), t.flow.lostLink)]),
            H.el("h2", [], text: s.chooseService),
            H.el("ul", [.cls("choices")], m.services.map { svc in
                H.el("li", [], [H.link(path(l, svc.slug), svc.name.text(l))])
            }),
        ])
    }

    static func officesView(_ m: OfficesModel, _ t: Strings) -> String {
        let s = t.booking, l = m.language
        return Layout.render(.init(title: m.service.name.text(l), route: nil, language: l,
                                   alternate: path(l.other, m.service.slug)), t, main: [
            progress(2, back: path(l), t),
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
            progress(3, back: path(l, m.service.slug), t),
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
            main.append(dayChoices(m.days, t) { path(l, m.service.slug, m.office.slug, $0.description) + (m.priority?.query ?? "") })
        }
        // Issue 4 item 5: whoever finds nothing that suits can wait for a freed seat.
        main.append(H.el("p", [], [H.link(Waitlist.joinPath(l, service: m.service.slug, office: m.office.slug), t.waitlist.joinLink)]))
        return Layout.render(.init(title: m.office.name.text(l), route: nil, language: l,
                                   alternate: path(l.other, m.service.slug, m.office.slug) + (m.priority?.query ?? "")), t, main: main)
    }

    static func formView(_ m: FormModel, _ t: Strings) -> String {
        let s = t.booking, l = m.language
        func error(_ f: String) -> String? { m.errors.first { $0.field == f }?.message }
        func value(_ f: String) -> String { m.values[f] ?? "" }
        let daysPath = path(l, m.service.slug, m.office.slug) + (m.priority?.query ?? "")
        let frame = Layout.Frame(title: s.detailsTitle, route: nil, language: l,
                                 alternate: path(l.other, m.service.slug, m.office.slug, m.date.description) + (m.priority?.query ?? ""))
        var main: [Body] = [
            progress(4, back: daysPath, t),
            H.el("h1", [], text: "\(m.service.name.text(l)) — \(m.office.name.text(l))"),
            H.el("p", [], text: "\(t.weekday(m.date.weekday)), \(t.date(m.date))"),
        ]
        // A day with nothing to book says why, and offers no form that could not succeed.
        if let why = unbookable(m.why, t) {
            main.append(H.el("div", [.cls("day-closed")], [H.el("p", [], text: why)]))
            main.append(H.el("p", [], [H.link(daysPath, t.flow.otherDay, [.cls("button-link")])]))
            main.append(H.el("p", [], [H.link(Waitlist.joinPath(l, service: m.service.slug, office: m.office.slug), t.waitlist.joinLink)]))
            return Layout.render(frame, t, main: main)
        }
        if let summary = Form.errorSummary(s.errorSummary, m.errors) { main.append(summary) }
        if m.lostLinkHelp {
            main.append(H.el("p", [], [H.txt(t.flow.secondBookingHelp + " "), H.link(BookingManage.findPath(l), t.flow.findTitle)]))
        }
        var times: [Body] = [H.el("legend", [], text: s.chooseTime)]
        if let e = error("start") { times.append(H.el("p", [.id("start-error"), .cls("field-error")], text: e)) }
        times += timeButtons(m.offers, selected: value("start"), hasError: error("start") != nil, t)
        main.append(H.el("form", [Attr("method", "post"), Attr("action", path(l, m.service.slug, m.office.slug, m.date.description) + (m.priority?.query ?? "")),
                                  Attr("novalidate", nil)], [
            Form.csrf(m.csrf),
            H.el("fieldset", [.cls("times-by-part")], times),
            H.el("h2", [], text: s.detailsTitle),
            H.group(personFields(s, language: l, value: value, error: error)),
            H.el("p", [.cls("hint")], [H.link(PageRoute.privacy.path(l), t.privacyTitle)]),
            H.el("button", [Attr("type", "submit")], text: s.submitBooking),
        ]))
        return Layout.render(frame, t, main: main)
    }

    /// The days with a free time, each a link with its count (booking and moving a booking alike).
    static func dayChoices(_ days: [(date: LocalDate, free: Int)], _ t: Strings, link: (LocalDate) -> String) -> Body {
        H.el("ul", [.cls("choices")], days.map { d in
            H.el("li", [], [
                H.link(link(d.date), "\(t.weekday(d.date.weekday)), \(t.date(d.date))"),
                H.txt(" — " + t.booking.freeTimes(d.free)),
            ])
        })
    }

    /// The free times of a day as large buttons, morning and afternoon apart (issue 16, items 1
    /// and 3; booking and moving a booking alike). Radios underneath, so the form works without
    /// JavaScript and by keyboard: Tab to the group, arrows between times. The first is `#start`.
    static func timeButtons(_ offers: [Availability.Offer], selected: String, hasError: Bool, _ t: Strings) -> [Body] {
        let free = offers.filter { $0.remaining > 0 }
        let noon = TimeOfDay(12, 0)
        var index = 0
        var groups: [Body] = []
        for (legend, group) in [(t.flow.morning, free.filter { RigaTime.time(of: $0.slot.start) < noon }),
                                (t.flow.afternoon, free.filter { RigaTime.time(of: $0.slot.start) >= noon })] where !group.isEmpty {
            let cells: [Body] = group.map { offer in
                let v = RigaTime.rfc3339(offer.slot.start)
                let id = index == 0 ? "start" : "start-\(index)"
                index += 1
                var attrs: [Attr] = [Attr("type", "radio"), .id(id), Attr("name", "start"), Attr("value", v)]
                if selected == v { attrs.append(.flag("checked")) }
                if hasError { attrs.append(.aria("describedby", "start-error")) }
                return H.el("div", [], [
                    H.void("input", attrs),
                    H.el("label", [Attr("for", id)], [H.txt(RigaTime.time(of: offer.slot.start).description),
                                                      H.el("small", [], text: t.flow.seats(offer.remaining))]),
                ])
            }
            groups.append(H.el("fieldset", [.cls("slot-group")], [H.el("legend", [], text: legend), H.el("div", [.cls("slot-grid")], cells)]))
        }
        return groups
    }

    /// The words for a day with nothing to book; nil when it has a free seat.
    static func unbookable(_ why: DayBookability, _ t: Strings) -> String? {
        let f = t.flow, l = t.language
        switch why {
        case .bookable: return nil
        case .past: return f.past
        case .closed(.holiday, let note): return f.holiday(note?.text(l))
        case .closed(.officeClosed, let note): return f.officeClosed(note?.text(l))
        case .closed(.weekend, _), .closed(.dayOff, _): return f.notWorking
        case .notYetReleased(let opensAt): return f.notYetReleased(t.appointment(opensAt))
        case .full: return f.full
        }
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
        return Layout.render(.init(title: s.confirmationTitle, route: nil, language: l, alternate: m.alternate), t, main: main)
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
