import Domain

extension CalendarAdmin {
    /// An office's visit numbers (issue 5): check-in window, walk-in quota and cut-off, fairness rule.
    static func visitSection(_ m: Model, _ t: Strings, error: (String) -> String?) -> [Body] {
        let s = t.staff, v = VisitSettingsStrings.of(m.language), l = m.language
        // The form shows the chosen office's rules as they are now (the standard where it has none).
        let chosen = m.visitOffice.flatMap { slug in m.offices.first { $0.slug == slug } }
        let std = chosen.flatMap { m.visitSettings[$0.slug] } ?? VisitSettings.standard
        let own = m.offices.compactMap { office in m.visitSettings[office.slug].map { (office, $0) } }
        return [
            H.el("h2", [.id("visit")], text: v.title),
            H.el("p", [], text: v.intro),
            own.isEmpty ? H.el("p", [], text: v.noneOwn) : H.el("ul", [.aria("label", v.ownTitle)], own.map { office, r in
                H.el("li", [], [
                    H.txt(v.summary(office.name.text(l), r) + " "),
                    H.link("\(StaffPage.calendar.path(l))?visitOffice=\(office.slug)#visit", v.edit, [.aria("label", "\(v.edit): \(office.name.text(l))")]),
                ])
            }),
            H.el("form", [Attr("method", "post"), Attr("action", StaffPage.calendarVisitSettings.path(l)), .aria("labelledby", "visit")], [
                Form.csrf(m.csrf),
                H.el("div", [.cls("field")], [
                    H.el("label", [Attr("for", "visitOffice")], text: s.officeLabel),
                    H.el("select", [.id("visitOffice"), Attr("name", "visitOffice")], m.offices.map {
                        H.el("option", [Attr("value", $0.slug)] + ($0.slug == chosen?.slug ? [.flag("selected")] : []),
                             text: $0.name.text(l))
                    }),
                ]),
                Form.field("earliestMinutes", label: v.earliest, type: "number", value: String(std.checkIn.earliestMinutes),
                           error: error("earliestMinutes")),
                Form.field("graceMinutes", label: v.grace, type: "number", value: String(std.checkIn.graceMinutes),
                           error: error("graceMinutes")),
                Form.field("dailyQuota", label: v.quota, type: "number", value: std.walkIn.dailyQuota.map(String.init) ?? "",
                           hint: v.quotaHint, error: error("dailyQuota"), required: false),
                Form.field("cutoffMinutes", label: v.cutoff, type: "number", value: String(std.walkIn.cutoffMinutes),
                           error: error("cutoffMinutes")),
                Form.field("appointmentsBeforeWalkIn", label: v.appointments, type: "number",
                           value: String(std.callOrder.appointmentsBeforeWalkIn), error: error("appointmentsBeforeWalkIn")),
                Form.field("walkInWaitMinutes", label: v.walkInWait, type: "number", value: String(std.callOrder.walkInWaitMinutes),
                           error: error("walkInWaitMinutes")),
                H.el("fieldset", [], [
                    H.el("legend", [], text: v.closing),
                ] + ClosingRule.Policy.allCases.map { policy in
                    H.el("div", [.cls("check")], [
                        H.void("input", [Attr("type", "radio"), .id("closing-\(policy.rawValue)"), Attr("name", "closingPolicy"),
                                         Attr("value", policy.rawValue)] + (policy == std.closing.policy ? [.flag("checked")] : [])),
                        H.el("label", [Attr("for", "closing-\(policy.rawValue)")], text: v.policy(policy)),
                    ])
                }),
                Form.field("passValidDays", label: v.passDays, type: "number", value: String(std.closing.passValidDays),
                           error: error("passValidDays")),
                Form.field("extraDaysAhead", label: v.extraDays, type: "number", value: String(std.closing.extraDaysAhead),
                           error: error("extraDaysAhead")),
                H.el("button", [Attr("type", "submit")], text: s.saveButtonShort),
            ]),
        ]
    }

