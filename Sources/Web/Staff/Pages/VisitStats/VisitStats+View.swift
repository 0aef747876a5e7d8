import Domain
import Foundation
import Plot

extension VisitStats {
    static func view(_ m: Model, _ t: Strings) -> String {
        let s = t.visitStats, l = m.language
        let base = StaffPage.statistics(office: m.office.slug).path(l)
        func f(_ x: Double?) -> String { x.map { BarChart.number($0, decimals: 1, l) } ?? "—" }
        func name(_ slug: String) -> String { m.serviceNames[slug] ?? slug }
        let multiDay = m.from != m.through
        var main: [Body] = [
            H.el("h1", [], text: "\(s.title) — \(m.office.name.text(l))"),
            H.el("form", [Attr("method", "get"), Attr("action", base), .cls("filters")], [
                Form.field("from", label: s.fromLabel, type: "date", value: m.from.description),
                Form.field("to", label: s.toLabel, type: "date", value: m.through.description),
                m.comparable.isEmpty ? H.group([]) : H.el("details", [] + (m.compared.isEmpty ? [] : [.flag("open")]), [
                    H.el("summary", [], text: s.compareTitle),
                    H.el("fieldset", [], [H.el("legend", [], text: s.compareHint(TrendChart.palette.count - 1))]
                         + m.comparable.map { o in
                        H.el("div", [.cls("check")], [
                            H.void("input", [Attr("type", "checkbox"), .id("compare-\(o.slug)"), Attr("name", "compare[]"),
                                             Attr("value", o.slug)] + (m.compared.contains(o.slug) ? [.flag("checked")] : [])),
                            H.el("label", [Attr("for", "compare-\(o.slug)")], text: o.name.text(l)),
                        ])
                    }),
                ]),
                H.el("button", [Attr("type", "submit")], text: t.staff.filterButton),
            ]),
            H.el("p", [], [H.link("\(base).csv?from=\(m.from)&to=\(m.through)", s.csvLink)]),
        ]
        if multiDay, let first = m.trends.first {
            // Day by day: visits, then the median wait; the same figures in the table under them.
            let days = first.trend.days.map(\.day)
            let names = m.trends.map { $0.office.name.text(l) }
            main.append(H.el("h2", [.id("trend")], text: s.trendTitle))
            main.append(H.el("figure", [], [
                .raw(TrendChart.svg(id: "visits-trend", title: s.visitsPerDay, days: days,
                                    series: m.trends.map { ($0.office.name.text(l), $0.trend.days.map { Double($0.visits) }) },
                                    dayLabel: { t.date($0) }, valueText: { s.visitCount(Int($0)) })),
                H.el("figcaption", [], text: s.visitsPerDay),
            ]))
            main.append(H.el("figure", [], [
                .raw(TrendChart.svg(id: "wait-trend", title: s.waitPerDay, days: days,
                                    series: m.trends.map { ($0.office.name.text(l), $0.trend.days.map(\.medianWaitMinutes)) },
                                    dayLabel: { t.date($0) }, valueText: { "\(BarChart.number($0, decimals: 1, l)) \(s.minutes)" })),
                H.el("figcaption", [], text: s.waitPerDay),
            ]))
            let heads = [s.day] + names.flatMap { ["\($0): \(s.visits)", "\($0): \(s.medianWait)"] }
            main.append(H.el("div", [.cls("table-scroll"), Attr("tabindex", "0"), Attr("role", "region"), .aria("labelledby", "trend")], [
                H.el("table", [.cls("stack-on-phone stats")], [
                    H.el("thead", [], [H.el("tr", [], heads.map { H.el("th", [Attr("scope", "col")], text: $0) })]),
                    H.el("tbody", [], days.indices.map { i in
                        let cells = [t.date(days[i])] + m.trends.flatMap { o -> [String] in
                            let d = o.trend.days[i]
                            return [String(d.visits), f(d.medianWaitMinutes)]
                        }
                        return H.el("tr", [], zip(heads, cells).map { H.el("td", [Attr("data-label", $0.0)], text: $0.1) })
                    }),
                ]),
            ]))
        }
        if m.stats.rows.isEmpty {
            main.append(H.el("p", [], text: t.staff.noEntries))
        } else {
            let headers = [s.day, s.service, s.visits, s.served, s.noShows, s.meanWait, s.medianWait, s.meanService, s.medianService]
            // Nine columns with long Latvian headings: they wrap, and the table scrolls within the
            // page rather than past it (issue 16, item 8).
            main.append(H.el("div", [.cls("table-scroll"), Attr("tabindex", "0"), Attr("role", "region"), .aria("label", s.title)], [
                H.el("table", [.cls("stack-on-phone stats")], [
                    H.el("thead", [], [H.el("tr", [], headers.map { H.el("th", [Attr("scope", "col")], text: $0) })]),
                    H.el("tbody", [], m.stats.rows.map { r in
                        let cells = [t.date(r.day), name(r.serviceSlug), String(r.visits), String(r.served), String(r.noShows),
                                     f(r.meanWaitMinutes), f(r.medianWaitMinutes), f(r.meanServiceMinutes), f(r.medianServiceMinutes)]
                        return H.el("tr", [], zip(headers, cells).map { H.el("td", [Attr("data-label", $0.0)], text: $0.1) })
                    }),
                ]),
            ]))
            let waits = m.stats.rows.map { (label: multiDay ? "\(t.date($0.day)) \(name($0.serviceSlug))" : name($0.serviceSlug),
                                             value: $0.medianWaitMinutes ?? 0) }
            main.append(H.el("figure", [], [
                .raw(BarChart.svg(id: "wait-chart", title: s.waitChart, items: waits,
                                  valueText: { "\(BarChart.number($0, decimals: 1, l)) \(s.minutes)" })),
                H.el("figcaption", [], text: s.waitChart),
            ]))
            main.append(H.el("h2", [.id("counters")], text: s.countersTitle))
            let calls = m.stats.callsPerCounter.map { (label: "\(s.counter) \($0.counter)", value: Double($0.calls)) }
            main.append(H.el("figure", [], [
                .raw(BarChart.svg(id: "counter-chart", title: s.countersTitle, items: calls, valueText: { s.calls(Int($0)) })),
                H.el("figcaption", [], text: s.countersTitle),
            ]))
            main.append(H.el("table", [.aria("labelledby", "counters")], [
                H.el("thead", [], [H.el("tr", [], [H.el("th", [Attr("scope", "col")], text: s.counter),
                                                   H.el("th", [Attr("scope", "col")], text: s.countersTitle)])]),
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
    let meanWait, medianWait, meanService, medianService, waitChart, countersTitle, counter, minutes: String
    let trendTitle, visitsPerDay, waitPerDay, compareTitle: String
    let compareHint: @Sendable (Int) -> String
    let visitCount: @Sendable (Int) -> String
    /// "2 izsaukumi" / "1 call": a count is a whole number with its noun's form.
    let calls: @Sendable (Int) -> String

    static func of(_ l: Language) -> VisitStatsStrings { l == .lv ? .lv : .en }

    static let lv = VisitStatsStrings(
        title: "Apmeklējumu statistika", fromLabel: "No", toLabel: "Līdz", csvLink: "Lejupielādēt CSV", day: "Diena",
        service: "Pakalpojums", visits: "Apmeklējumi", served: "Apkalpoti", noShows: "Neieradās",
        meanWait: "Vid. gaidīšana, min", medianWait: "Mediānā gaidīšana, min", meanService: "Vid. apkalpošana, min",
        medianService: "Mediānā apkalpošana, min", waitChart: "Mediānā gaidīšana pa pakalpojumiem (minūtes)",
        countersTitle: "Izsaukumi pa lodziņiem", counter: "Lodziņš", minutes: "min",
        trendTitle: "Pa dienām", visitsPerDay: "Apmeklējumi dienā", waitPerDay: "Mediānā gaidīšana dienā (minūtes)",
        compareTitle: "Salīdzināt ar citām nodaļām",
        compareHint: { "Līdz \($0) \(LatvianPlural.form($0, one: "nodaļai", many: "nodaļām")) blakus šai" },
        visitCount: { "\($0) \(LatvianPlural.form($0, one: "apmeklējums", many: "apmeklējumi"))" },
        calls: { "\($0) \(LatvianPlural.form($0, one: "izsaukums", many: "izsaukumi"))" })
    static let en = VisitStatsStrings(
        title: "Visit statistics", fromLabel: "From", toLabel: "To", csvLink: "Download CSV", day: "Day",
        service: "Service", visits: "Visits", served: "Served", noShows: "No-shows",
        meanWait: "Mean wait, min", medianWait: "Median wait, min", meanService: "Mean service, min",
        medianService: "Median service, min", waitChart: "Median wait by service (minutes)",
        countersTitle: "Calls per counter", counter: "Counter", minutes: "min",
        trendTitle: "Day by day", visitsPerDay: "Visits per day", waitPerDay: "Median wait per day (minutes)",
        compareTitle: "Compare with other offices",
        compareHint: { "Up to \($0) \(EnglishPlural.form($0, one: "office", many: "offices")) beside this one" },
        visitCount: { "\($0) \(EnglishPlural.form($0, one: "visit", many: "visits"))" },
        calls: { "\($0) \(EnglishPlural.form($0, one: "call", many: "calls"))" })
}

extension Strings {
    var visitStats: VisitStatsStrings { .of(language) }
}
