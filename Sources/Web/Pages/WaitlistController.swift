import Domain
import Foundation
import UseCases
import Vapor

/// Waitlist pages: join from the booking steps; the entry's page (`/gaidu-saraksts/{id}?token=…`)
/// to see one's place or leave; the offer page (`/gaidu-saraksts/piedavajums/{token}`) to accept or
/// decline a held time. Same rules and flows as the API.
struct WaitlistController: Sendable {
    func register(_ app: Application) {
        for l in Language.allCases {
            let book = (l == .lv ? app.grouped("pierakstities") : app.grouped("en", "book")).grouped(CSRFMiddleware())
            let join: PathComponent = l == .lv ? "gaidu-saraksts" : "waitlist"
            book.get(":service", ":office", join) { req in try await joinForm(req, l, values: [:], errors: [], status: .ok) }
            book.post(":service", ":office", join) { req in try await joinSubmit(req, l) }

            let own = (l == .lv ? app.grouped("gaidu-saraksts") : app.grouped("en", "waitlist")).grouped(CSRFMiddleware())
            let offer: PathComponent = l == .lv ? "piedavajums" : "offer"
            own.get(offer, ":token") { req in
                try await offerPage(req, l, notice: req.query[String.self, at: "done"] == "declined" ? WaitlistStrings.of(l).declined : nil,
                                    error: nil)
            }
            own.post(offer, ":token", "accept") { req in try await accept(req, l) }
            own.post(offer, ":token", "decline") { req in try await decline(req, l) }
            own.get(":id") { req in try await entryAfterRedirect(req, l) }
            own.post(":id", "leave") { req in try await leave(req, l) }
        }
    }

    private func officeAndService(_ req: Request) async throws -> (Office, Service) {
        do {
            return try await req.useCases.findFreeTimes()
                .officeAndService(req.parameters.get("office") ?? "", req.parameters.get("service") ?? "")
        } catch is BookingProblem {
            throw Abort(.notFound)
        }
    }

    func joinForm(_ req: Request, _ l: Language, values: [String: String], errors: [(field: String, message: String)],
                  status: HTTPResponseStatus) async throws -> Response {
        let (office, service) = try await officeAndService(req)
        var values = values
        let today = RigaTime.date(of: req.clock.now())
        if values["from"] == nil { values["from"] = today.next.description }
        if values["to"] == nil { values["to"] = today.adding(days: 30).description }
        let path = Waitlist.joinPath(l, service: service.slug, office: office.slug)
        return html(Waitlist.joinView(.init(language: l, service: service, office: office,
                                             holdMinutes: req.services.waitlistRule.holdMinutes, values: values,
                                             errors: errors, csrf: try await req.anonymousFormToken(for: path)), .of(l)),
                    status: status)
    }

    func joinSubmit(_ req: Request, _ l: Language) async throws -> Response {
        let (office, service) = try await officeAndService(req)
        struct Input: Content {
            var from: String?, to: String?, name: String?, surname: String?, personalCode: String?, dateOfBirth: String?
            var documentNumber: String?, phone: String?, email: String?, language: String?, interpreter: String?
        }
        let i = try req.content.decode(Input.self)
        // What was typed, to give back with the errors.
        let values = (try? req.content.decode([String: String].self)) ?? [:]
        let form = BookingForm(officeSlug: office.slug, serviceSlug: service.slug, name: i.name ?? "", surname: i.surname ?? "",
                               personalCode: i.personalCode, dateOfBirth: i.dateOfBirth, documentNumber: i.documentNumber,
                               phone: i.phone, email: i.email, language: i.language == "en" ? .en : .lv,
                               interpreter: i.interpreter == "yes")
        let strings = ProblemStrings.of(l), now = req.clock.now()
        do {
            let request = try form.waitlist(from: i.from ?? "", to: i.to ?? "", today: RigaTime.date(of: now))
            let join = req.useCases.joinWaitlist
            let (entry, token) = try await join(request)
            // Post/redirect/get (issue 16, item 6): the entry's page, which a refresh only reads.
            return req.redirect(to: "\(WaitlistEntry.path(l, id: entry.id))?token=\(token)&done=joined", redirectType: .normal)
        } catch let problems as BookingForm.Problems {
            return try await joinForm(req, l, values: values, errors: FormWording.fields(problems, strings),
                                      status: .unprocessableEntity)
        } catch let problem as BookingProblem {
            let (errors, status) = FormWording.fields(problem, strings, whole: "from")
            return try await joinForm(req, l, values: values, errors: errors, status: HTTPResponseStatus(statusCode: Int(status)))
        }
    }

