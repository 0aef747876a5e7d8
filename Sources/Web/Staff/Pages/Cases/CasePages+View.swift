import Domain
import Foundation

extension CasePages {

    static func row(_ label: String, _ value: String?) -> [Body] {
        [H.el("dt", [], text: label), H.el("dd", [], text: value ?? "—")]
    }

    static func list(_ m: ListModel, _ t: Strings) -> String {
        let c = CaseStrings.of(m.language), l = m.language
        var main: [Body] = [H.el("h1", [], text: c.title), H.el("p", [], text: c.intro)]
        if m.canRegister { main.append(H.el("p", [], [H.link(StaffPage.caseNew.path(l), c.register, [.cls("button")])])) }
        func option(_ value: String, _ label: String, _ selected: Bool) -> Body {
            H.el("option", [Attr("value", value)] + (selected ? [.flag("selected")] : []), text: label)
        }
        main.append(H.el("form", [Attr("method", "get"), Attr("action", StaffPage.cases.path(l)), .cls("filters")], [
            H.el("fieldset", [], [
                H.el("legend", [], text: c.filterLegend),
                H.el("label", [Attr("for", "status")], text: c.statusLabel),
                H.el("select", [.id("status"), Attr("name", "status")],
                     [option("", c.any, m.status == nil)] + CaseStatus.allCases.map { option($0.rawValue, c.statusName($0), m.status == $0) }),
                H.el("label", [Attr("for", "due")], text: c.dueLabel),
                H.el("select", [.id("due"), Attr("name", "due")], [
                    option("", c.any, m.due == nil), option("overdue", c.overdue, m.due == .overdue), option("soon", c.dueSoon, m.due == .soon),
                ]),
                Form.checkbox("mine", c.mine, on: m.mine),
                H.el("button", [Attr("type", "submit")], text: c.show),
            ]),
        ]))
        if m.cases.isEmpty {
            main.append(H.el("p", [], text: c.none))
        } else {
            let headers = [c.reference, c.office, c.channel, c.trust, c.received, c.due, c.status]
            main.append(H.el("table", [.cls("stack-on-phone"), .aria("label", c.title)], [
                H.el("thead", [], [H.el("tr", [], headers.map { H.el("th", [Attr("scope", "col")], text: $0) })]),
                H.el("tbody", [], m.cases.map { k in
                    let late = k.status == .open && k.dueDate < m.today
                    return H.el("tr", late ? [.cls("overdue")] : [], [
                        H.el("td", [Attr("data-label", c.reference)], [H.link(StaffPage.caseShow(k.id.uuidString).path(l), k.reference)]),
                        H.el("td", [Attr("data-label", c.office)], text: k.officeSlug),
                        H.el("td", [Attr("data-label", c.channel)], text: c.channelName(k.channel)),
                        H.el("td", [Attr("data-label", c.trust)], text: c.trustName(k.trust)),
                        H.el("td", [Attr("data-label", c.received)], text: t.moment(k.receivedAt)),
                        H.el("td", [Attr("data-label", c.due)], [H.txt(t.date(k.dueDate)),
                                                                  late ? H.el("strong", [.cls("badge")], text: " " + c.overdue) : H.group([])]),
                        H.el("td", [Attr("data-label", c.status)], text: c.statusName(k.status)),
                    ])
                }),
            ]))
        }
        return StaffLayout.render(.init(title: c.title, language: l, path: StaffPage.cases.unprefixed, user: m.user, csrf: m.csrf),
                                  t, main: main)
    }

