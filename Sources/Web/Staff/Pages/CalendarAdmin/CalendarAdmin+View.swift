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

    /// Release schedules (I-BOOK): the rules in force and a form to set one.
    static func releaseSection(_ m: Model, _ t: Strings, error: (String) -> String?) -> [Body] {
        let s = t.staff, b = t.staffBooking, l = m.language
        let std = ReleaseSchedule.standard
        func name(_ slug: String?, any: String, in list: [(String, String)]) -> String {
            slug.flatMap { s in list.first { $0.0 == s }?.1 } ?? any
        }
        let offices = m.offices.map { ($0.slug, $0.name.text(l)) }
        let services = m.services.map { ($0.slug, $0.name.text(l)) }
        func select(_ id: String, _ label: String, any: String, _ options: [(String, String)]) -> Body {
            H.el("div", [.cls("field")], [
                H.el("label", [Attr("for", id)], text: label),
                H.el("select", [.id(id), Attr("name", id)], [H.el("option", [Attr("value", "")], text: any)]
                     + options.map { H.el("option", [Attr("value", $0.0)], text: $0.1) }),
            ])
        }
        var body: [Body] = [
            H.el("h2", [.id("release")], text: b.releaseTitle),
            H.el("p", [], text: b.releaseIntro),
            H.el("p", [], text: b.standardRule(std.releaseTime.description, std.daysAhead, std.minimumLeadMinutes)),
        ]
        if !m.releaseRules.isEmpty {
            body.append(H.el("table", [.cls("stack-on-phone"), .aria("labelledby", "release")], [
                H.el("thead", [], [H.el("tr", [], [s.officeLabel, b.serviceLabel, b.releaseTimeLabel, b.daysAheadLabel, b.leadLabel]
                    .map { H.el("th", [Attr("scope", "col")], text: $0) })]),
                H.el("tbody", [], m.releaseRules.map { r in
                    H.el("tr", [], [
                        H.el("td", [], text: name(r.officeSlug, any: b.anyOffice, in: offices)),
                        H.el("td", [], text: name(r.serviceSlug, any: b.anyService, in: services)),
                        H.el("td", [], text: r.schedule.releaseTime.description),
                        H.el("td", [], text: String(r.schedule.daysAhead)),
                        H.el("td", [], text: String(r.schedule.minimumLeadMinutes)),
                    ])
                }),
            ]))
        }
        body.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.calendarRelease.path(l)), .aria("labelledby", "release")], [
            Form.csrf(m.csrf),
            select("releaseOffice", s.officeLabel, any: b.anyOffice, offices),
            select("releaseService", b.serviceLabel, any: b.anyService, services),
            Form.field("releaseTime", label: b.releaseTimeLabel, value: std.releaseTime.description, error: error("releaseTime")),
            Form.field("daysAhead", label: b.daysAheadLabel, type: "number", value: String(std.daysAhead), error: error("daysAhead")),
            Form.field("leadMinutes", label: b.leadLabel, type: "number", value: String(std.minimumLeadMinutes),
                       error: error("leadMinutes")),
            H.el("button", [Attr("type", "submit")], text: s.saveButtonShort),
        ]))
        return body
    }

    static func view(_ m: Model, _ t: Strings) -> String {
        let s = t.staff, l = m.language
        func error(_ f: String) -> String? { m.errors.first { $0.field == f }?.message }
        var main: [Body] = [H.el("h1", [], text: s.calendarTitle)]
        if let notice = m.notice { main.append(Form.notice(notice)) }
        if let summary = Form.errorSummary(s.errorSummary, m.errors) { main.append(summary) }
        main.append(H.el("h2", [.id("exception")], text: s.exceptionTitle))
        main.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.calendarExceptions.path(l)),
                                  .aria("labelledby", "exception")], [
            Form.csrf(m.csrf),
            H.el("div", [.cls("field")], [
                H.el("label", [Attr("for", "office")], text: s.officeLabel),
                H.el("select", [.id("office"), Attr("name", "office")], m.offices.map {
                    H.el("option", [Attr("value", $0.slug)], text: $0.name.text(l))
                }),
            ]),
            Form.field("date", label: t.dateHeader, type: "date", error: error("date")),
            H.el("div", [.cls("field")], [
                H.el("label", [Attr("for", "kind")], text: s.kindLabel),
                H.el("select", [.id("kind"), Attr("name", "kind")], OfficeException.Kind.allCases.map {
                    H.el("option", [Attr("value", $0.rawValue)], text: s.exceptionKind($0))
                }),
            ]),
            Form.field("ranges", label: s.rangesLabel, hint: s.rangesHint, error: error("ranges"), required: false),
            Form.field("reasonLv", label: s.reasonLvLabel, required: false),
            Form.field("reasonEn", label: s.reasonEnLabel, required: false),
            H.el("button", [Attr("type", "submit")], text: s.saveButtonShort),
        ]))
        main.append(H.el("h2", [.id("holiday")], text: s.holidayTitle))
        main.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.calendarHolidays.path(l)),
                                  .aria("labelledby", "holiday")], [
            Form.csrf(m.csrf),
            Form.field("holidayDate", label: t.dateHeader, type: "date", error: error("holidayDate")),
            Form.field("nameLv", label: s.reasonLvLabel, error: error("nameLv")),
            Form.field("nameEn", label: s.reasonEnLabel, required: false),
            H.el("button", [Attr("type", "submit")], text: s.saveButtonShort),
        ]))
        main += correctionSections(m, error: error)
        main += releaseSection(m, t, error: error)
        main += visitSection(m, t, error: error)
        return StaffLayout.render(.init(title: s.calendarTitle, language: l, path: StaffPage.calendar.unprefixed, user: m.user,
                                        csrf: m.csrf), t, main: main)
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
    /// Transfers and festival days: what is recorded, and a form for each (Labour Law §133(4)).
    static func correctionSections(_ m: Model, error: (String) -> String?) -> [Body] {
        let l = m.language, c = CalendarCorrectionStrings.of(l)
        let transfers = m.adjustments.transfers.sorted { $0.dayOff > $1.dayOff }.prefix(8)
        let festival = m.adjustments.songFestivalClosingDays.sorted(by: >).prefix(4)
        func recorded(_ lines: [String]) -> Body {
            lines.isEmpty ? H.el("p", [.cls("hint")], text: c.noneRecorded)
                : H.el("div", [], [H.el("p", [], text: c.recorded), H.el("ul", [], lines.map { H.el("li", [], text: $0) })])
        }
        return [
            H.el("h2", [.id("transfer")], text: c.transferTitle),
            H.el("p", [], text: c.transferIntro),
            recorded(transfers.map { c.transferLine($0.dayOff.description, $0.workingSaturday.description) }),
            H.el("form", [Attr("method", "post"), Attr("action", StaffPage.calendarTransfers.path(l)), .aria("labelledby", "transfer")], [
                Form.csrf(m.csrf),
                Form.field("dayOff", label: c.dayOffLabel, type: "date", error: error("dayOff")),
                Form.field("workingDay", label: c.workingDayLabel, type: "date", error: error("workingDay")),
                Form.field("reason", label: c.reasonLabel, required: false),
                H.el("button", [Attr("type", "submit")], text: c.save),
            ]),
            H.el("h2", [.id("festival")], text: c.festivalTitle),
            H.el("p", [], text: c.festivalIntro),
            recorded(festival.map { $0.description }),
            H.el("form", [Attr("method", "post"), Attr("action", StaffPage.calendarFestivalDays.path(l)), .aria("labelledby", "festival")], [
                Form.csrf(m.csrf),
                Form.field("festivalDate", label: c.festivalDateLabel, type: "date", error: error("festivalDate")),
                H.el("button", [Attr("type", "submit")], text: c.save),
            ]),
        ]
    }
}
