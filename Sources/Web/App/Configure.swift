import Domain
import Foundation
import OpenAPIRuntime
import OpenAPIVapor
import Vapor

/// Sets up the web app on the stores `backend` gives: middleware, pages, the API and the
/// displays. The executable's wiring (`Wiring.configure`) registers the database first.
public func configureWeb(_ app: Application, settings: AppSettings, backend: Backend) throws {
    let passwordPool = NIOThreadPool(numberOfThreads: max(1, System.coreCount - 1))
    passwordPool.start()
    app.lifecycle.use(ThreadPoolShutdown(pool: passwordPool))
    app.appServices = AppServices(clock: settings.clock, logger: app.logger, backend: backend,
                                  bcryptCost: settings.bcryptCost, maxBodyBytes: settings.maxBodyBytes,
                                  links: PublicLinks(base: settings.publicURL),
                                  dummyPasswordHash: try Passwords.hash(SecretToken.generate(.staff), cost: settings.bcryptCost),
                                  passwordPool: passwordPool,
                                  retention: settings.retention,
                                  fairAccess: settings.fairAccess)
    app.lifecycle.use(DisplayLifecycle(feed: backend.displayFeed))
    app.appServices.metricsToken = settings.metricsToken
    app.appServices.kioskReturnSeconds = settings.kioskReturnSeconds
    // Forms and every collected body share the API's limit (API-CONVENTIONS.md, Limits).
    app.routes.defaultMaxBodySize = ByteCount(value: settings.maxBodyBytes)
    app.http.server.configuration.hostname = Environment.get("HOST") ?? "127.0.0.1"
    app.http.server.configuration.port = Environment.get("PORT").flatMap(Int.init) ?? 8080
    // No client sends a compressed body, and one would be counted against the body limit only
    // after it was inflated: Vapor's default decompressor is left out, with its cost on every
    // request (issue 17, item 4). A `Content-Encoding: gzip` body reaches the decoder as it is.
    app.http.server.configuration.requestDecompression = .disabled

    app.middleware = Middlewares()
    app.middleware.use(RequestIDMiddleware())
    let inFlight = InFlightRequests()
    app.middleware.use(MetricsMiddleware(services: app.appServices, inFlight: inFlight))
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(RateLimitMiddleware())
    app.middleware.use(AgencyContactsMiddleware())

    let document = try OpenAPIDocument.load()
    try registerRoutes(app, document: document)
    // Built after the routes, so that it knows every path (405 versus 404).
    let routeTable = RouteTable(app.routes.all)
    app.middleware.use(AppErrorMiddleware(routes: routeTable, document: document), at: .end)
    app.middleware.use(BodyLimitMiddleware(), at: .end)
    app.staffRedirect = StaffRedirect(routes: routeTable)
    // Registered last, so it is the first to run at shutdown: before the stores and the
    // services are taken down, the requests still running get a while to finish.
    app.lifecycle.use(RequestDrain(inFlight: inFlight, patience: settings.shutdownPatience))
}

func registerRoutes(_ app: Application, document: OpenAPIDocument) throws {
    PageController().register(app)
    StaffRoutes.register(app)
    BookingManageController().register(app)
    BookController().register(app)
    WaitlistController().register(app)
    SubmissionController().register(app)
    CallDisplayController().register(app)
    KioskController().register(app)
    ShortLinkController().register(app)
    AgencyMark.register(app)
    app.get("styles.css") { _ -> Response in
        let r = Response(status: .ok, body: .init(string: Stylesheet.css))
        r.headers.contentType = HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        r.headers.cacheControl = .init(isPublic: true, maxAge: 3600)
        return r
    }
    app.get("metrics") { req in try await MetricsEndpoint.respond(req) }
    app.get("openapi.json") { _ in document.response(json: true) }
    app.get("openapi.yaml") { _ in document.response(json: false) }

    let transport = VaporTransport(routesBuilder: app.grouped(BearerAuthMiddleware(document: document), RequestInjectionMiddleware(),
                                                              WholeBodyMiddleware()))
    var limits = ContractLimitsMiddleware(maxBodyBytes: app.appServices.maxBodyBytes, bodies: document.requestBodyLimits,
                                          parameters: document.parameterLimits)
    limits.bodySizeLimits = document.bodySizeLimits
    // Compact JSON (issue 17, item 4): the runtime's default pretty-prints and sorts every
    // response's keys, work no client reads.
    try APIHandler(services: app.appServices).registerHandlers(on: transport, serverURL: Servers.Server1.url(),
                                                               configuration: Configuration(jsonEncodingOptions: [.withoutEscapingSlashes]),
                                                               middlewares: [AbsentBodyMiddleware(), limits])
    // The operations that take a larger body (a raw e-mail) say so to BodyLimitMiddleware too.
    for large in document.largeBodyRoutes() {
        for route in app.routes.all where route.path.map(\.description) == large.path {
            route.userInfo[BodyLimit.userInfoKey] = large.bytes
        }
    }
}
