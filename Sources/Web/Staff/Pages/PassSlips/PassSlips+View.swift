import Domain
import Foundation
import Plot

extension PassSlips {
    static func view(_ m: Model, _ t: Strings) -> String {
        let c = t.counter, l = m.language
        var main: [Body] = [H.el("h1", [], text: "\(c.passesTitle) — \(m.office.name.text(l))")]
        if m.passes.isEmpty {
            main.append(Form.notice(c.noPasses))
        } else {
            main.append(Form.notice(c.passesIntro(m.passes.count)))
        }
        for slip in m.passes {
            // A slip is read by the client at home: both languages, whatever the clerk's screen shows.
            let service = slip.service
            let lastDay = RigaTime.date(of: slip.expires.addingTimeInterval(-1))
            var body: [Body] = [
                H.el("p", [.cls("ticket-number")], text: slip.number),
                H.el("p", [], [H.txt(service?.lv ?? ""), H.el("span", [.lang("en")], text: service?.en.map { " / \($0)" } ?? "")]),
                H.el("p", [], text: PassSlipText.lv(office: m.office.name.lv, lastDay: lastDay)),
                H.el("p", [], [H.el("a", [.href(slip.urlLv)], text: slip.urlLv)]),
                H.el("p", [.lang("en")], text: PassSlipText.en(office: m.office.name.text(.en), lastDay: lastDay)),
                H.el("p", [.lang("en")], [H.el("a", [.href(slip.urlEn)], text: slip.urlEn)]),
            ]
            if let qr = try? QRCode(slip.urlLv) {
                body.append(H.el("figure", [.cls("qr")], [.raw(qr.svg(moduleSize: 4, label: "\(c.passesTitle): \(slip.number)"))]))
            }
            main.append(H.el("section", [.cls("slip"), .aria("label", slip.number)], body))
        }
        let back = Counter.path(l, office: m.office.slug) + "?counter=\(m.counter)&services=\(m.chosen.sorted().joined(separator: ","))"
        main.append(H.el("p", [.cls("no-print")], [H.link(back, c.title)]))
        return StaffLayout.render(.init(title: c.passesTitle, language: l, path: StaffPage.counter(office: m.office.slug).unprefixed,
                                        user: m.user, csrf: m.csrf), t, main: main)
    }
}
