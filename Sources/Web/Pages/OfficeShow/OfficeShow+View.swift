import Domain

extension OfficeShow {
    static func view(_ m: Model, _ t: Strings) -> String {
        let l = m.language, o = m.office
        func ranges(_ r: [TimeRange]) -> String { r.map { "\($0.open)–\($0.close)" }.joined(separator: ", ") }
        var contacts: [Body] = [H.el("dt", [], text: t.addressLabel), H.el("dd", [], text: o.street == nil ? [o.city, t.addressUnknown].compactMap { $0 }.joined(separator: " — ") : (o.addressLine ?? t.addressUnknown))]
        if let phone = o.phone {
            contacts += [H.el("dt", [], text: t.phoneLabel), H.el("dd", [], [H.link("tel:+371\(phone)", phone)])]
        }
        if let email = o.email {
            contacts += [H.el("dt", [], text: t.emailLabel), H.el("dd", [], [H.link("mailto:\(email)", email)])]
        }
        var main: [Body] = [
            H.el("h1", [], text: o.name.text(l)),
            H.el("p", [], text: t.officeKind(o.kind)),
            H.el("dl", [.cls("contacts")], contacts),
        ]
        if o.unverified.contains(.address) { main.append(H.el("p", [.cls("unverified")], text: t.unverifiedNote)) }
        main += [
            H.el("h2", [], text: t.accessibilityTitle),
            H.el("p", [], text: o.accessibility?.text(l) ?? t.accessibilityUnknown),
        ]
        if !o.accessibilityFeatures.isEmpty {
            let r = ReferenceAdminStrings.of(l)
            main.append(H.el("ul", [.aria("label", t.accessibilityTitle)],
                             AccessibilityFeature.allCases.filter(o.accessibilityFeatures.contains).map { H.el("li", [], text: r.feature($0)) }))
        }
        main += [
            H.el("h2", [.id("weekly")], text: t.weeklyHoursTitle),
        ]
        if o.weeklyHours.isEmpty {
            main.append(H.el("p", [], text: t.noWeeklyHours))
        } else {
            main.append(H.el("table", [.aria("labelledby", "weekly")], [
                H.el("tbody", [], Weekday.allCases.map { w in
                    let r = o.weeklyHours.ranges(on: w)
                    return H.el("tr", [], [
                        H.el("th", [Attr("scope", "row")], text: t.weekday(w)),
                        H.el("td", [], text: r.isEmpty ? t.closed : ranges(r)),
                    ])
                }),
            ]))
            if o.unverified.contains(.hours) { main.append(H.el("p", [.cls("unverified")], text: t.hoursUnverified)) }
        }
        if !o.weeklyHours.isEmpty {
            main.append(H.el("h2", [.id("next-days")], text: t.nextDaysTitle(m.days.count)))
            main.append(H.el("table", [.aria("labelledby", "next-days")], [
                H.el("thead", [], [H.el("tr", [], [
                    H.el("th", [Attr("scope", "col")], text: t.dateHeader),
                    H.el("th", [Attr("scope", "col")], text: t.hoursHeader),
                    H.el("th", [Attr("scope", "col")], text: t.noteHeader),
                ])]),
                H.el("tbody", [], m.days.map { day in
                    var notes: [String] = []
                    if day.shortened && day.isOpen { notes.append(t.shortenedDay) }
                    if let reason = day.closedReason { notes.append(t.closedReason(reason)) }
                    if let note = day.note { notes.append(note.text(l)) }
                    return H.el("tr", day.isOpen ? [] : [.cls("closed")], [
                        H.el("th", [Attr("scope", "row")], [
                            H.el("time", [Attr("datetime", day.date.description)],
                                 text: "\(t.weekday(day.date.weekday)), \(t.date(day.date))"),
                        ]),
                        H.el("td", [], text: day.isOpen ? ranges(day.ranges) : t.closed),
                        H.el("td", [], text: notes.joined(separator: "; ")),
                    ])
                }),
            ]))
        }
        if !m.services.isEmpty {
            main.append(H.el("h2", [], text: t.servicesHere))
            main.append(H.el("ul", [], m.services.map { s in
                H.el("li", [], [
                    H.link(PageRoute.service(s.slug).path(l), s.name.text(l)),
                    H.txt(o.desks[s.slug].map { " (\(t.desks($0)))" } ?? ""),
                ])
            }))
        }
        return Layout.render(.init(title: o.name.text(l), route: .office(o.slug), language: l), t, main: main)
    }
}
