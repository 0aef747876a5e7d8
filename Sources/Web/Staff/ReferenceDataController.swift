import Domain
import Foundation
import UseCases
import Vapor

/// Reference data an administrator corrects (S-INFO): office exceptions, one-off holidays,
/// release rules and each office's visit settings.
struct ReferenceDataController: Sendable {
    /// What the redirect after a saved or deleted entry says (post/redirect/get: a refresh repeats nothing).
    private func done(_ req: Request, _ l: Language) -> String? {
        let told = req.query[Int.self, at: "told"] ?? 0
        switch req.query[String.self, at: "done"] {
        case "saved": return StaffStrings.of(l).savedNotified(told)
        case "removed": return CalendarListStrings.of(l).removed(told)
        case "gone": return CalendarListStrings.of(l).alreadyGone
        case "release": return StaffBookingStrings.of(l).releaseSaved
        case "visit": return VisitSettingsStrings.of(l).saved
        default: return nil
        }
    }

    /// The calendar page after a change: the notice in the query, the browser at the changed section.
    private func saved(_ req: Request, _ l: Language, _ done: String, told: Int = 0, at anchor: String) -> Response {
        req.redirect(to: "\(StaffPage.calendar.path(l))?done=\(done)&told=\(told)#\(anchor)", redirectType: .normal)
    }

    func calendarAdmin(_ req: Request, _ l: Language, notice: String?, errors: [(field: String, message: String)],
                       status: HTTPResponseStatus, confirm: CalendarEntry? = nil) async throws -> Response {
        let (user, _) = try req.requireStaff(.referenceEdit)
        let store = req.stores.reference
        let adjustments = try await store.calendarAdjustments()
        let rules = try await store.releaseRules()
        let exceptions = try await store.recordedExceptions(from: req.today)
        // "Edit" links name an entry in the query (`edit=<kind>&office=&service=&date=`); a refused
        // form is shown again with what was typed.
        var values: [String: String] = [:]
        var editing: CalendarEntry?
        if !errors.isEmpty {
            values = ((try? req.content.decode([String: String].self)) ?? [:]).filter { $0.key != "_csrf" }
        } else if let kind = req.query[String.self, at: "edit"],
                  let entry = CalendarEntry(kind: kind, office: req.query[String.self, at: "office"],
                                            service: req.query[String.self, at: "service"], date: req.query[String.self, at: "date"]) {
            switch entry {
            case .exception(let office, let date):
                if let e = exceptions.first(where: { $0.officeSlug == office && $0.exception.date == date })?.exception {
                    values = ["office": office, "date": date.description, "kind": e.kind.rawValue, "ranges": TimeRange.format(e.ranges),
                              "reasonLv": e.reason?.lv ?? "", "reasonEn": e.reason?.en ?? ""]
                    editing = entry
                }
            case .holiday(let date):
                if let h = adjustments.oneOffHolidays.first(where: { $0.date == date }) {
                    values = ["holidayDate": date.description, "nameLv": h.name.lv, "nameEn": h.name.en ?? ""]
                    editing = entry
                }
            case .transfer(let dayOff):
                if let tr = adjustments.transfers.first(where: { $0.dayOff == dayOff }) {
                    values = ["dayOff": dayOff.description, "workingDay": tr.workingSaturday.description, "replacing": dayOff.description]
                    editing = entry
                }
            case .releaseRule(let office, let service):
                if let r = rules.first(where: { $0.officeSlug == office && $0.serviceSlug == service }) {
                    values = ["releaseOffice": office ?? "", "releaseService": service ?? "",
                              "releaseTime": r.schedule.releaseTime.description, "daysAhead": String(r.schedule.daysAhead),
                              "leadMinutes": String(r.schedule.minimumLeadMinutes)]
                    editing = entry
                }
            case .festivalDay:
                break
            }
        }
        return html(CalendarAdmin.view(.init(language: l, csrf: try await req.formToken(), user: user,
                                             offices: try await store.offices(),
                                             adjustments: adjustments,
                                             services: try await store.services().filter(\.needsAppointment),
                                             releaseRules: rules,
                                             notice: notice ?? (errors.isEmpty && confirm == nil ? done(req, l) : nil), errors: errors,
                                             visitSettings: try await store.allVisitSettings(),
                                             visitOffice: req.query[String.self, at: "visitOffice"]
                                                ?? (try? req.content.get(String.self, at: "visitOffice")),
                                             exceptions: exceptions, today: req.today, values: values, editing: editing,
                                             confirm: confirm),
                                        .of(l)), status: status)
    }

