import Domain
import Vapor

/// The public pages, in Latvian at `/` and in English under `/en/`. Each handler reads what it
/// needs, builds the page's Model and renders its View.
struct PageController: Sendable {
    func register(_ app: Application) {
        for language in Language.allCases {
            let prefix: [PathComponent] = language == .lv ? [] : ["en"]
            let routes = app.grouped(prefix)
            let segments: (services: PathComponent, offices: PathComponent, a11y: PathComponent) =
                language == .lv ? ("pakalpojumi", "nodalas", "pieklustamiba") : ("services", "offices", "accessibility")
            routes.get { req in try await home(req, language) }
            routes.get(segments.services) { req in try await services(req, language) }
            routes.get(segments.services, ":slug") { req in try await service(req, language) }
            routes.get(segments.offices) { req in try await offices(req, language) }
            routes.get(segments.offices, ":slug") { req in try await office(req, language) }
            // Async, like every page: the agency's contacts are bound for the request's task
            // (AgencyContactsMiddleware), which a synchronous route would run outside of.
            routes.get(segments.a11y) { _ async in html(AccessibilityStatement.view(.init(language: language), .of(language))) }
            routes.get(language == .lv ? "privatums" : "privacy") { _ async in
                html(PrivacyNotice.view(.init(language: language), .of(language)))
            }
        }
    }

    private func store(_ req: Request) -> any ReferenceAdministration { req.stores.reference }

    func home(_ req: Request, _ l: Language) async throws -> Response {
        html(Home.view(.init(language: l, services: try await store(req).services()), .of(l)))
    }

    func services(_ req: Request, _ l: Language) async throws -> Response {
        html(ServiceList.view(.init(language: l, services: try await store(req).services()), .of(l)))
    }

    func service(_ req: Request, _ l: Language) async throws -> Response {
        let slug = req.parameters.get("slug") ?? ""
        guard let service = try await store(req).service(slug: slug) else { throw Abort(.notFound) }
        let accounts = Dictionary(try await store(req).treasuryAccounts().map { ($0.code, $0) },
                                  uniquingKeysWith: { a, _ in a })
        return html(ServiceShow.view(.init(language: l, service: service, accounts: accounts, today: req.today), .of(l)))
    }

    func offices(_ req: Request, _ l: Language) async throws -> Response {
        // An inactive office keeps its page for old links, but clients are not sent to it.
        html(OfficeList.view(.init(language: l, offices: try await store(req).offices().filter(\.active)), .of(l)))
    }

    func office(_ req: Request, _ l: Language) async throws -> Response {
        let slug = req.parameters.get("slug") ?? ""
        let store = store(req)
        guard let office = try await store.office(slug: slug) else { throw Abort(.notFound) }
        let today = req.today
        let days = try await OfficeCalendar(store: store)
            .days(office, from: today, through: today.adding(days: OfficeShow.daysAhead - 1))
        let services = try await store.services().filter { office.desks[$0.slug] != nil }
        return html(OfficeShow.view(.init(language: l, office: office, days: days, services: services), .of(l)))
    }
}

func html(_ body: String, status: HTTPResponseStatus = .ok) -> Response {
    let r = Response(status: status, body: .init(string: body))
    r.headers.contentType = .html
    return r
}