    private func token(_ req: Request) -> String {
        req.query[String.self, at: "token"] ?? (try? req.content.get(String.self, at: "token")) ?? ""
    }

    /// The entry's page; after joining (`done=joined`) it shows the link to keep — on screen the
    /// link stays on this site — and after leaving it says so.
    func entryAfterRedirect(_ req: Request, _ l: Language) async throws -> Response {
        switch req.query[String.self, at: "done"] {
        case "joined":
            return try await entryPage(req, l, entryURL: "\(req.url.path)?token=\(token(req))", notice: nil, status: .ok)
        case "left": return try await entryPage(req, l, entryURL: nil, notice: WaitlistStrings.of(l).leftNotice, status: .ok)
        default: return try await entryPage(req, l, entryURL: nil, notice: nil, status: .ok)
        }
    }

    func entryPage(_ req: Request, _ l: Language, entry given: (WaitlistEntry, String)? = nil, entryURL: String?,
                   notice: String?, status: HTTPResponseStatus) async throws -> Response {
        let store = req.stores.waitlist
        let token = given?.1 ?? self.token(req)
        guard let id = given?.0.id ?? req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let entry = try await store.entry(id: id, token: token),
              let office = try await req.stores.reference.office(slug: entry.officeSlug),
              let service = try await req.stores.reference.service(slug: entry.serviceSlug) else {
            throw Abort(.notFound)
        }
        let leave = "\(WaitlistEntry.path(l, id: entry.id))/leave"
        return html(Waitlist.entryView(.init(
            language: l, entry: entry, office: office, service: service, position: try await store.position(of: entry),
            entryURL: entryURL, token: token, leaveCSRF: try await req.anonymousFormToken(for: leave), notice: notice), .of(l)),
            status: status)
    }

    func leave(_ req: Request, _ l: Language) async throws -> Response {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        do {
            try await req.stores.waitlist.leave(id: id, token: token(req), now: req.clock.now())
        } catch WaitlistFailure.notFound {
            throw Abort(.notFound)
        }
        return req.redirect(to: "\(WaitlistEntry.path(l, id: id))?token=\(token(req))&done=left", redirectType: .normal)
    }

    func offerPage(_ req: Request, _ l: Language, notice: String?, error: String?,
                   status: HTTPResponseStatus? = nil) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        guard let view = try await req.stores.waitlist.offer(token: token, now: req.clock.now()),
              let office = try await req.stores.reference.office(slug: view.offer.officeSlug),
              let service = try await req.stores.reference.service(slug: view.offer.serviceSlug) else {
            throw Abort(.notFound)
        }
        let open = view.offer.isOpen(at: req.clock.now())
        let base = WaitlistOffer.path(l, token: token)
        return html(Waitlist.offerView(.init(
            language: l, offer: view.offer, open: open, name: view.name, replaces: view.currentBooking, office: office, service: service, token: token,
            acceptCSRF: try await req.anonymousFormToken(for: "\(base)/accept"),
            declineCSRF: try await req.anonymousFormToken(for: "\(base)/decline"),
            notice: notice, error: error ?? (open || view.offer.status == .accepted ? nil : ProblemStrings.of(l).offerGone)),
            .of(l)), status: status ?? (open || view.offer.status == .accepted ? .ok : .gone))
    }

    /// The offer page again, saying why the action did not happen (404 for an unknown token).
    private func offerPage(_ req: Request, _ l: Language, _ failure: WaitlistProblem) async throws -> Response {
        switch failure {
        case .notFound: throw Abort(.notFound)
        case .gone: return try await offerPage(req, l, notice: nil, error: ProblemStrings.of(l).offerGone, status: .gone)
        case .alreadyAccepted:
            return try await offerPage(req, l, notice: nil, error: ProblemStrings.of(l).offerAccepted, status: .conflict)
        }
    }

    func accept(_ req: Request, _ l: Language) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        do {
            let (booking, manage) = try await req.useCases.acceptWaitlistOffer(token: token)
            // The booking's confirmation, as after booking (post/redirect/get).
            return req.redirect(to: Book.confirmationPath(l, code: booking.code, token: manage), redirectType: .normal)
        } catch let failure as WaitlistProblem {
            return try await offerPage(req, l, failure)
        }
    }

    func decline(_ req: Request, _ l: Language) async throws -> Response {
        do {
            try await req.useCases.declineWaitlistOffer(token: req.parameters.get("token") ?? "")
        } catch let failure as WaitlistProblem {
            return try await offerPage(req, l, failure)
        }
        return req.redirect(to: "\(WaitlistOffer.path(l, token: req.parameters.get("token") ?? ""))?done=declined", redirectType: .normal)
    }
}