    /// Deletes a recorded entry after a second question (issue 16, item 6): the first post shows
    /// what goes and what that does to clients; the confirmed one removes it, tells the clients it
    /// displaces, and redirects.
    func remove(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        func field(_ name: String) -> String? { (try? req.content.get(String.self, at: name)).map { String($0.prefix(100)) } }
        guard let entry = CalendarEntry(kind: field("what") ?? "", office: field("office"), service: field("service"),
                                        date: field("date")) else { throw Abort(.badRequest) }
        guard field("confirmed") == "yes" else {
            return try await calendarAdmin(req, l, notice: nil, errors: [], status: .ok, confirm: entry)
        }
        let told = try await req.useCases.changeReferenceData(actor: admin.id.uuidString).remove(entry)
        return saved(req, l, told == nil ? "gone" : "removed", told: told ?? 0, at: CalendarAdmin.section(entry))
    }

    /// A refusal beside the form's fields, in the page's words.
    private func refused(_ req: Request, _ l: Language, _ problem: ReferenceProblem) async throws -> Response {
        let s = StaffStrings.of(l), b = StaffBookingStrings.of(l), v = VisitSettingsStrings.of(l)
        let errors = problem.fields.map { f -> (field: String, message: String) in
            switch f.issue {
            case .required, .notADate, .unknownOffice, .unknownService: return (f.name, s.fieldRequired)
            case .transfer, .alreadyThere, .tooLong, .notAPhone, .notAnEmail, .notAPostalCode, .tooManyRanges, .notHTTPS, .taken:
                return (f.name, ReferenceWording.detail(f.issue, l))
            case .badRanges: return (f.name, s.badRanges)
            case .badTime: return (f.name, b.badTime)
            case .outOfRange:
                switch f.name {
                case "daysAhead": return (f.name, b.badDaysAhead)
                case "leadMinutes": return (f.name, b.badLead)
                default: return (f.name, v.outOfRange)
                }
            }
        }
        return try await calendarAdmin(req, l, notice: nil, errors: errors, status: .unprocessableEntity)
    }

    /// Records an office exception; clients whose appointment it displaces are told (I-BOOK).
    func addException(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        struct Input: Content { var office: String?, date: String?, kind: String?, ranges: String?, reasonLv: String?, reasonEn: String? }
        let i = try req.content.decode(Input.self)
        do {
            let notified = try await req.useCases.changeReferenceData(actor: admin.id.uuidString).officeException(
                office: i.office ?? "", date: i.date ?? "", kind: i.kind ?? "", ranges: i.ranges ?? "", reasonLv: i.reasonLv,
                reasonEn: i.reasonEn)
            return saved(req, l, "saved", told: notified, at: "exception")
        } catch let problem as ReferenceProblem {
            return try await refused(req, l, problem)
        }
    }

    /// A release schedule for an office and/or service; clients see it at once on the booking pages.
    func setReleaseRule(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        struct Input: Content {
            var releaseOffice: String?, releaseService: String?, releaseTime: String?, daysAhead: String?, leadMinutes: String?
        }
        let i = try req.content.decode(Input.self)
        do {
            try await req.useCases.changeReferenceData(actor: admin.id.uuidString).releaseRule(
                office: i.releaseOffice, service: i.releaseService, releaseTime: i.releaseTime ?? "", daysAhead: i.daysAhead ?? "",
                leadMinutes: i.leadMinutes ?? "")
            return saved(req, l, "release", at: "release")
        } catch let problem as ReferenceProblem {
            return try await refused(req, l, problem)
        }
    }