    /// Release schedules (I-BOOK): the rules in force, each with edit and delete, and a form to set one.
    static func releaseSection(_ m: Model, _ t: Strings, error: (String) -> String?) -> [Body] {
        let s = t.staff, b = t.staffBooking, l = m.language, c = CalendarListStrings.of(l)
        let std = ReleaseSchedule.standard
        func select(_ id: String, _ label: String, any: String, _ options: [(String, String)]) -> Body {
            H.el("div", [.cls("field")], [
                H.el("label", [Attr("for", id)], text: label),
                H.el("select", [.id(id), Attr("name", id)], [H.el("option", [Attr("value", "")], text: any)]
                     + options.map { H.el("option", [Attr("value", $0.0)] + (m.values[id] == $0.0 ? [.flag("selected")] : []), text: $0.1) }),
            ])
        }
        var body: [Body] = [
            H.el("h2", [.id("release")], text: b.releaseTitle),
            H.el("p", [], text: b.releaseIntro),
            H.el("p", [], text: b.standardRule(std.releaseTime.description, std.daysAhead, std.minimumLeadMinutes)),
        ]
        if !m.releaseRules.isEmpty {
            let heads = [s.officeLabel, b.serviceLabel, b.releaseTimeLabel, b.daysAheadLabel, b.leadLabel, c.actionsColumn]
            body.append(H.el("table", [.cls("stack-on-phone")], [
                H.el("caption", [], text: c.rulesRecorded),
                H.el("thead", [], [H.el("tr", [], heads.map { H.el("th", [Attr("scope", "col")], text: $0) })]),
                H.el("tbody", [], m.releaseRules.map { r in
                    let entry = CalendarEntry.releaseRule(officeSlug: r.officeSlug, serviceSlug: r.serviceSlug)
                    let cells = [officeName(m, r.officeSlug, any: b.anyOffice), serviceName(m, r.serviceSlug, any: b.anyService),
                                 r.schedule.releaseTime.description, String(r.schedule.daysAhead), String(r.schedule.minimumLeadMinutes)]
                    return H.el("tr", [], zip(heads, cells).map { H.el("td", [Attr("data-label", $0.0)], text: $0.1) }
                                + [rowActions(m, entry, anchor: "release", heading: c.actionsColumn)])
                }),
            ]))
        }
        body.append(editingNotice(m, anchor: "release"))
        body.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.calendarRelease.path(l)), .aria("labelledby", "release")], [
            Form.csrf(m.csrf),
            select("releaseOffice", s.officeLabel, any: b.anyOffice, m.offices.map { ($0.slug, $0.name.text(l)) }),
            select("releaseService", b.serviceLabel, any: b.anyService, m.services.map { ($0.slug, $0.name.text(l)) }),
            Form.field("releaseTime", label: b.releaseTimeLabel, value: m.values["releaseTime"] ?? std.releaseTime.description,
                       error: error("releaseTime")),
            Form.field("daysAhead", label: b.daysAheadLabel, type: "number", value: m.values["daysAhead"] ?? String(std.daysAhead),
                       error: error("daysAhead")),
            Form.field("leadMinutes", label: b.leadLabel, type: "number", value: m.values["leadMinutes"] ?? String(std.minimumLeadMinutes),
                       error: error("leadMinutes")),
            H.el("button", [Attr("type", "submit")], text: s.saveButtonShort),
        ]))
        return body
    }

    static func officeName(_ m: Model, _ slug: String?, any: String) -> String {
        slug.flatMap { s in m.offices.first { $0.slug == s }?.name.text(m.language) } ?? slug ?? any
    }

    static func serviceName(_ m: Model, _ slug: String?, any: String) -> String {
        slug.flatMap { s in m.services.first { $0.slug == s }?.name.text(m.language) } ?? slug ?? any
    }

    /// "24.12.2026." with its weekday: how the page names a day.
    static func day(_ d: LocalDate, _ t: Strings) -> String { "\(t.weekday(d.weekday)), \(t.date(d))" }

    /// What an entry is, in a sentence's words: the confirmation asks about it, the buttons name it.
    static func describe(_ entry: CalendarEntry, _ m: Model, _ t: Strings) -> String {
        let s = t.staff, b = t.staffBooking, c = CalendarCorrectionStrings.of(m.language), l = m.language
        switch entry {
        case .exception(let office, let date):
            return "\(s.exceptionTitle): \(officeName(m, office, any: office)), \(day(date, t))"
        case .holiday(let date):
            let name = m.adjustments.oneOffHolidays.first { $0.date == date }?.name.text(l)
            return "\(s.holidayTitle): \(day(date, t))" + (name.map { " (\($0))" } ?? "")
        case .transfer(let dayOff):
            let saturday = m.adjustments.transfers.first { $0.dayOff == dayOff }?.workingSaturday
            return "\(c.transferTitle): " + (saturday.map { c.transferLine(day(dayOff, t), day($0, t)) } ?? day(dayOff, t))
        case .festivalDay(let date):
            return "\(c.festivalTitle): \(day(date, t))"
        case .releaseRule(let office, let service):
            return "\(b.releaseTitle): \(officeName(m, office, any: b.anyOffice)), \(serviceName(m, service, any: b.anyService))"
        }
    }

    /// `edit=<kind>&office=…&date=…`: the query that opens the forms on an entry.
    static func editQuery(_ entry: CalendarEntry) -> String {
        entry.fields.map { "\($0.name == "what" ? "edit" : $0.name)=\($0.value)" }.joined(separator: "&")
    }

    /// A row's "Edit" (the forms below filled with it) and "Delete" (asked a second time).
    static func rowActions(_ m: Model, _ entry: CalendarEntry, anchor: String, heading: String, editable: Bool = true) -> Body {
        let l = m.language, c = CalendarListStrings.of(l), what = describe(entry, m, .of(l))
        let query = editQuery(entry)
        return H.el("td", [Attr("data-label", heading)], [
            H.el("div", [.cls("row-actions")], (editable ? [
                H.link("\(StaffPage.calendar.path(l))?\(query)#\(anchor)", c.edit, [.aria("label", "\(c.edit): \(what)")]),
            ] : []) + [
                H.el("form", [Attr("method", "post"), Attr("action", StaffPage.calendarRemove.path(l)), .cls("inline")],
                     [Form.csrf(m.csrf)] + entry.fields.map {
                         H.void("input", [Attr("type", "hidden"), Attr("name", $0.name), Attr("value", $0.value)])
                     } + [
                         H.el("button", [Attr("type", "submit"), .cls("secondary"), .aria("label", "\(c.remove): \(what)")], text: c.remove),
                     ]),
            ]),
        ])
    }

    /// Above a form that shows an entry being edited: what it is, and the way out of editing.
    static func editingNotice(_ m: Model, anchor: String) -> Body {
        guard let entry = m.editing, section(entry) == anchor else { return H.group([]) }
        let c = CalendarListStrings.of(m.language)
        return H.el("p", [.cls("notice")], [
            H.txt(c.editing(describe(entry, m, .of(m.language))) + " "),
            H.link("\(StaffPage.calendar.path(m.language))#\(anchor)", c.cancelEdit),
        ])
    }

    /// The page's section an entry belongs to (its heading's id).
    static func section(_ entry: CalendarEntry) -> String {
        switch entry {
        case .exception: "exception"
        case .holiday: "holiday"
        case .transfer: "transfer"
        case .festivalDay: "festival"
        case .releaseRule: "release"
        }
    }

    /// The delete's second question: what goes, what that does to clients, yes or back.
    static func confirmPanel(_ m: Model, _ entry: CalendarEntry, _ t: Strings) -> Body {
        let l = m.language, c = CalendarListStrings.of(l)
        return H.el("section", [.cls("confirm-panel"), Attr("role", "alert"), .aria("labelledby", "confirm-question")], [
            H.el("h2", [.id("confirm-question")], text: c.confirmRemove),
            H.el("p", [], [H.el("strong", [], text: describe(entry, m, t))]),
            H.el("p", [], text: c.removeEffect(entry)),
            H.el("form", [Attr("method", "post"), Attr("action", StaffPage.calendarRemove.path(l))],
                 [Form.csrf(m.csrf), H.void("input", [Attr("type", "hidden"), Attr("name", "confirmed"), Attr("value", "yes")])]
                 + entry.fields.map { H.void("input", [Attr("type", "hidden"), Attr("name", $0.name), Attr("value", $0.value)]) }
                 + [H.el("div", [.cls("button-row")], [
                     H.el("button", [Attr("type", "submit"), .cls("danger")], text: c.yesRemove),
                     H.link("\(StaffPage.calendar.path(l))#\(section(entry))", t.staffBooking.back),
                 ])]),
        ])
    }

    /// Every office's exceptions from today: day, office, kind, hours, reason, edit and delete.
    static func exceptionList(_ m: Model, _ t: Strings) -> Body {
        let s = t.staff, l = m.language, c = CalendarListStrings.of(l)
        guard !m.exceptions.isEmpty else { return H.el("p", [.cls("hint")], text: c.noExceptions) }
        let heads = [c.dateColumn, s.officeLabel, s.kindLabel, s.rangesLabel, c.reasonColumn, c.actionsColumn]
        return H.el("div", [.cls("table-scroll")], [H.el("table", [.cls("stack-on-phone")], [
            H.el("caption", [], text: c.exceptionsRecorded),
            H.el("thead", [], [H.el("tr", [], heads.map { H.el("th", [Attr("scope", "col")], text: $0) })]),
            H.el("tbody", [], m.exceptions.map { r in
                let e = r.exception
                let cells = [day(e.date, t), officeName(m, r.officeSlug, any: r.officeSlug), s.exceptionKind(e.kind),
                             e.ranges.isEmpty ? c.hoursClosed : TimeRange.format(e.ranges), e.reason?.text(l) ?? ""]
                return H.el("tr", [], zip(heads, cells).map { H.el("td", [Attr("data-label", $0.0)], text: $0.1) }
                            + [rowActions(m, .exception(officeSlug: r.officeSlug, date: e.date), anchor: "exception",
                                          heading: c.actionsColumn)])
            }),
        ])])
    }

    static func view(_ m: Model, _ t: Strings) -> String {
        let s = t.staff, l = m.language
        func error(_ f: String) -> String? { m.errors.first { $0.field == f }?.message }
        func value(_ f: String) -> String { m.values[f] ?? "" }
        var main: [Body] = [H.el("h1", [], text: s.calendarTitle)]
        if let notice = m.notice { main.append(Form.notice(notice)) }
        if let summary = Form.errorSummary(s.errorSummary, m.errors) { main.append(summary) }
        if let entry = m.confirm { main.append(confirmPanel(m, entry, t)) }
        main.append(H.el("h2", [.id("exception")], text: s.exceptionTitle))
        main.append(exceptionList(m, t))
        main.append(editingNotice(m, anchor: "exception"))
        main.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.calendarExceptions.path(l)),
                                  .aria("labelledby", "exception")], [
            Form.csrf(m.csrf),
            H.el("div", [.cls("field")], [
                H.el("label", [Attr("for", "office")], text: s.officeLabel),
                H.el("select", [.id("office"), Attr("name", "office")], m.offices.map {
                    H.el("option", [Attr("value", $0.slug)] + (m.values["office"] == $0.slug ? [.flag("selected")] : []),
                         text: $0.name.text(l))
                }),
            ]),
            Form.field("date", label: t.dateHeader, type: "date", value: value("date"), error: error("date")),
            H.el("div", [.cls("field")], [
                H.el("label", [Attr("for", "kind")], text: s.kindLabel),
                H.el("select", [.id("kind"), Attr("name", "kind")], OfficeException.Kind.allCases.map {
                    H.el("option", [Attr("value", $0.rawValue)] + (m.values["kind"] == $0.rawValue ? [.flag("selected")] : []),
                         text: s.exceptionKind($0))
                }),
            ]),
            Form.field("ranges", label: s.rangesLabel, value: value("ranges"), hint: s.rangesHint, error: error("ranges"), required: false),
            Form.field("reasonLv", label: s.reasonLvLabel, value: value("reasonLv"), required: false),
            Form.field("reasonEn", label: s.reasonEnLabel, value: value("reasonEn"), required: false),
            H.el("button", [Attr("type", "submit")], text: s.saveButtonShort),
        ]))
        main += holidaySection(m, t, error: error)
        main += correctionSections(m, t, error: error)
        main += releaseSection(m, t, error: error)
        main += visitSection(m, t, error: error)
        // The language switch keeps the entry being edited (issue 16, item 4).
        let query = m.editing.map { "?" + editQuery($0) }
        return StaffLayout.render(.init(title: s.calendarTitle, language: l, path: StaffPage.calendar.unprefixed, user: m.user,
                                        csrf: m.csrf, query: query), t, main: main)
    }

    /// The first day the adjustment lists show: the start of the current year (older ones are history).
    static func listFrom(_ m: Model) -> LocalDate { LocalDate.civil(m.today.year, 1, 1) }

    /// A table of dated entries with their actions; entries before `listFrom` are counted, not shown.
    static func datedTable(_ m: Model, _ t: Strings, caption: String, heads: [String], rows: [(LocalDate, [String], CalendarEntry)],
                           anchor: String, editable: Bool) -> Body {
        let c = CalendarListStrings.of(m.language), from = listFrom(m)
        let shown = rows.filter { $0.0 >= from }.sorted { $0.0 < $1.0 }, hidden = rows.count - shown.count
        guard !shown.isEmpty || hidden > 0 else { return H.el("p", [.cls("hint")], text: CalendarCorrectionStrings.of(m.language).noneRecorded) }
        let heads = heads + [c.actionsColumn]
        return H.group([
            shown.isEmpty ? H.group([]) : H.el("table", [.cls("stack-on-phone")], [
                H.el("caption", [], text: caption),
                H.el("thead", [], [H.el("tr", [], heads.map { H.el("th", [Attr("scope", "col")], text: $0) })]),
                H.el("tbody", [], shown.map { _, cells, entry in
                    H.el("tr", [], zip(heads, cells).map { H.el("td", [Attr("data-label", $0.0)], text: $0.1) }
                         + [rowActions(m, entry, anchor: anchor, heading: c.actionsColumn, editable: editable)])
                }),
            ]),
            hidden > 0 ? H.el("p", [.cls("hint")], text: c.earlierHidden(hidden)) : H.group([]),
        ])
    }

    /// One-off holidays: what is recorded (edit renames, delete gives the day back) and the form.
    static func holidaySection(_ m: Model, _ t: Strings, error: (String) -> String?) -> [Body] {
        let s = t.staff, l = m.language, c = CalendarListStrings.of(l)
        return [
            H.el("h2", [.id("holiday")], text: s.holidayTitle),
            datedTable(m, t, caption: c.holidaysRecorded, heads: [c.dateColumn, c.nameColumn],
                       rows: m.adjustments.oneOffHolidays.map { ($0.date, [day($0.date, t), $0.name.text(l)], .holiday($0.date)) },
                       anchor: "holiday", editable: true),
            editingNotice(m, anchor: "holiday"),
            H.el("form", [Attr("method", "post"), Attr("action", StaffPage.calendarHolidays.path(l)), .aria("labelledby", "holiday")], [
                Form.csrf(m.csrf),
                Form.field("holidayDate", label: t.dateHeader, type: "date", value: m.values["holidayDate"] ?? "", error: error("holidayDate")),
                Form.field("nameLv", label: s.reasonLvLabel, value: m.values["nameLv"] ?? "", error: error("nameLv")),
                Form.field("nameEn", label: s.reasonEnLabel, value: m.values["nameEn"] ?? "", required: false),
                H.el("button", [Attr("type", "submit")], text: s.saveButtonShort),
            ]),
        ]
    }
}