    static func new(_ m: NewModel, _ t: Strings) -> String {
        let c = CaseStrings.of(m.language), l = m.language, r = m.refill
        func select(_ name: String, _ label: String, _ options: [(String, String)]) -> Body {
            let chosen = r.value(name, options.first?.0)
            return H.el("div", [.cls("field")], [
                H.el("label", [Attr("for", name)], text: label),
                r.error(name).map { H.el("p", [.id("\(name)-error"), .cls("field-error")], text: $0) } ?? H.group([]),
                H.el("select", [.id(name), Attr("name", name)], options.map { value, text in
                    H.el("option", [Attr("value", value)] + (value == chosen ? [.flag("selected")] : []), text: text)
                }),
            ])
        }
        var main: [Body] = [H.el("h1", [], text: m.complaintOf.map { c.complaintTitle($0.reference) } ?? c.newTitle),
                            H.el("p", [], text: c.newIntro)]
        if let summary = Form.errorSummary(c.errorTitle, r.errors) { main.append(summary) }
        var complaint: [Body] = []
        if let original = m.complaintOf {
            complaint = [
                H.void("input", [Attr("type", "hidden"), Attr("name", "complaintOf"), Attr("value", original.id.uuidString)]),
                select("about", c.complaintAbout, ComplaintSubject.allCases.map { ($0.rawValue, c.complaintSubject($0)) }),
            ]
        }
        main.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.caseNew.path(l)),
                                  Attr("enctype", "multipart/form-data"), Attr("novalidate", "novalidate")], [
            Form.csrf(m.csrf),
            H.group(complaint),
            select("channel", c.channel, [SubmissionChannel.oral, .inPerson, .post].map { ($0.rawValue, c.channelName($0)) }),
            H.el("p", [.cls("hint")], text: c.oralHint),
            select("officeId", c.office, m.offices.map { ($0.slug, $0.name.text(l)) }),
            r.field("receivedAt", c.receivedAtLabel, hint: c.receivedAtHint),
            H.el("fieldset", [], [
                H.el("legend", [], text: c.submitterLegend),
                Form.checkbox("anonymous", c.anonymous, on: r.checked("anonymous", false)),
                r.field("name", c.name, autocomplete: "off"),
                r.field("surname", c.surname, autocomplete: "off"),
                r.field("personalCode", c.personalCode, autocomplete: "off"),
                r.field("dateOfBirth", c.dateOfBirth, hint: c.dateOfBirthHint, autocomplete: "off"),
                r.field("email", c.email, type: "email", autocomplete: "off"),
                r.field("phone", c.phone, type: "tel", autocomplete: "off"),
                r.field("postalAddress", c.postalAddress, autocomplete: "off"),
                select("language", c.language, Language.allCases.map { ($0.rawValue, c.languageName($0)) }),
            ]),
            r.field("subject", c.subject, required: true),
            Form.textArea("text", label: c.text, value: r.value("text", nil), error: r.error("text"), maxLength: SubmissionIntake.Limits.text),
            Form.checkbox("moreInformationNeeded", c.moreInformation, on: r.checked("moreInformationNeeded", false), hint: c.moreInformationHint),
            r.field("moreInformationReason", c.moreInformationReason),
            Form.attachments(c.attachments, hint: c.attachmentsHint, error: r.error("attachments")),
            H.el("button", [Attr("type", "submit")], text: c.submit),
        ]))
        return StaffLayout.render(.init(title: c.newTitle, language: l, path: StaffPage.caseNew.unprefixed, user: m.user, csrf: m.csrf),
                                  t, main: main)
    }

    static func show(_ m: ShowModel, _ t: Strings) -> String {
        let c = CaseStrings.of(m.language), l = m.language, k = m.file.case, id = k.id.uuidString
        var main: [Body] = [H.el("h1", [], text: "\(k.reference) — \(k.subject)")]
        if let notice = m.notice { main.append(Form.notice(notice)) }
        if let summary = Form.errorSummary(c.errorTitle, m.errors) { main.append(summary) }
        var facts = row(c.status, c.statusName(k.status)) + row(c.office, m.officeName) + row(c.channel, c.channelName(k.channel))
            + row(c.trust, c.trustName(k.trust)) + row(c.received, t.moment(k.receivedAt))
        if let division = k.divisionAddress { facts += row(c.divisionAddress, division) }
        if let complaint = k.complaint { facts += row(c.reference, c.complaintOf(complaint.caseID.uuidString)) }
        if let handed = k.copyHandedOverAt { facts += row(c.copyHandedOver, t.moment(handed)) }
        facts += row(c.assignedTo, m.assignee.map { "\($0.name) \($0.surname)" })
        main.append(H.el("dl", [.cls("contacts")], facts))

        var deadlines = row(c.due, t.date(k.dueDate)) + row(c.referralDue, t.date(k.referralDueDate))
        if let s = k.suspension { deadlines += row(c.statusName(.suspended), c.suspendedSince(t.date(s.since), s.reason)) }
        if let reason = k.moreInformationReason { deadlines += row(c.moreInformation, c.moreInformationGiven(reason)) }
        main += [H.el("h2", [], text: c.deadlinesHeading), H.el("dl", [.cls("contacts")], deadlines)]

        main.append(H.el("h2", [], text: c.submitterHeading))
        if let p = k.submitter {
            main.append(H.el("dl", [.cls("contacts")], row(c.name, p.fullName) + row(c.personalCode, p.personalCode)
                + row(c.dateOfBirth, p.dateOfBirth.map(t.date)) + row(c.email, p.email) + row(c.phone, p.phone)
                + row(c.postalAddress, p.postalAddress) + row(c.language, c.languageName(k.language))))
        } else {
            main.append(H.el("p", [], text: c.noSubmitter))
        }
        main += [H.el("h2", [], text: c.textHeading), H.el("pre", [.cls("submission-text")], text: k.text)]
        if k.channel == .oral || k.channel == .inPerson {
            main.append(H.el("p", [], [H.link(StaffPage.caseCopy(id).path(l), c.copyLink)]))
        }

        if let d = k.decision {
            var rows = row(c.outcome, c.outcomeName(d.outcome)) + row(c.reason, d.reason.isEmpty ? nil : d.reason)
            if !d.legalBasis.isEmpty {
                rows += row(c.legalBasisLegend, d.legalBasis.map { LegalAct.cite($0, language: l, acts: m.catalogue.acts) }.joined(separator: "; "))
            }
            main += [H.el("h2", [], text: c.decisionHeading), H.el("dl", [.cls("contacts")], rows)]
            if let appeal = d.appeal { main += [H.el("h3", [], text: c.appealHeading), H.el("p", [], text: appeal.text)] }
        }
        if let r = k.referral, let institution = m.catalogue.anyInstitution(r.institutionID) {
            main.append(H.el("p", [], text: "\(c.statusName(.referred)): \(institution.name.text(l)) (\(t.date(r.on)))"))
        }

        if !m.file.attachments.isEmpty {
            main.append(H.el("h2", [], text: c.attachmentsHeading))
            main.append(H.el("ul", [], m.file.attachments.map { a in
                H.el("li", [], [H.link(StaffPage.caseAttachment(id, a.id.uuidString).path(l), a.fileName),
                                H.txt(" (\(a.mediaType), \(max(1, (a.size + 1023) / 1024)) KB)")])
            }))
        }
        let corrections = m.file.deliveries.values.filter { $0.kind == .correction }.sorted { $0.sendAfter < $1.sendAfter }
        if !m.file.letters.isEmpty || !corrections.isEmpty {
            let w = LetterStrings.of(l), notified = m.file.notifiedOn
            main.append(H.el("h2", [], text: c.lettersHeading))
            main.append(H.el("ul", [], m.file.letters.map { letter in
                // How it left (issue 15): its outbox status, or "to print" for a postal letter; and
                // the day it counts as notified when the law gives one (FACTS.md §2).
                var delivery = m.file.deliveries[letter.id].map { "\(t.staff.mailboxStatus($0.status)), \(t.staff.mailboxAttempts($0.delivery.attempts))" }
                    ?? c.toPrint
                if let day = notified[letter.id] { delivery += ", " + w.notifiedOn(t.date(day)) }
                return H.el("li", [], [H.link(StaffPage.caseLetter(id, letter.id.uuidString).path(l), c.letterPurpose(letter.purpose)),
                                       H.txt(" — \(letter.recipient) (\(delivery))")])
            } + corrections.map { fix in
                // S-MAIL-FIX: a correction with apology, linked to the letter it corrects.
                let of = m.file.letters.first { $0.id == fix.correctsID }.map { c.letterPurpose($0.purpose) } ?? fix.subject
                return H.el("li", [], text: "\(w.correctionOf): \(of) (\(t.staff.mailboxStatus(fix.status)), "
                                + "\(t.staff.mailboxAttempts(fix.delivery.attempts)))")
            }))
        }

        main.append(H.el("h2", [], text: c.actionsHeading))
        main += actions(m, c)

        if m.canRegister {
            main.append(H.el("p", [], [H.link(StaffPage.caseNew.path(l) + "?complaintOf=\(id)", c.registerComplaint)]))
        }
        main.append(H.el("h2", [], text: c.timelineHeading))
        main.append(H.el("ol", [.cls("timeline")], m.file.events.map { e in
            H.el("li", [], text: "\(t.moment(e.at)) — \(c.eventName(e.kind))" + (e.kind == .note || e.kind == .suspended ? ": \(e.detail)" : ""))
        }))
        main.append(H.el("p", [], [H.link(StaffPage.cases.path(l), c.title)]))
        return StaffLayout.render(.init(title: k.reference, language: l, path: StaffPage.caseShow(id).unprefixed, user: m.user,
                                        csrf: m.csrf), t, main: main)
    }

    static func actions(_ m: ShowModel, _ c: CaseStrings) -> [Body] {
        let l = m.language, k = m.file.case, id = k.id.uuidString
        func form(_ action: String, _ legend: String, _ fields: [Body], _ button: String) -> Body {
            H.el("form", [Attr("method", "post"), Attr("action", StaffPage.caseAction(id, action).path(l)), .cls("case-action")], [
                Form.csrf(m.csrf),
                H.el("fieldset", [], [H.el("legend", [], text: legend)] + fields + [H.el("button", [Attr("type", "submit")], text: button)]),
            ])
        }
        func error(_ f: String) -> String? { m.errors.first { $0.field == f }?.message }
        var out: [Body] = []
        if (k.channel == .oral || k.channel == .inPerson), k.copyHandedOverAt == nil, m.canRegister {
            out.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.caseHandedOver(id).path(l))], [
                Form.csrf(m.csrf), H.el("button", [Attr("type", "submit")], text: c.copyHandedOver),
            ]))
        }
        guard m.canWork else { return out }
        // A letter may be written to a closed case too (general information, a further answer).
        out += composer(m)
        if k.status.isClosed {
            out.append(H.el("p", [], text: c.closedNotice))
            return out
        }
        if k.trust == .unsigned {
            out.append(H.el("div", [.cls("notice")], [
                H.el("p", [], text: c.unsignedNotice),
                H.el("blockquote", [], text: CaseLetters.howToSubmit(k.language, agency: m.agency)),
            ]))
        }
        if !m.officers.isEmpty {
            out.append(form("assign", c.assignLegend, [
                H.el("label", [Attr("for", "officerId")], text: c.assignedTo),
                H.el("select", [.id("officerId"), Attr("name", "officerId")], [H.el("option", [Attr("value", "")], text: c.nobody)]
                     + m.officers.map { u in
                         H.el("option", [Attr("value", u.id.uuidString)] + (u.id == k.assignedTo ? [.flag("selected")] : []),
                              text: "\(u.name) \(u.surname)")
                     }),
            ], c.assign))
        }
        if k.status == .suspended {
            out.append(form("resume", c.resume, [], c.resume))
        } else {
            out.append(form("suspend", c.suspendLegend, [Form.field("reason", label: c.reason, error: error("reason"))], c.suspend))
        }
        func option(_ value: String, _ text: String) -> Body { H.el("option", [Attr("value", value)], text: text) }
        out.append(form("refer", c.referLegend, [
            H.el("label", [Attr("for", "institutionId")], text: c.institution),
            H.el("select", [.id("institutionId"), Attr("name", "institutionId")], m.catalogue.activeInstitutions.map { option($0.id, $0.name.text(l)) }),
        ], c.refer))
        let outcomes: [DecisionOutcome] = k.trust == .unsigned ? [.generalInformation]
            : DecisionOutcome.allCases.filter { $0 != .notExamined || k.trust == .anonymous }
        var decide: [Body] = [
            H.el("label", [Attr("for", "outcome")], text: c.outcome),
            H.el("select", [.id("outcome"), Attr("name", "outcome")], outcomes.map { option($0.rawValue, c.outcomeName($0)) }),
            Form.textArea("decisionReason", label: c.reason, value: "", error: error("decisionReason"), maxLength: CaseWork.Limits.reason),
        ]
        if k.trust != .unsigned {
            var rows: [Body] = [H.el("p", [.id("legal-basis-hint"), .cls("hint")], text: c.legalBasisHint)]
            if let e = error("legalBasis") { rows.append(H.el("p", [.id("legalBasis"), .cls("field-error")], text: e)) }
            for i in 0..<3 {
                rows.append(H.el("div", [.cls("legal-basis-row")], [
                    H.el("label", [Attr("for", "act\(i)")], text: "\(c.act) \(i + 1)"),
                    H.el("select", [.id("act\(i)"), Attr("name", "act\(i)")],
                         [option("", c.noAct)] + m.catalogue.activeActs.map { option($0.id, $0.name.text(l)) }),
                    Form.field("section\(i)", label: "\(c.section) \(i + 1)", error: error("section\(i)"), required: false),
                    Form.field("paragraph\(i)", label: "\(c.paragraph) \(i + 1)", error: error("paragraph\(i)"), required: false),
                ]))
            }
            decide.append(H.el("fieldset", [.aria("describedby", "legal-basis-hint")], [H.el("legend", [], text: c.legalBasisLegend)] + rows))
        }
        out.append(form("decide", c.decideLegend, decide, c.decide))
        out.append(form("note", c.noteLegend, [Form.textArea("note", label: c.note, value: "", error: error("note"),
                                                              maxLength: CaseWork.Limits.note)], c.addNote))
        return out
    }

    /// The letter composer (issue 15, item 1): a template or the officer's own words; preview shows
    /// the letter with its greeting and signature before anything is saved.
    static func composer(_ m: ShowModel) -> [Body] {
        let l = m.language, k = m.file.case, w = LetterStrings.of(l)
        let refill = Form.Refill(errors: m.errors, typed: m.draft)
        func select(_ name: String, _ label: String, _ options: [(String, String)], selected: String) -> Body {
            H.el("div", [.cls(refill.error(name) == nil ? "field" : "field has-error")], [
                H.el("label", [Attr("for", name)], text: label),
                refill.error(name).map { H.el("p", [.id("\(name)-error"), .cls("field-error")], text: $0) } ?? H.group([]),
                H.el("select", [.id(name), Attr("name", name)] + (refill.error(name) == nil ? [] : [.aria("describedby", "\(name)-error")]),
                     options.map { value, text in
                         H.el("option", [Attr("value", value)] + (value == selected ? [.flag("selected")] : []), text: text)
                     }),
            ])
        }
        // The channels the case has an address for come first; post is always possible.
        var channels: [LetterComposer.Channel] = []
        if k.submitter?.email != nil { channels.append(.email) }
        if LetterComposer.eAddress(of: k.submitter) != nil { channels.append(.eAddress) }
        channels.append(.post)
        let fields: [Body] = [
            H.el("p", [.cls("hint")], text: w.hint),
            select("letterTemplate", w.template, [("", w.ownText)] + LetterTemplate.Purpose.composable.map { ($0.rawValue, w.templateName($0)) },
                   selected: refill.value("letterTemplate", k.trust == .unsigned ? LetterTemplate.Purpose.howToSubmit.rawValue : "")),
            select("letterLanguage", w.language, Language.allCases.map { ($0.rawValue, w.languageName($0)) },
                   selected: refill.value("letterLanguage", k.language.rawValue)),
            select("letterChannel", w.channel, channels.map { ($0.rawValue, w.channelName($0)) },
                   selected: refill.value("letterChannel", channels[0].rawValue)),
            Form.field("letterSubject", label: w.subject, value: refill.value("letterSubject", nil), hint: w.subjectHint,
                       error: refill.error("letterSubject"), required: false),
            Form.field("letterReason", label: w.reason, value: refill.value("letterReason", nil), hint: w.reasonHint,
                       error: refill.error("letterReason"), required: false),
            Form.textArea("letterText", label: w.text, value: refill.value("letterText", nil), error: refill.error("letterText"),
                          maxLength: LetterComposer.Limits.text),
        ]
        var out: [Body] = []
        if let preview = m.preview {
            out.append(H.el("section", [.cls("letter-preview"), .aria("labelledby", "letter-preview-heading")], [
                H.el("h3", [.id("letter-preview-heading")], text: w.previewHeading),
                H.el("p", [.cls("hint")], text: w.previewHint),
                H.el("p", [], text: "\(preview.recipient)\(preview.address.map { ", \($0)" } ?? "")"),
                H.el("h4", [.lang(preview.language.rawValue)], text: preview.subject),
                H.el("pre", [.cls("submission-text"), .lang(preview.language.rawValue)], text: preview.body),
            ]))
        }
        out.append(H.el("form", [Attr("method", "post"), Attr("action", StaffPage.caseAction(k.id.uuidString, "letter").path(l)),
                                 .cls("case-action"), .id("letter")], [
            Form.csrf(m.csrf),
            H.el("fieldset", [], [H.el("legend", [], text: w.legend)] + fields + [
                H.el("div", [.cls("button-row")], [
                    H.el("button", [Attr("type", "submit"), Attr("name", "intent"), Attr("value", "preview"), .cls("secondary")], text: w.preview),
                    H.el("button", [Attr("type", "submit"), Attr("name", "intent"), Attr("value", "send")], text: w.send),
                ]),
            ]),
        ]))
        return out
    }

    /// S-ORAL: the written-down submission as the client takes it away — printed without the menu.
    static func copy(_ m: CopyModel, _ t: Strings) -> String {
        let c = CaseStrings.of(m.language), l = m.language, k = m.file.case
        var rows = row(c.reference, k.reference) + row(c.received, t.moment(k.receivedAt)) + row(c.office, m.officeName)
        if let p = k.submitter {
            rows += row(c.submitterHeading, p.fullName) + row(c.personalCode, p.personalCode) + row(c.postalAddress, p.postalAddress)
                + row(c.email, p.email) + row(c.phone, p.phone)
        }
        rows += row(c.due, t.date(k.dueDate))
        let main: [Body] = [
            H.el("p", [.cls("hint no-print")], text: c.printHint),
            H.el("article", [.cls("printable-copy")], [
                H.el("h1", [], text: "\(c.copyTitle) \(k.reference)"),
                H.el("p", [], text: c.copyIntro),
                H.el("dl", [.cls("contacts")], rows),
                H.el("h2", [], text: k.subject),
                H.el("pre", [.cls("submission-text")], text: k.text),
                H.el("p", [], text: "\(c.writtenBy): \(m.user.name) \(m.user.surname)\(m.user.position.map { ", \($0)" } ?? "")"),
                H.el("p", [.cls("signature-line")], text: c.submitterSignature),
                H.el("p", [.cls("signature-line")], text: c.clerkSignature),
            ]),
            H.el("p", [.cls("no-print")], [H.link(StaffPage.caseShow(k.id.uuidString).path(l), c.backToCase)]),
        ]
        return StaffLayout.render(.init(title: c.copyTitle, language: l, path: StaffPage.caseCopy(k.id.uuidString).unprefixed,
                                        user: m.user, csrf: m.csrf), t, main: main)
    }

    static func letter(_ m: LetterModel, _ t: Strings) -> String {
        let c = CaseStrings.of(m.language), l = m.language, letter = m.letter, id = m.case.id.uuidString
        let main: [Body] = [
            H.el("p", [.cls("hint no-print")], text: c.printHint),
            H.el("article", [.cls("printable-copy"), .lang(letter.language.rawValue)], [
                H.el("p", [], text: "\(c.letterTo): \(letter.recipient)\(letter.address.map { ", \($0)" } ?? "")"),
                H.el("p", [], text: t.date(RigaTime.date(of: letter.createdAt))),
                H.el("h1", [], text: letter.subject),
                H.el("pre", [.cls("submission-text")], text: letter.body),
            ]),
        ] + (m.notice.map { [H.el("p", [.cls("notice no-print"), Attr("role", "status")], text: $0)] } ?? []) + (m.canCorrect ? [
            H.el("div", [.cls("no-print")], [
                Mailbox.correctionForm(action: StaffPage.caseAction(id, "correct").path(l), csrf: m.csrf, refill: m.refill, language: l,
                                       hidden: [H.void("input", [Attr("type", "hidden"), Attr("name", "letterId"), Attr("value", letter.id.uuidString)])]),
            ]),
        ] : []) + [
            H.el("p", [.cls("no-print")], [H.link(StaffPage.caseShow(id).path(l), c.backToCase)]),
        ]
        return StaffLayout.render(.init(title: letter.subject, language: l, path: StaffPage.caseLetter(id, letter.id.uuidString).unprefixed,
                                        user: m.user, csrf: m.csrf), t, main: main)
    }
}
