import Domain
import Foundation

extension MyData {
    static func view(_ m: Model, _ t: Strings) -> String {
        let e = m.export, s = t.staff, l = m.language, w = MyDataWording.of(l), ledger = LedgerStrings.of(l)
        /// A stored instant for a person: "21.12.2026. 09:40" (the document keeps RFC 3339).
        func when(_ text: String) -> String { RigaTime.parse(text).map(t.moment) ?? text }
        func office(_ slug: String) -> String { m.offices[slug]?.text(l) ?? slug }
        func service(_ slug: String) -> String { m.services[slug]?.text(l) ?? slug }
        let labels: [(String, String)] = [("name", s.nameLabel), ("surname", s.surnameLabel),
                                          ("personalCode", s.personalCodeLabel), ("birthDate", s.birthDateLabel),
                                          ("documentNumber", s.documentLabel), ("phone", s.phoneLabel),
                                          ("email", t.emailLabel), ("language", s.languageLabel),
                                          ("registered", s.registeredLabel)]
        func value(_ key: String, _ raw: String) -> String {
            switch key {
            case "language": return w.languageName(raw)
            case "registered": return when(raw)
            case "birthDate": return LocalDate(iso: raw).map(t.date) ?? raw
            default: return raw
            }
        }
        var main: [Body] = [
            H.el("h1", [], text: t.myDataTitle),
            H.el("p", [], text: t.myDataIntro),
            H.el("h2", [], text: t.myDataRecord),
            H.el("dl", [.cls("contacts")], labels.compactMap { key, label in
                e.client[key].map { [H.el("dt", [], text: label), H.el("dd", [], text: value(key, $0))] }
            }.flatMap { $0 }),
        ]
        if !e.bookings.isEmpty {
            main.append(H.el("h2", [.id("bookings")], text: w.bookingsTitle))
            main.append(table("bookings", [w.code, t.booking.serviceLabel, t.booking.officeLabel, t.booking.timeLabel, ledger.status],
                              e.bookings.map { [$0.code, service($0.service), office($0.office),
                                                RigaTime.parse($0.start).map(t.appointment) ?? $0.start, ledger.status($0.status)] }))
        }
        if !e.visits.isEmpty {
            main.append(H.el("h2", [.id("visits")], text: w.visitsTitle))
            main.append(table("visits", [t.myDataWhen, w.visitNumber, t.booking.serviceLabel, t.booking.officeLabel, ledger.status],
                              e.visits.map { [LocalDate(iso: $0.day).map(t.date) ?? $0.day, $0.number, service($0.service),
                                              office($0.office), ledger.status($0.status)] }))
        }
        main.append(H.el("h2", [.id("reads")], text: t.myDataReads))
        if e.reads.isEmpty {
            main.append(H.el("p", [], text: t.myDataNoReads))
        } else {
            main.append(table("reads", [t.myDataWhen, t.myDataRoles, t.myDataOffices, t.myDataPurpose], e.reads.map { r in
                [when(r.at), r.roles.compactMap(Role.init(rawValue:)).map(s.role).joined(separator: ", "),
                 r.offices.map(office).joined(separator: ", "), w.purposes[r.purpose] ?? r.purpose]
            }))
        }
        main.append(H.el("h2", [], text: t.myDataChanges))
        main.append(H.el("ul", [], e.changes.map {
            H.el("li", [], text: "\(when($0.at)): \(w.changes[$0.action] ?? $0.action)")
        }))
        main.append(H.el("h2", [], text: t.myDataRetention))
        main.append(H.el("p", [], text: m.retention.map { w.retention($0.days(for: .clients), $0.days(for: .accessLog)) } ?? e.retention))
        if let path = m.downloadPath { main.append(H.el("p", [], [H.link(path, t.myDataDownload)])) }
        main.append(H.el("p", [], [H.link(PageRoute.privacy.path(l), t.privacyTitle)]))
        return Layout.render(.init(title: t.myDataTitle, route: nil, language: l), t, main: main)
    }

    /// A table that stacks on a phone, each cell labelled by its column.
    private static func table(_ id: String, _ heads: [String], _ rows: [[String]]) -> Body {
        H.el("table", [.cls("stack-on-phone"), .aria("labelledby", id)], [
            H.el("thead", [], [H.el("tr", [], heads.map { H.el("th", [Attr("scope", "col")], text: $0) })]),
            H.el("tbody", [], rows.map { row in
                H.el("tr", [], zip(heads, row).map { head, cell in H.el("td", [Attr("data-label", head)], text: cell) })
            }),
        ])
    }
}