struct VisitSettingsStrings: Sendable {
    let title, intro, earliest, grace, quota, quotaHint, cutoff, appointments, walkInWait, saved, outOfRange: String
    let closing, passDays, extraDays: String
    let policy: @Sendable (ClosingRule.Policy) -> String
    let ownTitle, noneOwn, edit: String
    let summary: @Sendable (String, VisitSettings) -> String

    static func of(_ l: Language) -> VisitSettingsStrings { l == .lv ? .lv : .en }

    static let lv = VisitSettingsStrings(
        title: "Apmeklējuma noteikumi nodaļā",
        intro: "Reģistrācijas logs, biļešu limits un izsaukšanas kārtība; nodaļai bez saviem noteikumiem spēkā standarta.",
        earliest: "Reģistrēties ne agrāk kā (min pirms pieraksta)", grace: "Pieņemt nokavējušos līdz (min pēc sākuma)",
        quota: "Biļešu limits dienā katram pakalpojumam", quotaHint: "Tukšs — bez limita.",
        cutoff: "Pēdējā biļete (min pirms slēgšanas)", appointments: "Pierakstu izsaukumi pēc kārtas pirms gaidītāja bez pieraksta",
        walkInWait: "…ja tas gaida ilgāk par (min)", saved: "Apmeklējuma noteikumi saglabāti.",
        outOfRange: "Vērtība ir ārpus pieļaujamām robežām.",
        closing: "Pieņemšanas laika beigās tie, kas vēl gaida",
        passDays: "Prioritātes karte derīga (dienas)", extraDays: "Karte atver dienas papildus publiskajām (dienas)",
        policy: { $0 == .serve ? "tiek apkalpoti visi" : "saņem prioritātes pieraksta karti" },
        ownTitle: "Nodaļas ar saviem noteikumiem", noneOwn: "Visās nodaļās spēkā standarta noteikumi.", edit: "Labot",
        summary: { office, r in
            "\(office): reģistrācija no \(r.checkIn.earliestMinutes) min pirms, nokavējums līdz \(r.checkIn.graceMinutes) min, "
                + "biļetes \(r.walkIn.dailyQuota.map(String.init) ?? "bez limita") dienā, pēdējā \(r.walkIn.cutoffMinutes) min pirms "
                + "slēgšanas, \(r.callOrder.appointmentsBeforeWalkIn) pieraksti pirms gaidītāja (> \(r.callOrder.walkInWaitMinutes) min), "
                + "beigās: " + (r.closing.policy == .serve ? "apkalpo visus" : "prioritātes kartes uz \(r.closing.passValidDays) d.")
        })
    static let en = VisitSettingsStrings(
        title: "Visit rules of an office",
        intro: "Check-in window, ticket quota and call order; an office without its own uses the standard.",
        earliest: "Check in no earlier than (min before the appointment)", grace: "Accept late arrivals until (min after the start)",
        quota: "Tickets per service per day", quotaHint: "Empty: no quota.",
        cutoff: "Last ticket (min before closing)", appointments: "Appointment calls in a row before a walk-in",
        walkInWait: "…who has waited longer than (min)", saved: "Visit rules saved.",
        outOfRange: "The value is out of range.",
        closing: "At the end of reception, those still waiting",
        passDays: "A priority pass is valid for (days)", extraDays: "A pass opens days beyond the public window (days)",
        policy: { $0 == .serve ? "are all served" : "get a priority booking pass" },
        ownTitle: "Offices with their own rules", noneOwn: "Every office uses the standard rules.", edit: "Edit",
        summary: { office, r in
            "\(office): check-in from \(r.checkIn.earliestMinutes) min before, late until \(r.checkIn.graceMinutes) min, "
                + "\(r.walkIn.dailyQuota.map(String.init) ?? "unlimited") tickets a day, last \(r.walkIn.cutoffMinutes) min before closing, "
                + "\(r.callOrder.appointmentsBeforeWalkIn) appointments before a walk-in (> \(r.callOrder.walkInWaitMinutes) min), "
                + "at closing: " + (r.closing.policy == .serve ? "all served" : "priority passes for \(r.closing.passValidDays) days")
        })
}

