import Domain
import Foundation
import Plot

extension VisitStats {
    static func view(_ m: Model, _ t: Strings) -> String {
        let s = t.visitStats, l = m.language
        let base = StaffPage.statistics(office: m.office.slug).path(l)
        func f(_ x: Double?) -> String { x.map { String(format: "%.1f", $0) } ?? "—" }
        func name(_ slug: String) -> String { m.serviceNames[slug] ?? slug }
        let multiDay = m.from != m.through
        var main: [Body] = [
            H.el("h1", [], text: "\(s.title) — \(m.office.name.text(l))"),
            H.el("form", [Attr("method", "get"), Attr("action", base), .cls("filters")], [
                Form.field("from", label: s.fromLabel, type: "date", value: m.from.description),
                Form.field("to", label: s.toLabel, type: "date", value: m.through.description),
                H.el("button", [Attr("type", "submit")], text: t.staff.filterButton),
            ]),
            H.el("p", [], [H.link("\(base).csv?from=\(m.from)&to=\(m.through)", s.csvLink)]),
        ]
        if m.stats.rows.isEmpty {
            main.append(H.el("p", [], text: t.staff.noEntries))
        } else {
            let headers = [s.day, s.service, s.visits, s.served, s.noShows, s.meanWait, s.medianWait, s.meanService, s.medianService]
            main.append(H.el("table", [.cls("stack-on-phone"), .aria("label", s.title)], [
                H.el("thead", [], [H.el("tr", [], headers.map { H.el("th", [Attr("scope", "col")], text: $0) })]),
                H.el("tbody", [], m.stats.rows.map { r in
                    let cells = [r.day.description, name(r.serviceSlug), String(r.visits), String(r.served), String(r.noShows),
                                 f(r.meanWaitMinutes), f(r.medianWaitMinutes), f(r.meanServiceMinutes), f(r.medianServiceMinutes)]
                    return H.el("tr", [], zip(headers, cells).map { H.el("td", [Attr("data-label", $0.0)], text: $0.1) })
                }),
            ]))
            let waits = m.stats.rows.map { (label: multiDay ? "\(name($0.serviceSlug)) \($0.day)" : name($0.serviceSlug),
                                             value: $0.medianWaitMinutes ?? 0) }
            main.append(H.el("figure", [], [
                .raw(BarChart.svg(id: "wait-chart", title: s.waitChart, items: waits, unit: s.minutes)),
                H.el("figcaption", [], text: s.waitChart),
            ]))
            main.append(H.el("h2", [.id("counters")], text: s.countersTitle))
            let calls = m.stats.callsPerCounter.map { (label: "\(s.counter) \($0.counter)", value: Double($0.calls)) }
            main.append(H.el("figure", [], [
                .raw(BarChart.svg(id: "counter-chart", title: s.countersTitle, items: calls, unit: s.calls)),
                H.el("figcaption", [], text: s.countersTitle),
            ]))
            main.append(H.el("table", [.aria("labelledby", "counters")], [
                H.el("thead", [], [H.el("tr", [], [H.el("th", [Attr("scope", "col")], text: s.counter),
                                                   H.el("th", [Attr("scope", "col")], text: s.calls)])]),
                H.el("tbody", [], m.stats.callsPerCounter.map { c in
                    H.el("tr", [], [H.el("td", [], text: c.counter), H.el("td", [], text: String(c.calls))])
                }),
            ]))
        }
        return StaffLayout.render(.init(title: s.title, language: l, path: StaffPage.statistics(office: m.office.slug).unprefixed,
                                        user: m.user, csrf: m.csrf), t, main: main)
    }
}

struct VisitStatsStrings: Sendable {
    let title, fromLabel, toLabel, csvLink, day, service, visits, served, noShows: String
    let meanWait, medianWait, meanService, medianService, waitChart, countersTitle, counter, calls, minutes: String

    static func of(_ l: Language) -> VisitStatsStrings { l == .lv ? .lv : .en }

    static let lv = VisitStatsStrings(
        title: "Apmeklējumu statistika", fromLabel: "No", toLabel: "Līdz", csvLink: "Lejupielādēt CSV", day: "Diena",
        service: "Pakalpojums", visits: "Apmeklējumi", served: "Apkalpoti", noShows: "Neieradās",
        meanWait: "Vid. gaidīšana, min", medianWait: "Mediānā gaidīšana, min", meanService: "Vid. apkalpošana, min",
        medianService: "Mediānā apkalpošana, min", waitChart: "Mediānā gaidīšana pa pakalpojumiem (minūtes)",
        countersTitle: "Izsaukumi pa lodziņiem", counter: "Lodziņš", calls: "izsaukumi", minutes: "min")
    static let en = VisitStatsStrings(
        title: "Visit statistics", fromLabel: "From", toLabel: "To", csvLink: "Download CSV", day: "Day",
        service: "Service", visits: "Visits", served: "Served", noShows: "No-shows",
        meanWait: "Mean wait, min", medianWait: "Median wait, min", meanService: "Mean service, min",
        medianService: "Median service, min", waitChart: "Median wait by service (minutes)",
        countersTitle: "Calls per counter", counter: "Counter", calls: "calls", minutes: "min")
}

extension Strings {
    var visitStats: VisitStatsStrings { .of(language) }
}
