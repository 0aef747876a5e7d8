import Domain
import Logging
import NIOPosix
import Vapor

/// What handlers need besides the request: the clock, the stores, the app's settings.
struct AppServices: Sendable {
    let clock: any AppClock
    let logger: Logger
    let backend: Backend
    let bcryptCost: Int
    /// The largest request body taken, API and forms alike (`APKALPE_MAX_BODY`).
    let maxBodyBytes: Int
    /// Absolute links from the configured public address (`APKALPE_PUBLIC_URL`).
    let links: PublicLinks
    /// A hash of the configured cost that no password matches: unknown and disabled accounts are
    /// verified against it, so a sign-in takes as long whether the account exists or not.
    let dummyPasswordHash: String
    /// Where bcrypt runs: its own threads, one fewer than the cores (at least one), so that
    /// sign-ins queue among themselves and never take every core from the event loops — eight
    /// logins at once must not stall everyone's requests (issue 12).
    let passwordPool: NIOThreadPool
    var passwords: PoolPasswords { PoolPasswords(pool: passwordPool, cost: bcryptCost, dummy: dummyPasswordHash) }
    let retention: RetentionSchedule
    let fairAccess: FairAccess
    var metricsToken: String? = nil
    /// Seconds a kiosk's ticket stays before the kiosk returns to its start (`APKALPE_KIOSK_RETURN_SECONDS`).
    var kioskReturnSeconds = 20
    let rateLimiter = RateLimiter()
    /// The call displays connected here, and — on PostgreSQL — the NOTIFY channel that carries
    /// calls between instances (nil on SQLite: calls are published in process).
    let displayHub = DisplayHub()
    var displayChannel: String? { backend.displayChannel }
    let displayListening = Flag()
    let formTokens = FormTokenProvider()
    let sessionPolicy = SessionPolicy()
    let loginThrottle = LoginThrottle()
    /// How long a waitlist offer holds a seat (shown on the pages; the stores use the same rule).
    let waitlistRule = WaitlistOfferRule.standard
    /// Request counts and latencies by route, and the figures `/metrics` reads at scrape time.
    let metrics = AppMetrics()
    /// The agency's phone, e-mail and address as an administrator last set them.
    let agencyContacts = AgencyContactsCache()
}

extension Application {
    private struct ServicesKey: StorageKey { typealias Value = AppServices }

    var appServices: AppServices {
        get {
            guard let s = storage[ServicesKey.self] else { fatalError("configureWeb(_:) has not run") }  // input cannot reach: configureWeb sets it before any route exists
            return s
        }
        set { storage[ServicesKey.self] = newValue }
    }
}

extension Request {
    private struct ServicesKey: StorageKey { typealias Value = AppServices }

    /// The services this request started with: `MetricsMiddleware` pins them when the request
    /// arrives, so a request still running while the instance shuts down (and Vapor clears the
    /// application's storage) keeps them until it ends.
    var services: AppServices {
        get { storage[ServicesKey.self] ?? application.appServices }
        set { storage[ServicesKey.self] = newValue }
    }

    var clock: any AppClock { services.clock }
    /// Today in Riga.
    var today: LocalDate { RigaTime.date(of: clock.now()) }
}