    /// An office's visit numbers (check-in window, quota, cut-off, fairness rule); audited.
    func setVisitSettings(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        func int(_ name: String) -> Int? { (try? req.content.get(String.self, at: name)).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } }
        let quotaText = ((try? req.content.get(String.self, at: "dailyQuota")) ?? "").trimmingCharacters(in: .whitespaces)
        // A field that is not a number is out of range (-1), like one that is.
        let quota = quotaText.isEmpty ? nil : (Int(quotaText) ?? -1)
        let settings = VisitSettings(
            checkIn: CheckInRule(earliestMinutes: int("earliestMinutes") ?? -1, graceMinutes: int("graceMinutes") ?? -1),
            walkIn: WalkInRule(dailyQuota: quota, cutoffMinutes: int("cutoffMinutes") ?? -1),
            callOrder: CallOrder(appointmentsBeforeWalkIn: int("appointmentsBeforeWalkIn") ?? -1,
                                 walkInWaitMinutes: int("walkInWaitMinutes") ?? -1),
            closing: ClosingRule(policy: ClosingRule.Policy(rawValue: (try? req.content.get(String.self, at: "closingPolicy")) ?? "")
                                     ?? .serve,
                                 passValidDays: int("passValidDays") ?? -1, extraDaysAhead: int("extraDaysAhead") ?? -1))
        do {
            try await req.useCases.changeReferenceData(actor: admin.id.uuidString).visitSettings(
                office: (try? req.content.get(String.self, at: "visitOffice")) ?? "", settings)
            return req.redirect(to: "\(StaffPage.calendar.path(l))?done=visit&visitOffice=\((try? req.content.get(String.self, at: "visitOffice")) ?? "")#visit",
                                redirectType: .normal)
        } catch let problem as ReferenceProblem {
            return try await refused(req, l, problem)
        }
    }

    /// A one-off public holiday; clients whose appointment it displaces are told (I-BOOK).
    func addHoliday(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        do {
            let notified = try await req.useCases.changeReferenceData(actor: admin.id.uuidString).oneOffHoliday(
                date: (try? req.content.get(String.self, at: "holidayDate")) ?? "",
                nameLv: (try? req.content.get(String.self, at: "nameLv")) ?? "",
                nameEn: (try? req.content.get(String.self, at: "nameEn")) ?? "")
            return saved(req, l, "saved", told: notified, at: "holiday")
        } catch let problem as ReferenceProblem {
            return try await refused(req, l, problem)
        }
    }

    /// A working day moved to a Saturday (Labour Law §133(4)); the same use case as the API's.
    func addTransfer(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        do {
            let notified = try await req.useCases.changeReferenceData(actor: admin.id.uuidString).transfer(
                dayOff: (try? req.content.get(String.self, at: "dayOff")) ?? "",
                workingDay: (try? req.content.get(String.self, at: "workingDay")) ?? "",
                reason: try? req.content.get(String.self, at: "reason"),
                replacing: try? req.content.get(String.self, at: "replacing"))
            return saved(req, l, "saved", told: notified, at: "transfer")
        } catch let problem as ReferenceProblem {
            return try await refused(req, l, problem)
        }
    }

    /// The Song and Dance Festival's closing day (a weekend one gives the Monday off).
    func addFestivalDay(_ req: Request, _ l: Language) async throws -> Response {
        let (admin, _) = try req.requireStaff(.referenceEdit)
        do {
            let notified = try await req.useCases.changeReferenceData(actor: admin.id.uuidString).songFestivalDay(
                date: (try? req.content.get(String.self, at: "festivalDate")) ?? "")
            return saved(req, l, "saved", told: notified, at: "festival")
        } catch let problem as ReferenceProblem {
            // The form's field is `festivalDate`; the use case names the value `date`.
            return try await refused(req, l, ReferenceProblem(fields: problem.fields.map {
                .init($0.name == "date" ? "festivalDate" : $0.name, $0.issue)
            }))
        }
    }
}