extension CalendarAdmin {
    /// Transfers and festival days: what is recorded, with edit and delete, and a form for each
    /// (Labour Law §133(4)).
    static func correctionSections(_ m: Model, _ t: Strings, error: (String) -> String?) -> [Body] {
        let l = m.language, c = CalendarCorrectionStrings.of(l), list = CalendarListStrings.of(l)
        // Editing a transfer sends which one it replaces, so the two go in one transaction.
        let replacing: [Body] = m.values["replacing"].map {
            [H.void("input", [Attr("type", "hidden"), Attr("name", "replacing"), Attr("value", $0)])]
        } ?? []
        return [
            H.el("h2", [.id("transfer")], text: c.transferTitle),
            H.el("p", [], text: c.transferIntro),
            datedTable(m, t, caption: list.transfersRecorded, heads: [c.dayOffLabel, c.workingDayLabel],
                       rows: m.adjustments.transfers.map { ($0.dayOff, [day($0.dayOff, t), day($0.workingSaturday, t)], .transfer(dayOff: $0.dayOff)) },
                       anchor: "transfer", editable: true),
            editingNotice(m, anchor: "transfer"),
            H.el("form", [Attr("method", "post"), Attr("action", StaffPage.calendarTransfers.path(l)), .aria("labelledby", "transfer")],
                 [Form.csrf(m.csrf)] + replacing + [
                Form.field("dayOff", label: c.dayOffLabel, type: "date", value: m.values["dayOff"] ?? "", error: error("dayOff")),
                Form.field("workingDay", label: c.workingDayLabel, type: "date", value: m.values["workingDay"] ?? "", error: error("workingDay")),
                Form.field("reason", label: c.reasonLabel, value: m.values["reason"] ?? "", required: false),
                H.el("button", [Attr("type", "submit")], text: c.save),
            ]),
            H.el("h2", [.id("festival")], text: c.festivalTitle),
            H.el("p", [], text: c.festivalIntro),
            datedTable(m, t, caption: list.festivalRecorded, heads: [list.dateColumn],
                       rows: m.adjustments.songFestivalClosingDays.map { ($0, [day($0, t)], .festivalDay($0)) },
                       anchor: "festival", editable: false),
            H.el("form", [Attr("method", "post"), Attr("action", StaffPage.calendarFestivalDays.path(l)), .aria("labelledby", "festival")], [
                Form.csrf(m.csrf),
                Form.field("festivalDate", label: c.festivalDateLabel, type: "date", value: m.values["festivalDate"] ?? "",
                           error: error("festivalDate")),
                H.el("button", [Attr("type", "submit")], text: c.save),
            ]),
        ]
    }
}
